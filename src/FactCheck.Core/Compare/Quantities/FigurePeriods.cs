using System.Text.RegularExpressions;
using FactCheck.Core.Align;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// The calendar period a figure is given for: the nearest date of a month or longer beside it in its sentence
/// ("revenue of €2.3bn last year" is last year's, "revenue of €2.1 billion in 2024" is 2024's). Figures of periods
/// that do not overlap are not one fact, and a forecast is of the publication's year or later; a figure with
/// neither may be of any period, save one long before: a figure whose year stands before it in its own clause
/// ("in 2023 it held two aid workers"), two years or more before another report's publication, is an earlier
/// event's, not a rival to that report's undated figure ("seven workers … were released").
/// </summary>
internal sealed partial class FigurePeriods
{
    // How far, in characters, a period may stand from its figure (a clause the date opens with ", when" reaches to its end).
    private const int Reach = 60;

    // How many years before a report's publication a figure dated before it in its clause is of an earlier event.
    private const int EarlierEventYears = 2;

    // How many words before a figure a word of forecasting may stand ("lowered its full-year revenue forecast to $17bn").
    private const int ForecastReach = 8;

    private static readonly HashSet<string> ForecastWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "forecast", "forecasts", "outlook", "guidance", "projects", "projected", "expects", "predicts",
    };

    private readonly Dictionary<(string SourceId, int Sentence), List<DateClaim>> _periods;

    private readonly Dictionary<string, DateOnly?> _published;

    private readonly Dictionary<(string SourceId, int Sentence), List<DateClaim>> _days;

    public FigurePeriods(Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        _published = cluster.Sources.ToDictionary(s => s.Id, s => s.Published, StringComparer.Ordinal);
        // "Since 2019, when an explosion injured 23 people": the clause after "when" is of 2019 itself.
        _periods = BySentence(d => d.Resolved is { Precision: >= DatePrecision.Month } && (d.Bound == DateBound.None || (d.Bound == DateBound.Since && WhenFollows(d))));
        _days = BySentence(d => d.Resolved is { Precision: DatePrecision.Day, IsSingleDay: true } && d.Bound is DateBound.None or DateBound.Before);

        Dictionary<(string SourceId, int Sentence), List<DateClaim>> BySentence(Func<DateClaim, bool> keep) => cluster.ClaimsOf<DateClaim>()
            .Where(keep)
            .GroupBy(d => (d.SourceId, d.Sentence.Index))
            .ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>
    /// The day <paramref name="figure"/> is given for: the nearest single day beside it in its sentence ("as of Wednesday
    /// evening", "By Wednesday evening"); null when none stands within reach.
    /// </summary>
    public DateOnly? DayOf(QuantityClaim figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return _days.TryGetValue((figure.SourceId, figure.Sentence.Index), out var dates) ? Nearest(dates, figure)?.Resolved?.Start : null;
    }

    /// <summary>
    /// Whether <paramref name="figure"/> is told over several days: beside two days joined ("611 flights were cancelled across
    /// Monday and Tuesday", "from Friday to Sunday") or a count of days ("over the two days", "the two-day total"). Such a
    /// total is not one fact with a count for one of its days.
    /// </summary>
    public bool SpansDays(QuantityClaim figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var text = figure.Sentence.Text;
        var dates = _days.GetValueOrDefault((figure.SourceId, figure.Sentence.Index)) ?? [];
        // A count of days nearer the figure than any one day: "343 flights were cancelled yesterday …, bringing the two-day
        // total to 611" gives yesterday's count.
        var at = ClaimPlace.In(figure);
        var dayGap = Nearest(dates, figure) is { } day ? Math.Max(day.Span.Start - figure.Span.End, figure.Span.Start - day.Span.End) : int.MaxValue;
        foreach (Match m in SeveralDays().Matches(text))
        {
            var gap = at < 0 ? int.MaxValue : Math.Max(m.Index - (at + figure.Text.Length), at - (m.Index + m.Length));
            if (gap <= Reach && gap < dayGap)
            {
                return true;
            }
        }

        for (var k = 0; k + 1 < dates.Count; k++)
        {
            var (first, second) = (dates[k], dates[k + 1]);
            var (firstAt, secondAt) = (ClaimPlace.In(first), ClaimPlace.In(second));
            if (firstAt >= 0 && secondAt > firstAt + first.Text.Length && first.Resolved!.Start != second.Resolved!.Start
                && text.AsSpan(firstAt + first.Text.Length, secondAt - firstAt - first.Text.Length).Trim() is var between
                && (between is "and" or "to" or "through" or "until" or "-" or "–")
                && Math.Max(first.Span.Start - figure.Span.End, figure.Span.Start - second.Span.End) <= Reach)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:over|across|during|in)\s+(?:the\s+)?(?:two|three|four|five|six|seven|[2-7])\s+days\b|\b(?:two|three|four|five|six|seven|[2-7])-day\s+(?:total|tally|count|period)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeveralDays();

    /// <summary>
    /// The day a figure is told as of, when that day follows it at once ("closed at 404p on Wednesday", "18,500
    /// hectares as of Wednesday evening"): a reading of that day. Null for any other day in the sentence, such as the
    /// day someone said it ("said on Thursday that 412,000 patients").
    /// </summary>
    public DateOnly? OwnDayOf(QuantityClaim figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (!_days.TryGetValue((figure.SourceId, figure.Sentence.Index), out var dates))
        {
            return null;
        }

        var text = figure.Sentence.Text;
        var end = ClaimPlace.In(figure) is var at && at >= 0 ? at + figure.Text.Length : -1;
        foreach (var d in dates)
        {
            var dayAt = ClaimPlace.In(d);
            if (end >= 0 && dayAt >= end && dayAt - end <= OwnDayReach && OwnDayJoin(text.AsSpan(end, dayAt - end), Reached(text, end - figure.Text.Length)))
            {
                return d.Resolved!.Start;
            }
        }

        return null;
    }

    // How far after a figure, in characters, its own day may begin ("404p on Wednesday", "hectares as of Wednesday").
    private const int OwnDayReach = 16;

    // "as of Wednesday", "by Wednesday evening" make any figure a reading of that day; "on Wednesday" only a level
    // reached ("closed at 404p on Wednesday", "rose to 41 on Tuesday"), since "damaged 9,100 buildings on Tuesday" dates
    // the happening, which another report may date otherwise.
    private static bool OwnDayJoin(ReadOnlySpan<char> between, bool reached)
    {
        var words = between.Trim();
        return words.Equals("as of", StringComparison.OrdinalIgnoreCase) || words.Equals("by", StringComparison.OrdinalIgnoreCase)
            || (reached && words.Equals("on", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether the word before the figure at <paramref name="at"/> is "at" or "to": a level reached.</summary>
    private static bool Reached(string text, int at) => TextScan.PreviousWord(text, at) is { Word: "at" or "to" };

    private static DateClaim? Nearest(List<DateClaim> dates, QuantityClaim figure)
    {
        DateClaim? nearest = null;
        var best = int.MaxValue;
        foreach (var d in dates)
        {
            var gap = Math.Max(d.Span.Start - figure.Span.End, figure.Span.Start - d.Span.End);
            if ((gap <= Reach || (WhenFollows(d) && DatedBefore(d, figure))) && gap < best)
            {
                (nearest, best) = (d, gap);
            }
        }

        return nearest;
    }

    /// <summary>
    /// The period of <paramref name="figure"/>: the nearest date of a month or longer; else, for a forecast ("its full-year
    /// revenue forecast to $17bn", "expects revenue of $17bn"), the publication's year and after; else null.
    /// </summary>
    public FigurePeriod Of(QuantityClaim figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var published = _published.GetValueOrDefault(figure.SourceId);
        var nearest = _periods.TryGetValue((figure.SourceId, figure.Sentence.Index), out var dates) ? Nearest(dates, figure) : null;
        if (nearest is not null)
        {
            return new(nearest.Resolved, DatedBefore(nearest, figure), published);
        }

        return PossessiveYear(figure, published) is { } owned ? owned : new(Forecast(figure), false, published);
    }

    // A possessive year and its distance from the publication's year.
    private static readonly (string Words, int Offset)[] PossessiveYears =
        [("last year's", -1), ("last year’s", -1), ("this year's", 0), ("this year’s", 0), ("next year's", 1), ("next year’s", 1)];

    /// <summary>
    /// The year a possessive names within reach of the figure ("Last year's race raised $3.6 million", "fundraising tied to
    /// this year's race to top $4 million"): a date no date rule reads, since "last year's" names a thing, not a day.
    /// </summary>
    private static FigurePeriod? PossessiveYear(QuantityClaim figure, DateOnly? published)
    {
        var sentence = figure.Sentence.Text;
        if (published is not { } day || ClaimPlace.In(figure) is var at && at < 0)
        {
            return null;
        }

        FigurePeriod? best = null;
        var bestGap = int.MaxValue;
        foreach (var (word, offset) in PossessiveYears)
        {
            for (var k = sentence.IndexOf(word, StringComparison.OrdinalIgnoreCase); k >= 0; k = sentence.IndexOf(word, k + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = k + word.Length;
                var gap = end <= at ? at - end : k - (at + figure.Text.Length);
                if (gap >= 0 && gap <= Reach && gap < bestGap && (k == 0 || !char.IsLetter(sentence[k - 1])))
                {
                    var year = day.Year + offset;
                    var before = end <= at && sentence.AsSpan(end, at - end).IndexOfAny(",;:()–—") < 0;
                    (best, bestGap) = (new FigurePeriod(new CalendarDate(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year), before, published), gap);
                }
            }
        }

        return best;
    }

    private const string WhenClause = ", when ";

    /// <summary>Whether a clause opened by ", when" follows <paramref name="date"/> at once.</summary>
    private static bool WhenFollows(DateClaim date) =>
        ClaimPlace.In(date) is var at && at >= 0 && date.Sentence.Text.AsSpan(at + date.Text.Length).StartsWith(WhenClause, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="date"/> stands before <paramref name="figure"/> in its clause: no comma, colon, semicolon or
    /// bracket between, save the comma that opens a clause the date governs ("in 2019, when a gas explosion injured 23 people")
    /// and the one after a date that opens the sentence ("Last year, the stage ended in a sprint of 62 riders").
    /// </summary>
    private static bool DatedBefore(DateClaim date, QuantityClaim figure)
    {
        var sentence = figure.Sentence.Text;
        var (at, figureAt) = (ClaimPlace.In(date), ClaimPlace.In(figure));
        if (at < 0 || figureAt < at + date.Text.Length)
        {
            return false;
        }

        var between = sentence.AsSpan(at + date.Text.Length, figureAt - at - date.Text.Length);
        if (between.StartsWith(WhenClause, StringComparison.OrdinalIgnoreCase))
        {
            between = between[WhenClause.Length..];
        }
        else if (between.StartsWith(",", StringComparison.Ordinal) && OpensSentence(sentence, at))
        {
            between = between[1..];
        }

        return between.IndexOfAny(",;:()–—") < 0;
    }

    // Words that may stand before a period that opens its sentence ("In 2023, …", "During 2024, …").
    private static readonly HashSet<string> OpeningPrepositions = new(StringComparer.OrdinalIgnoreCase) { "in", "during", "throughout" };

    /// <summary>
    /// Whether the date at <paramref name="at"/> opens its sentence: nothing but punctuation before it ("Last year, …",
    /// "\"In May, …"), or a preposition of time ("In 2023, …").
    /// </summary>
    private static bool OpensSentence(string sentence, int at)
    {
        var lead = sentence.AsSpan(0, at).Trim().TrimStart("\"'‘“(");
        return lead.IsEmpty || OpeningPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lead);
    }

    /// <summary>From the start of the publication's year on, when a word of forecasting stands shortly before the figure; else null.</summary>
    private CalendarDate? Forecast(QuantityClaim figure)
    {
        if (_published.GetValueOrDefault(figure.SourceId) is not { } published || ClaimPlace.In(figure) is var at && at < 0)
        {
            return null;
        }

        // Back over the words before the figure, through hyphens ("full-year"), to the end of its clause; or the figure is the
        // subject of a verb in the future ("Of the 450 homes, 157 will be affordable").
        return TextScan.WordBeforeInClause(figure.Sentence.Text, at, ForecastReach, ForecastWords.GetAlternateLookup<ReadOnlySpan<char>>(), ",;:.!?")
            || TextScan.NextWord(figure.Sentence.Text, at + figure.Text.Length) is { Word: "will" }
            ? new CalendarDate(new DateOnly(published.Year, 1, 1), DateOnly.MaxValue, DatePrecision.Year)
            : null;
    }

    /// <summary>
    /// Whether two figures' periods let them be one fact: overlapping, or either unknown, save an earlier event's
    /// figure (dated before it in its clause, two years or more before the other report's publication) against an undated
    /// one, and a figure whose clause a period governs against one told on a day outside it ("Last year, the stage ended in
    /// a sprint of 62 riders" against "edging a bunch of 28 riders yesterday").
    /// </summary>
    public static bool Compatible(FigurePeriod a, FigurePeriod b, DateOnly? dayA, DateOnly? dayB) => (a.Period, b.Period) switch
    {
        ({ } pa, { } pb) => pa.Overlaps(pb),
        ({ } pa, null) => !EarlierEvent(a, pa, b.Published) && !OutsideOf(a, pa, dayB),
        (null, { } pb) => !EarlierEvent(b, pb, a.Published) && !OutsideOf(b, pb, dayA),
        _ => true,
    };

    private static bool OutsideOf(FigurePeriod dated, CalendarDate period, DateOnly? day) =>
        dated.DatedBefore && day is { } d && (d < period.Start || d > period.End);

    private static bool EarlierEvent(FigurePeriod dated, CalendarDate period, DateOnly? otherPublished) =>
        dated.DatedBefore && otherPublished is { } published && period.End.Year <= published.Year - EarlierEventYears;
}

/// <summary>
/// A figure's period (null when none), whether that period's date stands before the figure in its clause, and its
/// report's publication date.
/// </summary>
internal sealed record FigurePeriod(CalendarDate? Period, bool DatedBefore, DateOnly? Published);
