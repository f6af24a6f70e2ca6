using System.Globalization;
using FactCheck.Core.Align;
using FactCheck.Core.Normalize.Events;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Events;

/// <summary>
/// Checks time facts that follow from others: "now in its third year" against a start date given
/// by another source, or "aged 81" against a birth year, as of the publication date of the source
/// stating the elapsed time. The arithmetic goes into the finding's explanation.
/// </summary>
public sealed class DerivedTimeComparer : IClaimComparer
{
    public IEnumerable<Finding> Compare(Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var events = cluster.ClaimsOf<EventClaim>().ToList();
        var starts = events.Where(e => e.Phase == EventPhase.Start && e.Date is not null).ToList();
        // A source repeating "now in its third year" is one statement, not two findings.
        var statements = events.Where(e => e.Elapsed is not null)
            .GroupBy(e => (e.SourceId, e.EventType, e.Elapsed, Person: e.Participants.Count > 0 ? e.Participants[^1] : ""))
            .Select(g => g.First());
        foreach (var stated in statements)
        {
            if (cluster.Source(stated.SourceId).Published is not { } asOf)
            {
                continue; // "now" cannot be placed without a publication date
            }

            var kin = starts.Where(s => s.EventType == stated.EventType && SamePeople(stated, s)).ToList();
            var checks = kin.Select(s => (Start: s, Range: Derive(stated.Elapsed!.Kind, s.Date!, asOf))).ToList();

            // A start date that fits anywhere in the cluster (the source's own included) settles it.
            if (checks.Count == 0 || checks.Any(c => c.Range.Low <= stated.Elapsed!.Years && stated.Elapsed.Years <= c.Range.High))
            {
                continue;
            }

            var against = checks.Where(c => c.Start.SourceId != stated.SourceId).ToList();
            if (against.Count == 0)
            {
                continue;
            }

            var first = against[0];
            var (low, high) = first.Range;
            var what = stated.Elapsed!.Kind == ElapsedKind.Age ? "age" : "year";
            var statedText = stated.Elapsed.Kind == ElapsedKind.Age ? $"aged {stated.Elapsed.Years}" : $"in its {Ordinal(stated.Elapsed.Years)} year";
            var derived = stated.Elapsed.Kind == ElapsedKind.Age
                ? (low == high ? $"aged {low}" : $"aged {low} or {high}")
                : (low == high ? $"in its {Ordinal(low)} year" : $"in its {Ordinal(low)} or {Ordinal(high)} year");
            var start = first.Start.Date!;
            var explanation = string.Create(CultureInfo.InvariantCulture,
                $"{EventPairs.ShortSource(first.Start.SourceId)} gives the start as {first.Start.DateText ?? start.ToIso()} ({start.ToIso()}); " +
                $"from then to {asOf:yyyy-MM-dd}, when {EventPairs.ShortSource(stated.SourceId)} was published, " +
                $"{FullYears(start, asOf)} full years passed, so it was {derived} — not {statedText} as {EventPairs.ShortSource(stated.SourceId)} says.");
            yield return new Finding(
                FindingKind.Conflict,
                "derived",
                Severity.Medium,
                $"{stated.EventType} {what}: \"{statedText}\" [{EventPairs.ShortSource(stated.SourceId)}] vs start {start.ToIso()} [{EventPairs.ShortSource(first.Start.SourceId)}] ⇒ {derived}",
                [stated, .. against.Select(c => c.Start)])
            {
                Explanation = explanation,
            };
        }
    }

    /// <summary>The values the elapsed statement may truly take, given the start period and the reference day.</summary>
    public static (int Low, int High) Derive(ElapsedKind kind, Normalize.Dates.CalendarDate start, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(start);
        var fewest = Completed(start.End, asOf);
        var most = Completed(start.Start, asOf);
        return kind == ElapsedKind.OrdinalYear ? (fewest + 1, most + 1) : (fewest, most);
    }

    private static string FullYears(Normalize.Dates.CalendarDate start, DateOnly asOf)
    {
        var (low, high) = (Completed(start.End, asOf), Completed(start.Start, asOf));
        return low == high ? low.ToString(CultureInfo.InvariantCulture) : $"{low}–{high}";
    }

    /// <summary>Whole years from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static int Completed(DateOnly from, DateOnly to)
    {
        var years = to.Year - from.Year;
        if (to < AddYearsSafe(from, years))
        {
            years--;
        }

        return Math.Max(-1, years);
    }

    private static DateOnly AddYearsSafe(DateOnly d, int years)
    {
        var year = Math.Clamp(d.Year + years, 1, 9999);
        var day = Math.Min(d.Day, DateTime.DaysInMonth(year, d.Month));
        return new DateOnly(year, d.Month, day);
    }

    private static bool SamePeople(EventClaim a, EventClaim b)
    {
        if (a.EventType == "life")
        {
            // A person is matched by surname: the last word of each name.
            return a.Participants.Count > 0 && b.Participants.Count > 0 && a.Participants[^1] == b.Participants[^1];
        }

        return a.Participants.Count == 0 || b.Participants.Count == 0 || a.Participants.Intersect(b.Participants, StringComparer.Ordinal).Any();
    }

    private static string Ordinal(int n)
    {
        // The word from the ordinal list ("third"), else digits with a suffix ("23rd").
        var word = EventLexicon.Ordinals.FirstOrDefault(o => o.Value == n && o.Key.All(char.IsLetter)).Key;
        return word ?? NumberWords.InDigits(n);
    }
}
