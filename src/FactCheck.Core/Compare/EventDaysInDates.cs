using FactCheck.Core.Claims;
using FactCheck.Core.Normalize.Events;

namespace FactCheck.Core.Compare;

/// <summary>
/// A date conflict between two reports' events ("the announcement: done on June 22 or on June 23") whose two sentences a
/// date conflict of the dates themselves already cites ("Different dates for the same happening: 2026-06-22 vs 2026-06-23")
/// says the same thing twice: only the dates' finding, which gives the days as written, is kept.
/// </summary>
public static class EventDaysInDates
{
    /// <summary><paramref name="findings"/> without the event date conflicts a date conflict among them restates.</summary>
    public static IReadOnlyList<Finding> Without(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var dated = findings.Where(f => IsDateConflict(f) && !f.Claims.Any(c => c is EventClaim))
            .Select(f => f.Claims.Select(c => (c.SourceId, c.Sentence.Index)).ToHashSet())
            .ToList();
        return dated.Count == 0
            ? findings
            : [.. findings.Where(f => !(IsDateConflict(f) && f.Claims.All(c => c is EventClaim)
                && dated.Any(sentences => f.Claims.All(c => sentences.Contains((c.SourceId, c.Sentence.Index))))))];
    }

    private static bool IsDateConflict(Finding f) => f.Kind == FindingKind.Conflict && f.Type == "date";
}
