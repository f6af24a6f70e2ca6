using System.Globalization;
using FactCheck.Core.Align;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Events;
using FactCheck.Core.Text;

namespace FactCheck.Core.Compare.Events;

/// <summary>
/// Compares the states reports give one thing on a day: "the B4120 reopened at 6am today" against "the B4120 remained closed
/// this morning"; "the line reopened on Wednesday" against "the line remained closed on Thursday". Two states held are at
/// odds on the same day; a change into one is undone by the opposite held on its day or in the few days after it, while the
/// opposite held before it is no rival ("still closed on Tuesday", then "reopened on Wednesday"); a result ("went ahead",
/// "were disqualified", "failed to find a buyer") is undone by its opposite whatever day each is told, unless both name
/// other days, and so is a plan ("will stay open") by the opposite plan ("will also close"). A state whose clause gives
/// no day is its report's own day's. The thing is one when the nouns its clauses open with meet ("the Marrowfield line" and
/// "the line").
/// </summary>
public sealed class StateComparer : IClaimComparer
{
    // How long after a change into a state the opposite told as held still undoes it: reports of one story come out a few
    // days apart; a week on, the thing may have changed again.
    private const int DaysAfterChange = 3;

    public IEnumerable<Finding> Compare(Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var states = cluster.ClaimsOf<EventClaim>().Where(e => e.EventType == StateReader.Family && e.Outcomes.Count == 1 && e.Participants.Count > 0).ToList();
        var days = new Dictionary<EventClaim, DateOnly?>(ReferenceEqualityComparer.Instance);
        foreach (var state in states)
        {
            days[state] = Day(cluster, state);
        }

        var conflicts = new List<(EventClaim A, EventClaim B, string Reason)>();
        for (var i = 0; i < states.Count; i++)
        {
            for (var j = i + 1; j < states.Count; j++)
            {
                var (a, b) = (states[i], states[j]);
                if (a.SourceId != b.SourceId && SameThing(a, b) && days[a] is { } dayA && days[b] is { } dayB
                    && Contradiction(a, dayA, b, dayB) is { } reason)
                {
                    conflicts.Add((a, b, reason));
                }
            }
        }

        foreach (var group in EventPairs.Components(conflicts.Select(c => (c.A, c.B))))
        {
            // One side per state, told in its first report's words: "discharged (2026-06-02) [a.md] vs still in hospital (2026-06-04) [b.txt]".
            var sides = group
                .GroupBy(c => c.Outcomes[0].Kind, StringComparer.Ordinal)
                .Select(g => $"{Told(g.First(), days[g.First()])} [{string.Join(", ", g.Select(c => EventPairs.ShortSource(c.SourceId)).Distinct())}]");
            yield return new Finding(FindingKind.Conflict, "outcome", Severity.High, $"State of the {group[0].Participants[0]}: {string.Join(" vs ", sides)}", group)
            {
                Explanation = string.Join("; ", conflicts.Where(c => group.Contains(c.A)).Select(c => c.Reason).Distinct(StringComparer.Ordinal)) + ".",
            };
        }
    }

    /// <summary>Why two states of one thing cannot both be true, or null when they can.</summary>
    private static string? Contradiction(EventClaim a, DateOnly dayA, EventClaim b, DateOnly dayB)
    {
        var (sa, sb) = (a.Outcomes[0], b.Outcomes[0]);
        if (!StateReader.Opposite.TryGetValue(sa.Kind, out var opposite) || opposite != sb.Kind)
        {
            return null;
        }

        // A plan ("will stay open") is at odds only with the opposite plan ("will also close"): the thing may be open today
        // and close as planned.
        if ((sa.Class == StateReader.Planned) != (sb.Class == StateReader.Planned))
        {
            return null;
        }

        // A result or a plan stands whatever day it is told, unless both name a day and the days differ (Saturday's ascent
        // went ahead, Sunday's was cancelled).
        if (sa.Class is StateReader.Final or StateReader.Planned || sb.Class is StateReader.Final or StateReader.Planned)
        {
            if (a.Date is { Precision: DatePrecision.Day } da && b.Date is { Precision: DatePrecision.Day } db && da.Start != db.Start)
            {
                return null;
            }

            return $"\"{Told(a, dayA)}\" and \"{Told(b, dayB)}\" cannot both be the result";
        }

        if (sa.Class == StateReader.Lasting && sb.Class == StateReader.Lasting)
        {
            return dayA == dayB ? $"\"{Told(a, dayA)}\" and \"{Told(b, dayB)}\" cannot both be true of one day" : null;
        }

        var (change, changeDay, held, heldDay) = sa.Class == StateReader.Change ? (a, dayA, b, dayB) : (b, dayB, a, dayA);
        if (held.Outcomes[0].Class != StateReader.Lasting || heldDay < changeDay || heldDay.DayNumber - changeDay.DayNumber > DaysAfterChange)
        {
            return null;
        }

        return $"one report has it \"{Told(change, changeDay)}\", the other \"{Told(held, heldDay)}\" on the same day or soon after";
    }

    /// <summary>
    /// Whether two states are of one thing: the nouns their clauses open with are one word, or one is a name in the other's
    /// ("the B4120" and "the B4120 road"), by stem ("the bores" and "the northbound bore").
    /// </summary>
    private static bool SameThing(EventClaim a, EventClaim b)
    {
        var headA = WordStem.Of(a.Participants[0]);
        var headB = WordStem.Of(b.Participants[0]);
        return headA == headB || a.Participants.Skip(1).Any(n => WordStem.Of(n) == headB) || b.Participants.Skip(1).Any(n => WordStem.Of(n) == headA)
            || (SiteNouns.Contains(a.Participants[0]) && SiteNouns.Contains(b.Participants[0]) && a.Participants.Skip(1).Intersect(b.Participants.Skip(1), StringComparer.Ordinal).Any());
    }

    // Nouns that name a place by what it is for, not what it is: "the Eastfield site" and "the Eastfield distribution
    // point" are one place when they share its name; "the Marrowfield line" and "Marrowfield station" are two things.
    private static readonly HashSet<string> SiteNouns = new(StringComparer.Ordinal)
    {
        "site", "point", "centre", "center", "branch", "depot", "facility", "premises", "venue", "location", "hub", "outlet", "unit", "office",
    };

    /// <summary>The day a state is told of: its clause's, else its report's publication day; null for a month or a year.</summary>
    private static DateOnly? Day(Cluster cluster, EventClaim state) =>
        state.Date is { } date ? (date.Precision == DatePrecision.Day ? date.Start : null) : cluster.Source(state.SourceId).Published;

    // The words as written, with the day: "reopened (2026-06-10)", "remained closed (2026-06-11)".
    private static string Told(EventClaim state, DateOnly? day) =>
        day is { } d ? $"{state.Outcomes[0].Phrase} ({d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : state.Outcomes[0].Phrase;
}
