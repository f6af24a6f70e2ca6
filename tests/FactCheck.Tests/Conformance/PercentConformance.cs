using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Tests.Conformance;

/// <summary>percentages.public.jsonl against <see cref="MeasureRecognizer"/>'s percentages: span and number of points.</summary>
public sealed class PercentConformance : IConformanceChecker
{
    public string File => "percentages";

    public double Floor => 0.95;

    public CaseResult Check(ConformanceCase testCase)
    {
        var percents = MeasureRecognizer.Find(testCase.Input).Where(m => m.Unit.Kind == MeasureKind.Percent).ToList();
        return ConformanceMatch.Compare(testCase, percents, m => m.Span, m => ConformanceMatch.Format(m.Value));
    }
}
