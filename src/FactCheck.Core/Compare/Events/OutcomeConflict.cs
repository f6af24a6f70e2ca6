using FactCheck.Core.Normalize.Events;

namespace FactCheck.Core.Compare.Events;

/// <summary>Why two accounts of one event's outcome cannot both stand, or null when they can.</summary>
public static class OutcomeConflict
{
    /// <summary>The class that stands for an unspecific outcome ("a deal"), compatible with any other.</summary>
    public const string GeneralClass = EventOutcome.GeneralClass;

    public static (Compare.Severity Severity, string Reason)? Between(EventClaim a, EventClaim b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var pa = a.Outcomes.Where(o => !o.Negated).ToList();
        var pb = b.Outcomes.Where(o => !o.Negated).ToList();

        // One says it happened, the other that it did not: "no injuries" against "two were injured".
        var denied = pa.FirstOrDefault(o => b.Outcomes.Any(n => n.Negated && n.Kind == o.Kind))?.Kind
            ?? pb.FirstOrDefault(o => a.Outcomes.Any(n => n.Negated && n.Kind == o.Kind))?.Kind;
        if (denied is not null)
        {
            return (Severity.High, $"one source reports {denied}, the other says there was none");
        }

        var clash = pa.SelectMany(x => pb.Select(y => (x.Kind, y.Kind))).FirstOrDefault(p => EventLexicon.Contradictions.Contains(p));
        if (clash != default)
        {
            return (Severity.High, $"{clash.Item1} and {clash.Item2} cannot both be true");
        }

        var ca = Classes(pa);
        var cb = Classes(pb);
        if (ca.Count > 0 && cb.Count > 0 && !ca.Overlaps(cb))
        {
            return (Severity.High, "the outcomes are wholly different in kind");
        }

        var wa = pa.Select(o => o.Winner).FirstOrDefault(w => w is not null);
        var wb = pb.Select(o => o.Winner).FirstOrDefault(w => w is not null);
        if (wa is not null && wb is not null && !ElectionWinner.Same(wa, wb))
        {
            return (Severity.High, $"{wa} won in one source, {wb} in the other");
        }

        var ta = pa.Select(o => o.Tally).FirstOrDefault(t => t is not null);
        var tb = pb.Select(o => o.Tally).FirstOrDefault(t => t is not null);
        if (ta is not null && tb is not null && Unordered(ta) != Unordered(tb))
        {
            return (Severity.Medium, $"the tallies differ ({ta} against {tb})");
        }

        return null;
    }

    /// <summary>True when both accounts name at least one outcome of the same kind, and do not conflict.</summary>
    public static bool Agree(EventClaim a, EventClaim b) =>
        Between(a, b) is null &&
        a.Outcomes.Any(x => x.Class != GeneralClass && b.Outcomes.Any(y => y.Kind == x.Kind && y.Negated == x.Negated));

    /// <summary>
    /// A tally with its larger side first: "lost 1-3" and "won 3-1" give one score. A score set by set is turned as its
    /// first set is: "lost 4-6, 6-3" and "won 6-4, 3-6" give one score.
    /// </summary>
    private static string Unordered(string tally)
    {
        var sets = tally.Split(", ");
        var first = sets[0].Split('-');
        if (first.Length != 2 || !int.TryParse(first[0], out var x) || !int.TryParse(first[1], out var y) || x >= y)
        {
            return tally;
        }

        return string.Join(", ", sets.Select(set => set.Split('-') is [var a, var b] ? $"{b}-{a}" : set));
    }

    private static HashSet<string> Classes(IEnumerable<EventOutcome> outcomes) =>
        outcomes.Select(o => o.Class).Where(c => c != GeneralClass).ToHashSet(StringComparer.Ordinal);
}
