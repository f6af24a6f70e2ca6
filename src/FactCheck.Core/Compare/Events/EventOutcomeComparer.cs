using FactCheck.Core.Align;
using FactCheck.Core.Normalize.Events;

namespace FactCheck.Core.Compare.Events;

/// <summary>
/// Compares what sources say one event produced. Outcomes that cannot both be true, or are wholly
/// different in kind, are an "outcome" conflict; the same outcome in other words is an agreement.
/// </summary>
public sealed class EventOutcomeComparer : IClaimComparer
{
    public IEnumerable<Finding> Compare(Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var conflicts = new List<(EventClaim A, EventClaim B, Severity Severity, string Reason)>();
        var agreements = new List<(EventClaim A, EventClaim B)>();
        foreach (var (a, b, match) in EventPairs.Coreferent(cluster, e => e.Outcomes.Count > 0))
        {
            // Sources that disagree on the day may speak of two events; outcomes are not compared then.
            if (match != EventMatch.Same)
            {
                continue;
            }

            if (OutcomeConflict.Between(a, b) is { } conflict)
            {
                conflicts.Add((a, b, conflict.Severity, conflict.Reason));
            }
            else if (OutcomeConflict.Agree(a, b))
            {
                agreements.Add((a, b));
            }
        }

        foreach (var group in EventPairs.Components(conflicts.Select(c => (c.A, c.B))))
        {
            var inGroup = conflicts.Where(c => group.Contains(c.A)).ToList();
            var severity = inGroup.Max(c => c.Severity);
            var sides = group
                .GroupBy(Outcomes, StringComparer.Ordinal)
                .Select(g => $"{g.Key} [{string.Join(", ", g.Select(c => EventPairs.ShortSource(c.SourceId)).Distinct())}]");
            yield return new Finding(FindingKind.Conflict, "outcome", severity, $"{EventPairs.Label(group)}: {string.Join(" vs ", sides)}", group)
            {
                Explanation = string.Join("; ", inGroup.Select(c => c.Reason).Distinct(StringComparer.Ordinal)) + ".",
            };
        }

        var conflicted = conflicts.SelectMany(c => new[] { c.A, c.B }).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var group in EventPairs.Components(agreements.Where(p => !conflicted.Contains(p.A) && !conflicted.Contains(p.B))))
        {
            var shared = group.Select(c => c.Outcomes.Where(o => o.Class != OutcomeConflict.GeneralClass).Select(o => (o.Negated ? "no " : "") + o.Kind))
                .Aggregate((x, y) => x.Intersect(y));
            yield return new Finding(FindingKind.Agreement, "outcome", Severity.Low, $"{EventPairs.Label(group)}: {string.Join(", ", shared.DefaultIfEmpty(Outcomes(group[0])))}", group);
        }
    }

    // With its tally or winner, so that two scores of one match are two sides: "match-result 3-1 [a] vs match-result 3-2 [b]".
    private static string Outcomes(EventClaim c) =>
        string.Join(", ", c.Outcomes.Where(o => o.Class != OutcomeConflict.GeneralClass || c.Outcomes.Count == 1).Select(o => o.Label));
}
