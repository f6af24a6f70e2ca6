using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Tests.Conformance;

/// <summary>number_ranges.public.jsonl against <see cref="RangeRecognizer"/>: span and interval notation.</summary>
public sealed class NumberRangeConformance : IConformanceChecker
{
    public string File => "number_ranges";

    public double Floor => 0.85;

    public CaseResult Check(ConformanceCase testCase) =>
        ConformanceMatch.Compare(testCase, RangeRecognizer.Find(testCase.Input), r => r.Span, r => r.Notation);
}
