using System.Globalization;
using FactCheck.Core.Align;
using FactCheck.Core.Compare.Quantities;
using FactCheck.Core.Data;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Events;
using FactCheck.Core.Normalize.Quantities;
using FactCheck.Core.Normalize.Quotes;
using FactCheck.Core.Text;

namespace FactCheck.Core.Compare.Dates;

/// <summary>
/// Compares the dates sources give for the same happening. Dates align when their sentences say
/// the same thing (mutual best context match, a stricter threshold than for numbers, since every
/// sentence of a story shares its names); aligned dates whose periods meet agree, disjoint ones
/// conflict. A weekday that disagrees with the explicit date beside it is reported on its own.
/// </summary>
public sealed class DateComparer : IClaimComparer
{
    /// <summary>The least context similarity for two dates to be taken as the date of one happening.</summary>
    public const double AlignmentThreshold = 0.3;

    public IEnumerable<Finding> Compare(Cluster cluster)
    {
        var all = cluster.ClaimsOf<DateClaim>().ToList();
        var claims = all.Where(c => c.Resolved is not null).ToList();
        foreach (var finding in WrongWeekdays(claims))
        {
            yield return finding;
        }

        var context = new ContextSimilarity(all);
        var published = cluster.Sources.ToDictionary(s => s.Id, s => s.Published, StringComparer.Ordinal);
        // The day a report says something was said is no rival for the day of what another reports ("nine have been
        // charged, police said on Monday" against "arrested 23 people on Saturday").
        var stated = claims.ToDictionary(c => c, StatementDay.Of);
        // A report's two dates are one happening only when they agree (a date it repeats): "turnover of 9.5 million last
        // year, up from 2.1 million in 2022" gives two years, and each meets its own in the other reports.
        var nounsOf = claims.ToDictionary(c => c, HappeningNouns);
        // A figure tells which day only in a sentence that gives one: "in 1:55.82, wiping out the 1:56.37 that Ilse Varga set
        // in 2021" holds the new record's time and the old one's year.
        var oneDate = all.GroupBy(c => (c.SourceId, c.Sentence.Index)).Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet();
        // Sentences that give one day, however many times ("on Tuesday, July 14"): the words before a date there lead up to it alone.
        var oneDay = claims.GroupBy(c => (c.SourceId, c.Sentence.Index)).Where(g => g.Select(c => c.Resolved).Distinct().Count() == 1).Select(g => g.Key).ToHashSet();
        var figures = TellingFigures.Of(cluster);
        var onsets = OnsetDay.SoleOf(claims, published);
        // The day of a level a count has moved from ("up from 25 on Wednesday") dates an earlier reading, not a happening.
        // Sentences that name people only by different ages ("The 29-year-old", "A 41-year-old man") give days of two people.
        var ages = claims.ToDictionary(c => c, PersonAges.Of);
        var still = claims.ToDictionary(c => c, StillDay.Of);
        var leads = LedeDay.Of(claims.Where(c => !stated[c]));
        // A date printed on goods ("best before 30 September 2026") is one fact only with another such date.
        var labels = claims.Where(LabelDay.Of).ToHashSet();
        var (facts, _) = FactAligner.Align(
            // A wire dateline's day ("KESTREL RANGE, Oct. 6 (Pacific Wire) —") dates the report, not a happening.
            claims.Where(c => !PriorLevelDay.Of(c) && !InDateline(c)).ToList(),
            (a, b) => OneEra(a, b, published) && stated[a] == stated[b] && !(stated[a] && EachItsOwnNewsDay(a, b, published))
                // A day a state still held ("remained in serious condition on Wednesday") may agree with another, never rival it.
                && (!(still[a] || still[b]) || a.Resolved!.Overlaps(b.Resolved!))
                && !SentenceAlsoGives(a, b, claims) && !SentenceAlsoGives(b, a, claims)
                && !PersonAges.Differ(ages[a], ages[b]) && !OtherRelativeYears(a, b, published)
                && labels.Contains(a) == labels.Contains(b),
            (a, b) => Similarity(context, a, b, !oneDay.Contains((a.SourceId, a.Sentence.Index)) || !oneDay.Contains((b.SourceId, b.Sentence.Index))) + (nounsOf[a].Intersect(nounsOf[b], StringComparer.Ordinal).Any() ? SameNounBonus : 0)
                + (oneDate.Contains((a.SourceId, a.Sentence.Index)) && oneDate.Contains((b.SourceId, b.Sentence.Index)) && figures.Shared(a, b) ? SharedFigureBonus : 0)
                + (onsets.Contains(a) && onsets.Contains(b) ? OnsetBonus : 0)
                + (leads.Contains(a) && leads.Contains(b) && LedeDay.Near(a, b) ? LeadBonus : 0)
                + (labels.Contains(a) && labels.Contains(b) ? LabelBonus : 0),
            AlignmentThreshold,
            (a, b) => a.Resolved!.Overlaps(b.Resolved!));
        foreach (var fact in facts)
        {
            yield return Judge(fact, claims);
        }
    }

    /// <summary>
    /// "The highest since national records began in 1881" against "recorded on Saturday afternoon": a date
    /// within weeks of its report and one years before the other's are two happenings, however alike their
    /// sentences are.
    /// </summary>
    /// <summary>
    /// Whether two reports of one year each name a year relative to it, and not the same one: "the third incident this year"
    /// and "11 incidents last year" count two periods, each writer's word chosen to say which.
    /// </summary>
    /// <summary>
    /// Whether two days something was said are each its report's own news day (the day of publication or the one before)
    /// in reports published on different days: "health officials said today" and "health officials said on Wednesday"
    /// in the next day's report are two statements of a running story, not one statement given two days.
    /// </summary>
    private static bool EachItsOwnNewsDay(DateClaim a, DateClaim b, Dictionary<string, DateOnly?> published)
    {
        if (published.GetValueOrDefault(a.SourceId) is not { } pa || published.GetValueOrDefault(b.SourceId) is not { } pb || pa == pb)
        {
            return false;
        }

        static bool NewsDay(DateClaim c, DateOnly p) => c.Resolved is { IsSingleDay: true } r && r.Start.DayNumber - p.DayNumber is 0 or -1;
        return NewsDay(a, pa) && NewsDay(b, pb);
    }

    private static bool OtherRelativeYears(DateClaim a, DateClaim b, Dictionary<string, DateOnly?> published) =>
        a.IsRelative && b.IsRelative && a.Resolved!.Precision == DatePrecision.Year && b.Resolved!.Precision == DatePrecision.Year
        && a.Resolved.Start.Year != b.Resolved.Start.Year
        && published.GetValueOrDefault(a.SourceId) is { } pa && published.GetValueOrDefault(b.SourceId) is { } pb && pa.Year == pb.Year;

    private static bool OneEra(DateClaim a, DateClaim b, Dictionary<string, DateOnly?> published)
    {
        bool Recent(DateClaim c) => published.GetValueOrDefault(c.SourceId) is { } p && Math.Abs(c.Resolved!.Start.DayNumber - p.DayNumber) <= RecentDays;
        bool Distant(DateClaim c) => published.GetValueOrDefault(c.SourceId) is { } p && c.Resolved!.End < p.AddYears(-DistantYears);
        return !((Recent(a) && Distant(b)) || (Recent(b) && Distant(a)));
    }

    private const int RecentDays = 62;
    private const int DistantYears = 5;

    /// <summary>
    /// A disagreement is excused when either sentence also gives the other's date ("a first session on
    /// Sunday and a second on Monday"): which of its dates goes with the other source's cannot be told
    /// from position, so the reader gets the benefit of the doubt rather than a false conflict.
    /// </summary>
    /// <remarks>
    /// So is one that a third report's sentence explains by giving both dates, the one agreeing with either side ("turnover
    /// of 9.5 million last year, up from 2.1 million in 2022" against "in 2022" and "in 2024"): two dates of two things.
    /// </remarks>
    private static bool Excused(DateClaim a, DateClaim b, List<DateClaim> all, IReadOnlyList<DateClaim> fact) =>
        GivesBoth(a, a, b, all) || GivesBoth(b, b, a, all)
        || fact.Any(x => x.SourceId != a.SourceId && x.SourceId != b.SourceId
            && ((x.Resolved!.Overlaps(a.Resolved!) && GivesBoth(x, a, b, all)) || (x.Resolved!.Overlaps(b.Resolved!) && GivesBoth(x, b, a, all))));

    /// <summary>
    /// Whether <paramref name="x"/>'s sentence holds, besides <paramref name="x"/> (meeting <paramref name="own"/>'s), a date
    /// that meets <paramref name="other"/>'s and not <paramref name="own"/>'s. A period that takes in both ("reported it on
    /// Thursday and had seen the road sag over the past week") is no second date of a second thing.
    /// </summary>
    private static bool GivesBoth(DateClaim x, DateClaim own, DateClaim other, List<DateClaim> all) =>
        all.Exists(c => SameSentence(c, x) && c.Resolved!.Overlaps(other.Resolved!) && !c.Resolved.Overlaps(own.Resolved!));

    /// <summary>
    /// Whether <paramref name="a"/>'s sentence gives, beside it, another date that meets <paramref name="b"/>'s where
    /// <paramref name="a"/>'s does not ("last year, up from 2.1 million in 2022"): then that date, not <paramref name="a"/>,
    /// is the one to match with <paramref name="b"/>.
    /// </summary>
    private static bool SentenceAlsoGives(DateClaim a, DateClaim b, List<DateClaim> all) =>
        !a.Resolved!.Overlaps(b.Resolved!) && GivesBoth(a, a, b, all);

    // A dateline's day stands near the start, before the outlet in brackets: only then is the dateline pattern tried.
    private static bool InDateline(DateClaim claim) =>
        claim.Span.Start - claim.Sentence.Span.Start is var at and >= 0 and < DatelineReach
        && claim.Sentence.Text.IndexOf('(', at) >= 0
        && at < Load.WireDatelineReader.DatelineLength(claim.Sentence.Text);

    private const int DatelineReach = 80;

    private static bool SameSentence(DateClaim x, DateClaim y) => x.SourceId == y.SourceId && x.Sentence.Index == y.Sentence.Index;

    /// <summary>
    /// The sentence and the words next to the date, equally; when that still ties, the date that agrees wins,
    /// so "first met on Sunday and again on Monday, when they voted" aligns its Monday with "voted on Monday".
    /// Or, in sentences that give one date each, the words that lead up to the dates ("Admissions peaked on July 15, when
    /// the temperature hit 109 degrees" and "Admissions peaked on Tuesday, July 14, with waits of six hours"), as far as
    /// the words beside the dates back them (twice their similarity), as for times of day. Those words tell one happening
    /// only of dates within a month of each other: a day slips, a month is mistyped, while a story's wording recurs for
    /// another happening months away ("The flood in … damaged 11,000 farms on Saturday (May 9)").
    /// </summary>
    private static double Similarity(ContextSimilarity context, DateClaim a, DateClaim b, bool sentenceHoldsMore)
    {
        var near = context.Near(a, b);
        var around = (context.Of(a, b) + near) / 2;
        var close = Math.Abs(a.Resolved!.Start.DayNumber - b.Resolved!.Start.DayNumber) <= LabelDays;
        return (sentenceHoldsMore || !close ? around : Math.Max(around, Math.Min(context.Label(a, b), 2 * near)))
            + (a.Resolved!.Overlaps(b.Resolved!) ? AgreementTieBreak : 0);
    }

    // How far apart two dates may start for the words leading up to them to tell one happening.
    private const int LabelDays = 31;

    private const double AgreementTieBreak = 0.05;

    // What one telling figure in both sentences ("38.7C … recorded at Oakhurst on July 25, 2019", "The previous high, 38.7C,
    // was set in Oakhurst on 31 July 2019") adds to two dates' context similarity: the same reading, told of one day.
    private const double SharedFigureBonus = 0.15;

    // What two reports' only days still to come from which something applies ("prohibited from Friday, July 24", "take
    // effect on Tuesday, July 21") add to their likeness: enough on their own, since a story has one such day.
    private const double OnsetBonus = AlignmentThreshold;

    // What naming one thing the day is for ("a public hearing on June 9", "the public hearing on Thursday") adds to two dates' context similarity.
    private const double SameNounBonus = 0.15;

    // What two dates printed on goods add ("best before 30 September", "a best-before date of 30 October"): enough on their
    // own, as a recall names one batch's date.
    private const double LabelBonus = AlignmentThreshold;

    // What being both reports' lead day (see LedeDay) adds to two days' context similarity.
    private const double LeadBonus = 0.25;

    private static readonly HashSet<string> Stopwords = Lexicon.Set("stopwords");

    private static readonly HashSet<string> PastForms = Lexicon.Set("date-tense-past");

    /// <summary>
    /// The stems of the nouns a day is given for: the word right before "on" ("a public hearing on June 9", "the hearing on
    /// Thursday, June 11"), or right before a day with no word between ("a site visit last Thursday"); the noun before a
    /// place between them ("the weigh-in at the boathouse on Wednesday"); the subject of a verb of taking place ("the
    /// official weigh-in took place on Thursday"). None for a verb ("met on", "said on") or a day of no noun. Reports of one
    /// happening name it by its noun where the rest of their sentences differ.
    /// </summary>
    internal static IReadOnlyList<string> HappeningNouns(DateClaim claim)
    {
        if (!claim.Resolved!.IsSingleDay || ClaimPlace.In(claim) is var at && at < 0 || WordBefore(claim.Sentence.Text, at) is not { } before)
        {
            return [];
        }

        var text = claim.Sentence.Text;
        var nouns = new List<string>(2);
        void Add(string? noun)
        {
            if (noun is not null && !nouns.Contains(noun))
            {
                nouns.Add(noun);
            }
        }

        if (before.Word != "on")
        {
            // "a site visit last Thursday"; "The recount began Monday", "The recount, which began Tuesday".
            Add(TakingPlace.Contains(before.Word) ? SubjectOfTakingPlace(text, at) : NounAt(text, before));
            return nouns;
        }

        Add(WordBefore(text, before.Start) is { } noun ? NounAt(text, noun) : null);
        Add(NounBeforePlace(text, before.Start));
        Add(SubjectOfTakingPlace(text, before.Start));
        return nouns;
    }

    /// <summary>
    /// The stem of the word, when it is a noun a determiner opens ("a public hearing", "the weigh-in"); else null. A noun of
    /// a kind of happening stands for its kind: "the walkout" and "the strike" are one.
    /// </summary>
    private static string? NounAt(string text, (int Start, int End, string Word) noun)
    {
        var word = noun.Word;
        return word.Length < 4 || char.IsUpper(text[noun.Start]) || Stopwords.Contains(word) || PastForms.Contains(word)
            || word.EndsWith("ed", StringComparison.Ordinal) || QuoteLexicon.IsSpeechVerb(word) || !Determined(text, noun.Start)
            ? null
            : EventLexicon.Triggers.TryGetValue(word, out var trigger) && trigger.Form == TriggerForm.Noun ? trigger.Family : WordStem.Of(word);
    }

    /// <summary>"the weigh-in at the Ferrisbury boathouse on": the noun before a place of up to four words.</summary>
    private static string? NounBeforePlace(string text, int on)
    {
        var at = on;
        for (var k = 0; k < 5 && WordBefore(text, at) is { } w; k++)
        {
            if (w.Word is "at" or "in" or "near" or "outside")
            {
                return k > 0 && WordBefore(text, w.Start) is { } noun ? NounAt(text, noun) : null;
            }

            at = w.Start;
        }

        return null;
    }

    /// <summary>
    /// "the official weigh-in took place on", "The recount, which began": the subject of a verb of taking place, beginning
    /// or ending right before <paramref name="on"/>, past a relative "which" or "that" and its comma.
    /// </summary>
    private static string? SubjectOfTakingPlace(string text, int on)
    {
        var at = on;
        for (var k = 0; k < 4 && WordBefore(text, at) is { } w; k++)
        {
            if (k > 0 && w.Word is "which" or "that")
            {
                var comma = TextScan.SkipSpacesBack(text, w.Start);
                at = comma > 0 && text[comma - 1] == ',' ? comma - 1 : w.Start;
                continue;
            }

            if (!TakingPlace.Contains(w.Word))
            {
                return k > 0 ? NounAt(text, w) : null;
            }

            at = w.Start;
        }

        return null;
    }

    // The words of "took place", "was held", "will be held", "began", "opened", "ended": a verb whose subject is the happening.
    private static readonly HashSet<string> TakingPlace = Lexicon.Set("date-taking-place");

    /// <summary>The word that ends before <paramref name="end"/>, hyphenated words whole ("weigh-in"), lower case.</summary>
    private static (int Start, int End, string Word)? WordBefore(string text, int end)
    {
        if (TextScan.PreviousWord(text, end) is not { } w)
        {
            return null;
        }

        var start = w.Start;
        while (start >= 2 && text[start - 1] == '-' && char.IsLetter(text[start - 2]))
        {
            start -= 2;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }
        }

        return start == w.Start ? w : (start, w.End, text[start..w.End].ToLowerInvariant());
    }

    // The most words of a name passed over between a noun and its determiner.
    private const int NameWords = 4;

    /// <summary>
    /// Whether a determiner opens the noun's phrase within two words ("a public hearing", "the hearing"), past a name
    /// ("the Lucky Star Lotto draw"): so the day is the phrase's, not the verb's before it ("damaged 16,700 vehicles on
    /// Thursday" dates the damage).
    /// </summary>
    private static bool Determined(string sentence, int noun)
    {
        var (at, words, names) = (noun, 0, 0);
        while (words < 2 && TextScan.PreviousWord(sentence, at) is { } w)
        {
            if (w.Word is "a" or "an" or "the" or "its" or "their" or "this" or "that")
            {
                return true;
            }

            // A name in between is one modifier however many words it has: "the Lucky Star Lotto draw".
            if (char.IsUpper(sentence[w.Start]) && names < NameWords)
            {
                names++;
            }
            else
            {
                words++;
            }

            at = w.Start;
        }

        return false;
    }

    /// <summary>One finding for each stated weekday that the explicit date beside it contradicts ("Friday (March 7)" when March 7 is a Saturday).</summary>
    private static IEnumerable<Finding> WrongWeekdays(List<DateClaim> claims)
    {
        // The extractor marks both the weekday and its date; report the pair once, by its explicit date.
        foreach (var claim in claims.Where(c => c.WeekdayMismatch && c.StatedWeekday is not null && c.Resolved!.IsSingleDay))
        {
            var day = claim.Resolved!.Start;
            if (day.DayOfWeek == claim.StatedWeekday)
            {
                continue; // the weekday word itself, resolved to the weekday it names
            }

            var weekdayWord = claims.FirstOrDefault(c => !ReferenceEquals(c, claim) && c.SourceId == claim.SourceId && c.WeekdayMismatch
                && c.Sentence.Index == claim.Sentence.Index && c.Resolved!.Start.DayOfWeek == claim.StatedWeekday);
            yield return new Finding(
                FindingKind.Conflict,
                "weekday",
                Severity.Medium,
                string.Create(CultureInfo.InvariantCulture, $"{claim.SourceId} says {claim.StatedWeekday} for {day:MMMM d, yyyy}, which was a {day.DayOfWeek}"),
                weekdayWord is null ? [claim] : [weekdayWord, claim]);
        }
    }

    private static Finding Judge(IReadOnlyList<DateClaim> fact, List<DateClaim> all)
    {
        var sides = string.Join(" vs ", fact.GroupBy(c => c.Resolved!.ToIso()).Select(g => $"{g.Key} ({string.Join(", ", g.Select(c => c.SourceId).Distinct())})"));
        var worst = fact
            .SelectMany(a => fact.Where(b => b.SourceId != a.SourceId).Select(b => (a, b, days: Excused(a, b, all, fact) ? 0 : DaysApart(Admitted(a), Admitted(b)))))
            .MaxBy(p => p.days);
        if (worst.days == 0)
        {
            return new Finding(FindingKind.Agreement, "date", Severity.Low, $"Sources agree on the date: {sides}", [.. fact]);
        }

        var severity = worst.days > 31 ? Severity.High : Severity.Medium;
        return new Finding(FindingKind.Conflict, "date", severity, $"Different dates for the same happening: {sides}", [.. fact])
        {
            Explanation = string.Create(CultureInfo.InvariantCulture, $"{worst.a.Resolved!.ToIso()} and {worst.b.Resolved!.ToIso()} are {worst.days} day(s) apart."),
        };
    }

    /// <summary>
    /// The days a date allows: a deadline ("by 2029") any day up to its end, a start ("since Tuesday", "after May") any day
    /// from it on; so "by 2029" meets "from July" of an earlier year, while "by Friday" does not meet next Monday.
    /// </summary>
    private static CalendarDate Admitted(DateClaim claim)
    {
        var date = claim.Resolved!;
        return claim.Bound switch
        {
            DateBound.Before => date with { Start = DateOnly.MinValue },
            DateBound.Since => date with { End = DateOnly.MaxValue },
            DateBound.After => date with { End = DateOnly.MaxValue },
            _ => date,
        };
    }

    /// <summary>Days between two periods; 0 when they overlap.</summary>
    private static int DaysApart(CalendarDate a, CalendarDate b) =>
        a.Overlaps(b) ? 0 : a.End < b.Start ? b.Start.DayNumber - a.End.DayNumber : a.Start.DayNumber - b.End.DayNumber;
}
