namespace FactCheck.Core.Compare;

/// <summary>
/// A numeric conflict whose figures all stand inside the quotations of one quote-wording conflict ("have gone three
/// years without a pay rise" against "have gone five years …", one speaker's words) says again what the wording finding
/// already shows word by word: only the wording finding is kept. A figure outside the quotations (a report's own
/// narrative) keeps the numeric finding.
/// </summary>
public static class FiguresInQuotes
{
    /// <summary><paramref name="findings"/> without the numeric conflicts a quote-wording conflict among them restates.</summary>
    public static IReadOnlyList<Finding> Without(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var wordings = findings.Where(f => f.Kind == FindingKind.Conflict && f.Type == "quote-wording").ToList();
        return wordings.Count == 0
            ? findings
            : [.. findings.Where(f => !(f.Kind == FindingKind.Conflict && f.Type == "numeric" && wordings.Any(w => Restates(w, f))))];
    }

    private static bool Restates(Finding wording, Finding numeric) =>
        numeric.Claims.All(n => wording.Claims.Any(q => q.SourceId == n.SourceId && q.Span.Start <= n.Span.Start && n.Span.End <= q.Span.End));
}
