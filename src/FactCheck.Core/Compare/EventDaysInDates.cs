using FactCheck.Core.Claims;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Events;

namespace FactCheck.Core.Compare;

/// <summary>
/// A date conflict between two reports' events ("the announcement: done on June 22 or on June 23") that a date conflict
/// of the dates themselves already gives ("Different dates for the same happening: 2026-06-22 vs 2026-06-23") says the
/// same thing twice: only the dates' finding, which gives the days as written, is kept. The dates' finding gives it when it
/// cites the events' two sentences, or the same reports with the same days ("Tuesday's fire" in one sentence, "broke out
/// early Tuesday" in the next).
/// </summary>
public static class EventDaysInDates
{
    /// <summary><paramref name="findings"/> without the event date conflicts a date conflict among them restates.</summary>
    public static IReadOnlyList<Finding> Without(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var dated = findings.Where(f => IsDateConflict(f) && !f.Claims.Any(c => c is EventClaim))
            .Select(f => (Sentences: f.Claims.Select(c => (c.SourceId, c.Sentence.Index)).ToHashSet(),
                Days: f.Claims.OfType<DateClaim>().Where(d => d.Resolved is not null).Select(d => (d.SourceId, d.Resolved!.ToIso())).ToHashSet()))
            .ToList();
        return dated.Count == 0
            ? findings
            : [.. findings.Where(f => !(IsDateConflict(f) && f.Claims.All(c => c is EventClaim)
                && dated.Any(d => f.Claims.All(c => d.Sentences.Contains((c.SourceId, c.Sentence.Index)))
                    || f.Claims.All(c => ((EventClaim)c).Date is { } day && d.Days.Contains((c.SourceId, day.ToIso()))))))];
    }

    private static bool IsDateConflict(Finding f) => f.Kind == FindingKind.Conflict && f.Type == "date";
}
