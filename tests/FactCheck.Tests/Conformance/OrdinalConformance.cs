using System.Globalization;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Tests.Conformance;

/// <summary>ordinals.public.jsonl against <see cref="OrdinalRecognizer"/>: span, then the position (absolute) or offset and anchor (relative).</summary>
public sealed class OrdinalConformance : IConformanceChecker
{
    public string File => "ordinals";

    public double Floor => 0.90;

    public CaseResult Check(ConformanceCase testCase)
    {
        var found = OrdinalRecognizer.Find(testCase.Input);
        return ConformanceMatch.Compare(
            testCase,
            found,
            o => o.Span,
            o => o.Position is { } p ? ConformanceMatch.Format(p) : "",
            (e, o) =>
            {
                if (e.GetProperty("type").GetString() == "ordinal")
                {
                    return null;
                }

                var offset = decimal.Parse(e.GetProperty("offset").GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture);
                var anchor = e.GetProperty("relative_to").GetString();
                return o.Offset == offset && o.RelativeTo == anchor ? null : $"'{e.GetProperty("text").GetString()}' is {o.RelativeTo}{o.Offset:+0;-0;+0}, want {anchor}{offset:+0;-0;+0}";
            },
            compareValue: e => e.GetProperty("type").GetString() == "ordinal");
    }
}
