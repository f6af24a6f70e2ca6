using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Tests.Conformance;

/// <summary>dimensions.public.jsonl against <see cref="MeasureRecognizer"/>'s physical measures: span and value in the stated unit.</summary>
public sealed class DimensionConformance : IConformanceChecker
{
    private static readonly HashSet<MeasureKind> Dimensions =
    [
        MeasureKind.Length, MeasureKind.Area, MeasureKind.Volume, MeasureKind.Weight, MeasureKind.Speed, MeasureKind.Information, MeasureKind.Angle,
    ];

    public string File => "dimensions";

    public double Floor => 0.85;

    public CaseResult Check(ConformanceCase testCase)
    {
        var measures = MeasureRecognizer.Find(testCase.Input).Where(m => Dimensions.Contains(m.Unit.Kind)).ToList();
        return ConformanceMatch.Compare(testCase, measures, m => m.Span, m => ConformanceMatch.Format(m.Value));
    }
}
