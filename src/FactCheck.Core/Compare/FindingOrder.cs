namespace FactCheck.Core.Compare;

/// <summary>The report's order of findings, and their ids: conflicts worst first, then agreements, then single-source claims.</summary>
public static class FindingOrder
{
    public static IReadOnlyList<Finding> Arrange(IEnumerable<Finding> findings) =>
        findings
            .OrderBy(f => f.Kind)
            .ThenByDescending(f => f.Severity)
            .ThenBy(f => f.Type, StringComparer.Ordinal)
            .ThenBy(f => f.Claims.Count > 0 ? f.Claims[0].SourceId : "", StringComparer.Ordinal)
            .ThenBy(f => f.Claims.Count > 0 ? f.Claims[0].Span.Start : 0)
            .ThenBy(f => f.Summary, StringComparer.Ordinal)
            .Select((f, i) => f with { Id = $"F{i + 1}" })
            .ToList();
}
