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
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = keyOf(list[i]);
        }

        // Types and sources are few beside the findings: each is ranked once in ordinal order, so
        // that the sort compares integers, and strings only where a summary breaks a tie.
        var typeRank = Ranks(keys.Select(k => k.Type));
        var sourceRank = Ranks(keys.Select(k => k.FirstSourceId));
        var packed = new (long Major, long Minor)[keys.Length];
        var order = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var k = keys[i];
            var major = ((long)k.Kind << 56) | ((long)(byte.MaxValue - (int)k.Severity) << 48) | ((long)typeRank[k.Type] << 24) | (uint)sourceRank[k.FirstSourceId];
            packed[i] = (major, k.FirstStart);
            order[i] = i;
        }

        // Positions are sorted, not the items: ties keep their order given.
        Array.Sort(order, (x, y) =>
        {
            var c = packed[x].Major.CompareTo(packed[y].Major);
            c = c != 0 ? c : packed[x].Minor.CompareTo(packed[y].Minor);
            c = c != 0 ? c : string.CompareOrdinal(keys[x].Summary, keys[y].Summary);
            return c != 0 ? c : x.CompareTo(y);
        });
        return order.Select(i => list[i]);
    }

    /// <summary>Each distinct string's rank among them in ordinal order.</summary>
    private static Dictionary<string, int> Ranks(IEnumerable<string> strings)
    {
        var distinct = strings.Distinct(StringComparer.Ordinal).ToArray();
        Array.Sort(distinct, StringComparer.Ordinal);
        if (distinct.Length >= 1 << 24)
        {
            throw new InvalidOperationException("more distinct finding types or sources than a sort key holds");
        }

        var ranks = new Dictionary<string, int>(distinct.Length, StringComparer.Ordinal);
        for (var i = 0; i < distinct.Length; i++)
        {
            ranks[distinct[i]] = i;
        }

        return ranks;
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
