using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Tests.Conformance;

/// <summary>numbers.public.jsonl against <see cref="NumberRecognizer.Find"/>: span and value of every number.</summary>
public sealed class NumberConformance : IConformanceChecker
{
    public string File => "numbers";

    public double Floor => 0.95;

    public CaseResult Check(ConformanceCase testCase) =>
        ConformanceMatch.Compare(testCase, NumberRecognizer.Find(testCase.Input), m => m.Span, m => ConformanceMatch.Format(m.Value));
}
