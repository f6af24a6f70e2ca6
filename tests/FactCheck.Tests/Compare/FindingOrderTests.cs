using FactCheck.Core.Compare;

namespace FactCheck.Tests.Compare;

/// <summary>
/// The report's order of findings is a stable sort by kind, severity (worst first), type, first
/// source, first position and summary, strings by ordinal: checked against LINQ's stable
/// OrderBy/ThenBy on random keys full of ties, with strings that differ only in case or by a
/// prefix (where ordinal and other comparisons part ways).
/// </summary>
public sealed class FindingOrderTests
{
    private static readonly string[] Types = ["numeric", "date", "Numeric", "quote-wording", "quote", "event-outcome"];
    private static readonly string[] Sources = ["a.txt", "B.txt", "a.txt.md", "story00012-3.txt", "story00012-10.txt", "é.md", "a"];
    private static readonly string[] Summaries = ["x", "X", "x vs y", "", "Ω", "x "];

    [Fact]
    public void Order_is_the_stable_multi_key_sort_for_random_keys()
    {
        var random = new Random(5);
        for (var trial = 0; trial < 200; trial++)
        {
            var keys = Enumerable.Range(0, random.Next(0, 120)).Select(_ => new FindingSortKey(
                (FindingKind)random.Next(3),
                (Severity)random.Next(3),
                Types[random.Next(Types.Length)],
                Sources[random.Next(Sources.Length)],
                random.Next(4),
                Summaries[random.Next(Summaries.Length)])).ToList();
            var items = keys.Select((k, i) => (Key: k, Index: i)).ToList();

            var expected = items
                .OrderBy(p => p.Key.Kind)
                .ThenByDescending(p => p.Key.Severity)
                .ThenBy(p => p.Key.Type, StringComparer.Ordinal)
                .ThenBy(p => p.Key.FirstSourceId, StringComparer.Ordinal)
                .ThenBy(p => p.Key.FirstStart)
                .ThenBy(p => p.Key.Summary, StringComparer.Ordinal)
                .Select(p => p.Index);

            Assert.Equal(expected, FindingOrder.Order(items, p => p.Key).Select(p => p.Index));
        }
    }
}
