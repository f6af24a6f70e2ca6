using System.Globalization;
using FactCheck.Core.Align;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Events;
using FactCheck.Core.Normalize.Times;

namespace FactCheck.Core.Compare.Times;

/// <summary>
/// Compares the times of day sources give for the same happening ("the bridge gave way at 7:42 a.m."
/// against "at 6:42 a.m."). Times align as dates do: mutual best context match over a threshold, and
/// only times that can be of one happening (the same zone, the same kind of time, the same day when
/// both give one). Aligned times agree when the spans they allow meet, give or take a few minutes of
/// rounding; else they conflict.
/// </summary>
public sealed class TimeOfDayComparer : IClaimComparer
{
    /// <summary>The least context similarity for two times to be taken as the time of one happening (as for dates).</summary>
    public const double AlignmentThreshold = 0.3;

    // Reports round: "7:40" and "7:42" are one time.
    internal const int RoundingMinutes = 5;

    private const int Day = 24 * 60;

    public IEnumerable<Finding> Compare(Cluster cluster)
    {
        var claims = cluster.ClaimsOf<TimeOfDayClaim>().ToList();
        if (claims.Count < 2)
        {
            yield break;
        }

        // Word weights from every claim sentence of the cluster: a story has few times, too few to tell its common words from its telling ones.
        var context = new ContextSimilarity(cluster.Claims);
        var shared = claims.GroupBy(c => (c.SourceId, c.Sentence.Index)).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        // A report that gives one time of day in all gives the story's main one: two such times are one happening on less
        // shared wording ("the race started shortly before 9 p.m." and "the race, the highlight of the evening programme,
        // started shortly after 7:45 p.m.").
        var sole = claims.GroupBy(c => c.SourceId).Where(g => g.Count() == 1).Select(g => g.Single()).ToHashSet();
        // A report's first time of day is most often its story's happening's ("stopped between the 18th and 19th floors at
        // 8:50 a.m.", "jolted to a stop between floors 18 and 19 at 9:50 a.m."), the later ones of what followed.
        var first = claims.GroupBy(c => c.SourceId).Select(g => g.MinBy(c => c.Span.Start)!).ToHashSet();
        var kinds = claims.ToDictionary(c => c, c => KindsOfHappening(c.Sentence.Text));
        var subjects = claims.ToDictionary(c => c, c => SubjectHappening(c.Sentence.Text));
        // A start and an end ("a match that started at 8pm", "at 11.41pm to end the match") are two moments.
        var phases = claims.ToDictionary(c => c, TimePhase.Of);
        var leads = claims.ToDictionary(c => c, TimeLead.Of);
        // "The southbound carriageway reopened at 3.30am" and "The northbound carriageway reopened at 11am": two moments.
        var qualifiers = claims.ToDictionary(c => c, ExclusiveQualifiers.Of);
        // A time told beside a day after its report came out ("The team will parade the trophy … on Sunday 15 March, starting
        // at … 2pm") is of a coming happening: set against one another report tells without such a day, it may be of
        // another happening, so it is taken as the same only when the two times meet (opening hours told twice).
        var coming = Coming(cluster);
        var (facts, _) = FactAligner.Align(
            claims,
            (a, b) => Comparable(a, b) && !(phases[a] is { } pa && phases[b] is { } pb && pa != pb) && !ExclusiveQualifiers.Differ(qualifiers[a], qualifiers[b])
                && (coming.Contains((a.SourceId, a.Sentence.Index)) == coming.Contains((b.SourceId, b.Sentence.Index)) || MinutesApart(a, b) == 0),
            (a, b) => Similarity(context, a, b, shared.Contains((a.SourceId, a.Sentence.Index)) || shared.Contains((b.SourceId, b.Sentence.Index)))
                + (MinutesApart(a, b) == 0 ? AgreementTieBreak : 0) + (sole.Contains(a) && sole.Contains(b) ? SoleTimeBonus : first.Contains(a) && first.Contains(b) ? FirstTimeBonus : 0)
                + SameMinuteBonus(a, b) + (kinds[a].Overlaps(kinds[b]) ? SameKindBonus : 0)
                + (subjects[a] is { } subject && subject == subjects[b] ? SameSubjectBonus : 0)
                + (a.Day is { } day && day == b.Day ? SameDayBonus : 0)
                + (phases[a] is { } phase && phase == phases[b] ? SamePhaseBonus : 0)
                + (leads[a] is { } lead && lead == leads[b] ? SameLeadBonus : 0),
            AlignmentThreshold);
        foreach (var fact in facts)
        {
            yield return Judge(fact);
        }
    }

    /// <summary>The sentences, by source, that give a single day after their report's publication date.</summary>
    private static HashSet<(string SourceId, int Sentence)> Coming(Cluster cluster)
    {
        var published = cluster.Sources.ToDictionary(s => s.Id, s => s.Published, StringComparer.Ordinal);
        return
        [
            .. cluster.ClaimsOf<DateClaim>()
                .Where(d => d.Resolved is { Precision: DatePrecision.Day, IsSingleDay: true } day && published[d.SourceId] is { } p && day.Start > p)
                .Select(d => (d.SourceId, d.Sentence.Index)),
        ];
    }

    private const double AgreementTieBreak = 0.05;

    // What being each report's only time of day adds to two times' context similarity: two thirds of the threshold, since
    // a report that gives one time gives its story's main moment, however differently the two sentences tell the rest
    // ("The final got under way at 2.30pm", "in a final that paddled out at 3.30pm"). Tried on every tuned set at 0.2
    // against 0.15: it paired three planted times and three agreements, and no two times that were not one moment.
    private const double SoleTimeBonus = 0.2;

    // What being each report's first time of day adds, when not both reports' only one.
    private const double FirstTimeBonus = 0.1;

    // What the same odd minute past the hour adds to two times' context similarity: more for a minute no reporter rounds to.
    private const double SameRoundMinuteBonus = 0.15;
    private const double SameExactMinuteBonus = 0.25;

    // What the same day named beside both ("at about 11:40pm on Monday", "It was 22:40 on Monday") adds.
    private const double SameDayBonus = 0.1;

    // Two starts ("Kick-off was at 3pm", "for the 5.30pm kick-off") or two ends are more likely one moment than a start
    // and a time told of nothing in particular: a story has one start it tells the time of, seldom more.
    private const double SamePhaseBonus = 0.15;

    // Two times told of one verb ("landed safely at 9:15 a.m.", "landed at 10:15 a.m."): the words right before a time
    // name its happening, however long and different the rest of two sentences are.
    private const double SameLeadBonus = 0.2;

    // What naming one kind of happening ("the blast … happened at 6:40 a.m.", "the explosion … happened at 7:25 a.m.") adds.
    private const double SameKindBonus = 0.1;

    // What the same happening as both sentences' subject adds, over naming one kind: the time is surely that happening's.
    private const double SameSubjectBonus = 0.15;

    // How many words may open a sentence before the happening that is its subject ("The blast", "The huge explosion").
    private const int SubjectWords = 3;

    /// <summary>
    /// The kind of happening a sentence opens with as its subject ("The blast, at about 6.10am, brought down …", "The blast
    /// ripped through the building at 7.25am"): its time is that happening's, more surely than one named anywhere in it.
    /// Null when none of its first words names one.
    /// </summary>
    private static string? SubjectHappening(string sentence)
    {
        var words = WordTokens.Split(sentence, 0, Math.Min(sentence.Length, 60));
        for (var i = 0; i < Math.Min(SubjectWords, words.Count); i++)
        {
            if (EventLexicon.Triggers.TryGetValue(words[i].Text, out var trigger) && trigger.Form == TriggerForm.Noun)
            {
                return trigger.Family;
            }
        }

        return null;
    }

    /// <summary>
    /// The kinds of happening the words of a sentence name, by the event word lists ("blast" and "explosion" are one kind):
    /// a time is most often when its sentence's happening took place.
    /// </summary>
    private static HashSet<string> KindsOfHappening(string sentence)
    {
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in WordTokens.Split(sentence, 0, sentence.Length))
        {
            if (EventLexicon.Triggers.TryGetValue(word.Text, out var trigger) && trigger.Form == TriggerForm.Noun)
            {
                kinds.Add(trigger.Family);
            }
        }

        return kinds;
    }

    /// <summary>
    /// What two times of one minute each (hedged or not) falling on the same minute past the hour, one that is no quarter, add
    /// to their context similarity ("about 4:40 a.m." and "5:40 a.m.", "10.41pm" and "11.41pm"): one reading with its hour
    /// slipped or given in another zone is a common way for reports of one happening to differ, while by chance two times
    /// share a minute rarely. How rarely depends on the minute: of times rounded to five minutes, about one pair in eight
    /// that are not quarters shares one ("10:20" and "11:20"); a minute no one rounds to ("3:12", "10.41") is shared by
    /// about one pair in 48, near proof on its own. A time told "shortly after" or "shortly before" ("shortly after 8:40
    /// p.m.") was written at one end of the span it allows.
    /// </summary>
    private static double SameMinuteBonus(TimeOfDayClaim a, TimeOfDayClaim b)
    {
        if (a.OpenLow || a.OpenHigh || b.OpenLow || b.OpenHigh)
        {
            return 0;
        }

        foreach (var x in WrittenMinutes(a))
        {
            foreach (var y in WrittenMinutes(b))
            {
                if (x % 60 == y % 60 && x % 15 != 0)
                {
                    // An hour apart to the odd minute ("landed at 7.52am", "touched down at 8.52am") is the commonest slip of all.
                    return x % 5 == 0 ? SameRoundMinuteBonus : Math.Abs(x - y) == 60 ? AlignmentThreshold : SameExactMinuteBonus;
                }
            }
        }

        return 0;
    }

    /// <summary>The minutes a time may have been written as: its one minute, or either end of a "shortly before/after" span.</summary>
    private static int[] WrittenMinutes(TimeOfDayClaim c) =>
        c.Low == c.High ? [c.Low]
        : ((c.High - c.Low) % Day + Day) % Day == TimeOfDayRecognizer.ShortlyMinutes ? [c.Low, c.High]
        : [];

    /// <summary>
    /// How alike the contexts of two times are: their sentences and the words beside them, or the words leading up
    /// to them ("the game kicked off at" and "the match kicked off at"; "the first emergency call came in at" and "the
    /// first call reporting smoke came in at"), since the rest of two reporters' sentences about one moment often
    /// differs. Those few words count only as far as the wider window beside the times backs them (twice its
    /// similarity): one shared verb ("the quake hit at", "the strongest aftershock hit at") is no happening by itself.
    /// Nor do they count for a time that shares its sentence with another ("the first blast came at 7:42 a.m. and a
    /// second at 8:10 a.m."): the words before the first may be the whole sentence's subject.
    /// </summary>
    private static double Similarity(ContextSimilarity context, TimeOfDayClaim a, TimeOfDayClaim b, bool sentenceHoldsMore)
    {
        var near = context.Near(a, b);
        var around = (context.Of(a, b) + near) / 2;
        return sentenceHoldsMore ? around : Math.Max(around, Math.Min(context.Label(a, b), 2 * near));
    }

    private static bool Comparable(TimeOfDayClaim a, TimeOfDayClaim b) =>
        a.Role == b.Role && ZonesMeet(a, b) && (a.Day is null || b.Day is null || a.Day == b.Day);

    /// <summary>
    /// Whether two times may be told in one zone: the same, or one a region's zone ("5:40 a.m. Eastern time") and the other
    /// told in none (a local report's "6:40 a.m."), when they lie within <see cref="ZoneSlipMinutes"/> of each other: a
    /// report may name its region's zone for readers elsewhere, or its readers' own for a happening abroad ("11.40pm UK
    /// time" for a play-off at 6:40 p.m. local time), and zones that far apart tell two readings of one time, not a slip.
    /// Never universal time ("09:40 UTC"), which a report gives for a reader anywhere.
    /// </summary>
    private static bool ZonesMeet(TimeOfDayClaim a, TimeOfDayClaim b) =>
        a.Zone == b.Zone
        || ((a.Zone is null ? b.Zone != UniversalZone : b.Zone is null && a.Zone != UniversalZone) && MinutesApart(a, b, widen: false) <= ZoneSlipMinutes);

    private const string UniversalZone = "GMT";

    // How far apart a time in a named zone and one in none may be and still be compared: an hour's slip and its rounding.
    private const int ZoneSlipMinutes = 90;

    /// <summary>
    /// How many minutes lie between the spans two times allow (0 when they meet), the hedges and
    /// rounding given, across midnight, and at the nearer of the two readings of a time said without a.m.
    /// or p.m.
    /// </summary>
    internal static int MinutesApart(TimeOfDayClaim a, TimeOfDayClaim b, bool widen = true)
    {
        // Two bounds on the same side ("all customers had power by 1.30am", "the last had power back by 3.30am") both hold
        // of the later time, yet each report gives its bound as when it happened: they are set against one another.
        if ((a.OpenLow && b.OpenLow && !a.OpenHigh && !b.OpenHigh) || (a.OpenHigh && b.OpenHigh && !a.OpenLow && !b.OpenLow))
        {
            a = a with { OpenLow = false, OpenHigh = false };
            b = b with { OpenLow = false, OpenHigh = false };
        }

        var best = int.MaxValue;
        foreach (var shiftA in a.TwelveHour ? [0, 12 * 60] : new[] { 0 })
        {
            foreach (var shiftB in b.TwelveHour ? [0, 12 * 60] : new[] { 0 })
            {
                foreach (var turn in (int[])[0, Day, -Day])
                {
                    best = Math.Min(best, Gap(Allowed(a, shiftA, widen), Allowed(b, shiftB + turn, widen)));
                }
            }
        }

        return best;
    }

    private static (double Low, double High) Allowed(TimeOfDayClaim c, int shift, bool widen)
    {
        int Margin(int minutes) => widen ? RoundingMinutes + (c.Approximate ? TimeOfDayRecognizer.HedgeMinutes(minutes) : 0) : 0;
        return (c.OpenLow ? double.NegativeInfinity : c.Low + shift - Margin(c.Low), c.OpenHigh ? double.PositiveInfinity : c.High + shift + Margin(c.High));
    }

    private static int Gap((double Low, double High) a, (double Low, double High) b) =>
        a.High < b.Low ? (int)(b.Low - a.High) : b.High < a.Low ? (int)(a.Low - b.High) : 0;

    private static Finding Judge(IReadOnlyList<TimeOfDayClaim> fact)
    {
        var sides = string.Join(" vs ", fact.GroupBy(c => c.Describe()).Select(g => $"{g.Key} ({string.Join(", ", g.Select(c => c.SourceId).Distinct())})"));
        var worst = fact
            .SelectMany(a => fact.Where(b => b.SourceId != a.SourceId).Select(b => (a, b, minutes: MinutesApart(a, b))))
            .MaxBy(p => p.minutes);
        if (worst.minutes == 0)
        {
            return new Finding(FindingKind.Agreement, "time", Severity.Low, $"Sources agree on the time: {sides}", [.. fact]);
        }

        // Close times are likely one reading rounded or revised; half an hour or more apart (past the rounding) is another account of when it happened.
        var severity = worst.minutes >= 30 ? Severity.Medium : Severity.Low;
        return new Finding(FindingKind.Conflict, "time", severity, $"Different times of day for the same happening: {sides}", [.. fact])
        {
            Explanation = string.Create(CultureInfo.InvariantCulture, $"{worst.a.Describe()} and {worst.b.Describe()} are {MinutesApart(worst.a, worst.b, widen: false)} minutes apart, more than rounding or a hedge allows."),
        };
    }
}
