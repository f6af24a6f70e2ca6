namespace FactCheck.Core.Compare;

/// <summary>The report's order of findings, and their ids: conflicts worst first, then agreements, then single-source claims.</summary>
public static class FindingOrder
{
    public static IReadOnlyList<Finding> Arrange(IEnumerable<Finding> findings) =>
        Order(findings, KeyOf)
            .Select((f, i) => f with { Id = IdAt(i) })
            .ToList();

    /// <summary>
    /// Items in the report's order of the findings they stand for. The sort is stable: items with
    /// equal keys keep the order given (clusters in order, each cluster's findings as compared).
    /// </summary>
    public static IEnumerable<T> Order<T>(IEnumerable<T> items, Func<T, FindingSortKey> keyOf)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(keyOf);
        var list = items as IReadOnlyList<T> ?? [.. items];
        var keys = new FindingSortKey[list.Count];
        var order = new int[list.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = keyOf(list[i]);
            order[i] = i;
        }

        // Positions are sorted, not the keys themselves: moving an int is cheaper than moving a key.
        Array.Sort(order, (x, y) =>
        {
            var c = Compare(keys[x], keys[y]);
            return c != 0 ? c : x.CompareTo(y);
        });
        return order.Select(i => list[i]);
    }

    /// <summary>Kind, then severity worst first, then type, first source, first position and summary (strings by ordinal).</summary>
    private static int Compare(FindingSortKey x, FindingSortKey y)
    {
        var c = x.Kind.CompareTo(y.Kind);
        c = c != 0 ? c : y.Severity.CompareTo(x.Severity);
        c = c != 0 ? c : string.CompareOrdinal(x.Type, y.Type);
        c = c != 0 ? c : string.CompareOrdinal(x.FirstSourceId, y.FirstSourceId);
        c = c != 0 ? c : x.FirstStart.CompareTo(y.FirstStart);
        return c != 0 ? c : string.CompareOrdinal(x.Summary, y.Summary);
    }

    public static FindingSortKey KeyOf(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new(
            finding.Kind,
            finding.Severity,
            finding.Type,
            finding.Claims.Count > 0 ? finding.Claims[0].SourceId : "",
            finding.Claims.Count > 0 ? finding.Claims[0].Span.Start : 0,
            finding.Summary);
    }

    /// <summary>The id of the finding at <paramref name="index"/> in the report's order: "F1", "F2", ….</summary>
    public static string IdAt(int index) => "F" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>What orders a finding in the report.</summary>
public readonly record struct FindingSortKey(FindingKind Kind, Severity Severity, string Type, string FirstSourceId, int FirstStart, string Summary);
