namespace FactCheck.Core.Compare;

/// <summary>
/// A numeric, date or time conflict whose figures all stand inside the quotations of one quote-wording conflict
/// ("have gone three years without a pay rise" against "have gone five years …"; "Ten years ago …" against "Twenty
/// years ago …", one speaker's words) says again what the wording finding already shows word by word: only the wording
/// finding is kept. A figure outside the quotations (a report's own narrative) keeps its own finding.
/// </summary>
public static class FiguresInQuotes
{
    // The finding types whose values a quotation can hold word for word.
    private static readonly HashSet<string> FigureTypes = new(StringComparer.Ordinal) { "numeric", "date", "time" };

    /// <summary><paramref name="findings"/> without the figure conflicts a quote-wording conflict among them restates.</summary>
    public static IReadOnlyList<Finding> Without(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var wordings = findings.Where(f => f.Kind == FindingKind.Conflict && f.Type == "quote-wording").ToList();
        return wordings.Count == 0
            ? findings
            : [.. findings.Where(f => !(f.Kind == FindingKind.Conflict && FigureTypes.Contains(f.Type) && wordings.Any(w => Restates(w, f))))];
    }

    private static bool Restates(Finding wording, Finding numeric) =>
        numeric.Claims.All(n => wording.Claims.Any(q => q.SourceId == n.SourceId && q.Span.Start <= n.Span.Start && n.Span.End <= q.Span.End));
}
