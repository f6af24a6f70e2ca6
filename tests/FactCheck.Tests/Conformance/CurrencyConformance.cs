using System.Text.Json;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Tests.Conformance;

/// <summary>currency.public.jsonl against <see cref="MeasureRecognizer"/>'s money: span, amount, and the ISO code where the suite is sure of one.</summary>
public sealed class CurrencyConformance : IConformanceChecker
{
    public string File => "currency";

    public double Floor => 0.85;

    public CaseResult Check(ConformanceCase testCase)
    {
        var money = MeasureRecognizer.Find(testCase.Input).Where(m => m.Unit.Kind == MeasureKind.Currency).ToList();
        return ConformanceMatch.Compare(testCase, money, m => m.Span, m => ConformanceMatch.Format(m.Value), IsoAgrees);
    }

    private static string? IsoAgrees(JsonElement expected, Measure found)
    {
        var iso = expected.GetProperty("iso_currency");
        if (iso.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        return iso.GetString() == found.Unit.Unit ? null : $"'{expected.GetProperty("text").GetString()}' is {found.Unit.Unit}, want {iso.GetString()}";
    }
}
