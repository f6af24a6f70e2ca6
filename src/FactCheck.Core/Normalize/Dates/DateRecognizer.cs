using System.Text.RegularExpressions;
using FactCheck.Core.Data;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Dates;

/// <summary>
/// Finds date expressions in a text and says what each one states (a <see cref="DateForm"/>), without
/// resolving it. Each pattern is one rule; overlapping candidates are settled longest first, then
/// neighbours are combined: a weekday beside an explicit date, two dates joined into a range, a part
/// ("early", "mid-") or a bound ("since", "before") in front of a date. Every pattern is a linear scan.
/// </summary>
public static class DateRecognizer
{
    // Interpreted on purpose: the patterns are built from the word lists at start-up, and compiling
    // them costs seconds of JIT on first use, more than a whole run of interpreted matching.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private static readonly DateVocabulary Words = DateVocabulary.Instance;

    private static readonly HashSet<string> YearCues = Lexicon.Set("date-year-cues");

    private static readonly HashSet<string> CountNouns = Lexicon.Set("date-count-nouns");

    private static readonly string M = Words.MonthPattern;
    private static readonly string W = Words.WeekdayPattern;
    private static readonly string DayDigits = @"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d:%]|[.,]\d)";
    private static readonly string D = $"(?:{DayDigits}|{Words.NumberWordPattern})";
    private static readonly string YearDigits = @"(?:1[0-9]\d\d|20\d\d)(?![\d%])";
    private static readonly string Y = $"(?:{YearDigits}|{YearWords.Pattern})";
    private static readonly string Count = $@"(?:\d{{1,3}}|{Words.NumberWordPattern}|an?|a\s+few|few|a\s+couple\s+of|couple\s+of|several)";
    private static readonly string Unit = @"(?:day|week|fortnight|month|quarter|year|decade)";
    private static readonly string Ordinal = @"(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)";
    private static readonly string Period = $@"(?:(?<pm>{M})(?:\s*,?\s*(?<py>{Y}))?|(?<py>{Y})|(?<prel>this|next|last|previous|the\s+following|the\s+next|the\s+previous|current)\s+(?<pu>month|year))";
    private static readonly string Holidays = "(?:" + string.Join("|", Holiday.All.Select(h => h.Name).OrderByDescending(n => n.Length)
        .Select(n => Regex.Escape(n).Replace("'", "['’]?", StringComparison.Ordinal).Replace(@"\ ", @"\s+", StringComparison.Ordinal).Replace(@"\.", @"\.?", StringComparison.Ordinal))) + ")";

    private static readonly Rule[] Rules =
    [
        // 2025-07-01, 2016/11/07, 2015.5.13
        new(@"(?<![\w.]|\d[-/])(?<y>" + YearDigits + @")(?<s>[-/.])(?<m>\d{1,2})\k<s>(?<d>\d{1,2})(?!\d|[./]\d)", m => Day(m, "y", "m", "d"), needs: Needs.Digit),

        // 2019-aug-01, 2019/Sep/23
        new(@"(?<![\w])(?<y>" + YearDigits + @")[-/](?<mn>" + M + @")[-/](?<d>\d{1,2})(?!\d)", m => Day(m, "y", "mn", "d"), needs: Needs.Month),

        // 05-Aug-2016, 22/Jan/2019
        new(@"(?<![\w])(?<d>\d{1,2})[-/](?<mn>" + M + @")[-/](?<y>" + YearDigits + ")", m => Day(m, "y", "mn", "d"), needs: Needs.Month),

        // 20161016 (only a valid calendar day with a plausible year)
        new(@"(?<![\w.])(?<y>(?:19|20)\d\d)(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])(?![\w])", m => Day(m, "y", "m", "d"), needs: Needs.Digit),

        // 07/01/2025 (US order; day first when the first number cannot be a month), 21-04-16, 13.5.2015
        new(@"(?<![\w.]|\d[/.])(?<a>\d{1,2})(?<s>[/.\-])(?<b>\d{1,2})\k<s>(?<y>\d{4}|\d{2})(?!\d|[./]\d)", NumericDate, needs: Needs.Digit),
        new(@"(?<![\w.]|\d[/.])(?<a>\d{1,2})/(?<b>\d{1,2}),(?<y>\d{4}|\d{2})(?!\d)", NumericDate, needs: Needs.Digit),

        // 4/22, and 4-22 / 4.22 after "on" or "in" (elsewhere they are scores, times or decimals)
        new(@"(?<![\w.$/:]|\d[-/.])(?<a>0?[1-9]|1[0-2])/(?<b>0?[1-9]|[12]\d|3[01])(?![\d/%]|\.\d|:|\s+of\b)", NumericMonthDay, needs: Needs.Digit),
        new(@"(?<=\b(?:on|in|this|next|" + W + @")\s+)(?<a>0?[1-9]|1[0-2])[-.](?<b>0?[1-9]|[12]\d|3[01])(?![\d/%:.\-]|\s*(?:am|pm|a\.m|p\.m)\b)", NumericMonthDay, needs: Needs.Digit),

        // 2015-3, 2016/11, 3/2015, 11 - 2016
        new(@"(?<![\w.\-/])(?<y>(?:19|20)\d\d)\s?(?<s>[-/.])\s?(?<m>0?[1-9]|1[0-2])(?![\d]|[-/.]\d|\s+(?:season|fiscal|school|academic|financial)\b)", m => MonthOf(m, "y", "m"), needs: Needs.Digit),
        new(@"(?<![\w.\-/:])(?<m>0?[1-9]|1[0-2])\s?[-/]\s?(?<y>(?:19|20)\d\d)(?![\d]|[-/.]\d)", m => MonthOf(m, "y", "m"), needs: Needs.Digit),

        // 1 July 2025, the 09th of May, second of Aug., 16. Nov. 2016, 15 April of 87
        new(@"(?<![\w$.,]|\$\s)(?:the\s+)?(?<d>" + D + @")(?:\s+day)?(?:\s*of\s+|\.?\s*|-)(?<mn>" + M + @")(?![\w])(?:(?:\s*,\s*|\s+|-)(?:of\s+|in\s+)?(?<y>" + Y + @"|'\d\d)|\s+of\s+(?<y>\d\d)(?!\d))?(?![\w])", DayMonthName, needs: Needs.Month),

        // July 1, 2025; Oct. 2; October2; Jan-1; May twenty-first; Dec. 31 , 1994; june the 28th 2020
        new(@"(?<![\w])(?<mn>" + M + @")\s*[-\s]?\s*(?:the\s+)?(?<d>" + D + @")(?![\w])(?:(?:\s*,\s*|\s+|-)(?:of\s+|in\s+)?(?<y>" + Y + @"|'\d\d)(?![\w]))?", MonthNameDay, needs: Needs.Month),
        new(@"(?<![\w])(?<mn>" + M + @")\s*,\s*(?<d>\d{1,2}(?:st|nd|rd|th))(?![\w])", MonthNameDay, needs: Needs.Month),

        // February 2022, April of 1987, Dec/2018, August '99, June of 1992
        new(@"(?<![\w])(?<mn>" + M + @")(?:\s*,\s*|\s+(?:of\s+|in\s+)?|\s*/\s*|-)(?<y>" + Y + @"|'\d\d)(?![\w])", MonthNameYear, needs: Needs.Month),
        new(@"(?<![\w])(?<mn>" + M + @")\s+(?:of\s+)?(?<y>[5-9]\d)(?![\w])", MonthNameYear, needs: Needs.Month),

        // 2017 april, 2016, nov
        new(@"(?<![\w$.,])(?<y>" + YearDigits + @")\s*,?\s*(?<mn>" + M + @")(?![\w])(?!\s*\d)", YearMonthName, needs: Needs.Month),

        // June (alone)
        new(@"(?<![\w])(?<mn>" + M + @")(?![\w])", MonthAlone, AcceptMonthAlone, needs: Needs.Month),

        // Q1 2019, 2019 Q1, 2019-Q1, the third quarter of 2020, first quarter of 2013, 2019 H2
        new(@"(?<![\w])q(?<q>[1-4])(?:\s+(?:of\s+)?(?<y>" + Y + "))?(?![\\w])", m => Quarter(m, 3), needs: Needs.Digit),
        new(@"(?<![\w])(?<y>" + YearDigits + @")\s*-?\s*q(?<q>[1-4])(?![\w])", m => Quarter(m, 3), needs: Needs.Digit),
        new(@"(?<![\w])(?:the\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?(?<y>" + Y + ")", m => Quarter(m, 3), needs: Needs.Unit),
        new(@"(?<![\w])(?<y>" + YearDigits + @")\s*-?\s*h(?<q>[12])(?![\w])", m => Quarter(m, 6), needs: Needs.Digit),
        new(@"(?<![\w])h(?<q>[12])\s+(?<y>" + Y + ")", m => Quarter(m, 6)),

        // weekdays: Tuesday, last Friday, this past Wednesday, next Monday
        new(@"(?<![\w])(?:(?<rel>this\s+past|this\s+coming|this\s+upcoming|this|next|last|previous|coming|upcoming|past|following)\s+)?(?<wd>" + W + @")(?![\w'’])", WeekdayRule, AcceptWeekday, needs: Needs.Weekday),

        // Friday the 22nd, Mon 13th, Monday 21
        new(@"(?<![\w])(?<wd>" + W + @")\s*,?\s+(?:the\s+)?(?<d>" + D + @")(?![\w:\-.]|\.\d|\s*(?:am|pm|a\.m|p\.m|o'?clock)\b)", WeekdayDay, AcceptWeekdayBeforeDay, needs: Needs.Weekday),

        // Tuesday of next week; next week Wednesday; this week Monday
        new(@"(?<![\w])(?<wd>" + W + @")\s+of\s+(?:the\s+)?(?<rel>this|next|last|following|previous|coming)\s+week(?![\w])", WeekdayOfWeek, needs: Needs.Weekday),
        new(@"(?<![\w])(?<rel>this|next|last|following|previous|coming)\s+week(?:'s)?\s+(?:on\s+)?(?<wd>" + W + @")(?![\w])", WeekdayOfWeek, needs: Needs.Weekday),

        // today, tomorrow, yesterday, the day after tomorrow
        new(@"(?<![\w])(?:(?<n2>the\s+day\s+after\s+(?:tomorrow|tmrw))|(?<m2>the\s+day\s+before\s+yesterday)|(?<z>today|tonight|tonite)|(?<p1>tomorrow|tmrw|tmr)|(?<m1>yesterday))(?![\w])", RelativeDay),

        // two days ago, three weeks from now, 2 days after today, two days before yesterday
        new(@"(?<![\w])(?<n>" + Count + @")\s+(?<u>" + Unit + @")s?\s+(?<dir>ago|from\s+now|hence|from\s+today|after\s+today|before\s+today|from\s+tomorrow|from\s+tmrw|after\s+tomorrow|before\s+yesterday|from\s+yesterday|after\s+yesterday)(?![\w])", Offset, needs: Needs.Unit),

        // in three weeks, in a fortnight
        new(@"(?<![\w])in\s+(?:about\s+|around\s+|roughly\s+)?(?<n>" + Count + @")\s+(?<u>" + Unit + @")s?(?:['’]s?\s+time)?(?![\w])", InOffset, needs: Needs.Unit),
        new(@"(?<![\w])in\s+a\s+fortnight(?:['’]s?\s+time)?(?![\w])", _ => new OffsetForm(14, DateUnit.Day, FutureOnly: true), needs: Needs.Unit),

        // last month, this week, next year, the coming week, the week after next
        new(@"(?<![\w])(?<rel>this|next|last|past|previous|coming|upcoming|following|current|the\s+current|the\s+coming|the\s+following|the\s+past|the\s+previous|the\s+next|the\s+last|this\s+coming|this\s+past)\s+(?:calendar\s+|working\s+|work\s+|business\s+)?(?<u>week|weekend|month|year|quarter|decade|fortnight)(?![\w'’])", RelativeUnit, needs: Needs.Unit),
        new(@"(?<![\w])the\s+(?<u>week|weekend|month|year)\s+after\s+(?:the\s+)?next(?![\w])", m => new RelativeUnitForm(UnitOf(m.Groups["u"].Value), 2), needs: Needs.Unit),

        // last three months, the next 2 days, past few days
        new(@"(?<![\w])(?:the\s+)?(?<rel>last|past|previous|next|coming|following|upcoming)\s+(?<n>" + Count + @")\s*(?<u>" + Unit + @")s?(?![\w])", SpanFromReference, needs: Needs.Unit),

        // this September, last June, next june
        new(@"(?<![\w])(?<rel>this|next|last)\s+(?<mn>" + M + @")(?![\w])", RelativeMonth, AcceptRelativeMonth, needs: Needs.Month),

        // 2014 (a year only where the context says it is one)
        new(@"(?<![\w$€£.,/\-:])(?:the\s+year\s+|year\s+)?(?<y>" + Y + @")(?![\w]|[.,]\d|\s*[-/]\s*\d)", YearAlone, AcceptYear),

        // 2014-2018, 2014 to 2018, 2014-15
        new(@"(?<![\w$€£.,/\-:])(?<a>" + YearDigits + @")\s*(?:-|–|~|to|through|until|till)\s*(?<b>" + YearDigits + @"|\d\d(?![\d%]))(?![\w\-/])", YearRange, needs: Needs.Digit),

        // the 1990s, the '90s, 1970's, the seventies, the nineteen seventies, 21st century
        new(@"(?<![\w])(?:the\s+)?(?:(?<c>1\d|20)(?<d>\d)0|['’](?<d>\d)0|(?<d>[1-9])0)['’]?s(?![\w])", Decade, AcceptDecadeDigits, needs: Needs.Digit),
        new(@"(?<![\w])(?:the\s+)?(?:(?<cw>nineteen|eighteen|twenty)\s+)?(?<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![\w])", DecadeWords, AcceptDecade),
        new(@"(?<![\w])(?:the\s+)?(?<n>\d{1,2})(?:st|nd|rd|th)\s+century(?![\w])", m => Century(m), needs: Needs.Digit),

        // between 3 and 12 of Sept, 9 to 12 of June, from 4 to 22 January, 1995, between the ninth and the seventeenth of april
        new(@"(?<![\w$.,])(?:(?<o>from|between)\s+)?(?:the\s+)?(?<d1>" + D + @")\s*(?<j>-|–|to|through|thru|till|until|and)\s*(?:the\s+)?(?<d2>" + D + @")(?:\s+of|\s*,)?\s+(?<mn>" + M + @")(?![\w])(?:(?:\s*,\s*|\s+)(?:of\s+|in\s+)?(?<y>" + Y + "))?", DayRange, needs: Needs.Month),

        // November 19-20, April 9th through 17th, from Oct. 2 to 22, 2025
        new(@"(?<![\w])(?:(?<o>from|between)\s+)?(?<mn>" + M + @")\s*(?:the\s+)?(?<d1>" + D + @")\s*(?<j>-|–|to|through|thru|till|until|and)\s*(?:the\s+)?(?<d2>" + D + @")(?![\w])(?!\s*" + M + @")(?:(?:\s*,\s*|\s+)(?:of\s+|in\s+)?(?<y>" + Y + "))?", DayRange, needs: Needs.Month),
        new(@"(?<![\w])(?<mn>" + M + @")\s+(?<o>between)\s+(?:the\s+)?(?<d1>" + D + @")\s+(?<j>and)\s+(?:the\s+)?(?<d2>" + D + @")(?![\w])", DayRange, needs: Needs.Month),

        // from 4 to 22 this month, 4-23 in next month
        new(@"(?<![\w$.,])(?:(?<o>from|between)\s+)?(?:the\s+)?(?<d1>" + DayDigits + @")\s*(?<j>-|–|to|till|until|and)\s*(?:the\s+)?(?<d2>" + DayDigits + @")\s+(?:of\s+|in\s+)?(?:the\s+)?(?<rel>this|next|last|previous|following)\s+month(?![\w])", DayRangeOfRelativeMonth, needs: Needs.Digit),

        // the 20th of next month, the 15th day of next month, the twenty-sixth day of the month
        new(@"(?<![\w])(?:the\s+)?(?<d>" + D + @")(?:\s+day)?\s+of\s+(?:(?<rel>this|next|last|previous|current|following)|the)\s+month(?![\w])", DayOfRelativeMonth, needs: Needs.Unit),

        // the first week of June, the last week of 2016, the third week next year
        new(@"(?<![\w])(?:the\s+)?(?<o>" + Ordinal + @")\s+week\s+(?:of\s+|in\s+)?(?:the\s+)?" + Period + @"(?![\w])", WeekOf, needs: Needs.Unit),

        // the first Monday of June, the second Monday of next month
        new(@"(?<![\w])(?:the\s+)?(?<o>" + Ordinal + @")\s+(?<wd>" + W + @")\s+(?:of|in)\s+(?:the\s+)?" + Period + @"(?![\w])", NthWeekday, needs: Needs.Weekday),

        // week 31, week 3 of 2027
        new(@"(?<![\w])(?:the\s+)?week\s+(?<n>\d{1,2})(?:\s+of\s+(?<py>" + Y + @"))?(?![\w:]|\s*[-/]\d)", WeekNumber, needs: Needs.Digit),

        // earlier this month, later this week, later in the year, the rest of the month
        new(@"(?<![\w])(?<p>earlier|later)\s+(?:this|in\s+the|the)\s+(?<u>week|month|year)(?![\w])", m => new UnitAroundReferenceForm(UnitOf(m.Groups["u"].Value), m.Groups["p"].Value.Equals("later", StringComparison.OrdinalIgnoreCase)), needs: Needs.Unit),
        new(@"(?<![\w])(?:the\s+)?rest\s+(?:of\s+)?(?:the\s+|my\s+|this\s+|current\s+)?(?<u>week|month|year)(?![\w])", m => new UnitAroundReferenceForm(UnitOf(m.Groups["u"].Value), true) { WithinHalf = false }, needs: Needs.Unit),

        // within 5 days, less than 2 weeks from today, for 3 days from today
        new(@"(?<![\w])(?:(?<w>within|in\s+less\s+than|less\s+than)|for)\s+(?:the\s+(?:next|upcoming|coming)\s+)?(?<n>" + Count + @")\s+(?<u>" + Unit + @")s?(?:\s+(?<from>from\s+today|from\s+now|after\s+today|after\s+tomorrow|from\s+tomorrow))?(?![\w])", Within, needs: Needs.Unit),

        // 4 weeks in the future, the 5 upcoming years, 10 previous weeks
        new(@"(?<![\w])(?<n>" + Count + @")\s+(?<u>" + Unit + @")s?\s+in\s+the\s+future(?![\w])", m => CountOf(m.Groups["n"].Value) is { } n ? new SpanFromReferenceForm(UnitOf(m.Groups["u"].Value), n, true) : null, needs: Needs.Unit),
        new(@"(?<![\w])(?<n>" + Count + @")\s+(?<rel>upcoming|next|coming|following|past|previous|last)\s+(?<u>" + Unit + @")s?(?![\w])", SpanFromReference, needs: Needs.Unit),

        // 2 years 1 month 21 days ago, 2 weeks and 2 days ago
        new(@"(?<![\w])(?<parts>" + Count + @"\s+" + Unit + @"s?(?:\s*,?\s*(?:and\s+)?" + Count + @"\s+" + Unit + @"s?)+)\s+(?<dir>ago|from\s+now|hence)(?![\w])", CompoundOffset, needs: Needs.Unit),

        // Christmas, Easter 2018, last Thanksgiving
        new(@"(?<![\w])(?:(?<rel>last|next|previous|following|this|coming)\s+)?(?<h>" + Holidays + @")(?:\s+(?<y>" + Y + @"))?(?![\w])", HolidayRule, needs: Needs.Holiday),

        // June next year, May last year
        new(@"(?<![\w])(?<mn>" + M + @")\s+(?<rel>next|last|this)\s+year(?![\w])", RelativeMonth, needs: Needs.Month),

        // from March to May, between August and October 2018
        new(@"(?<![\w])(?<o>from|between)\s+(?<m1>" + M + @")\s+(?<j>to|and|until|till|through)\s+(?<m2>" + M + @")(?![\w])(?:\s+(?:of\s+|in\s+)?(?<y>" + Y + "))?", MonthRange, needs: Needs.Month),

        // over the weekend, on the weekend
        new(@"(?<![\w])(?:(?<=\b(?:over|on|at|during|for|this)\s+)the\s+|(?<=\b(?:on|at|over)\s+))weekend(?![\w])", _ => new WeekendForm(), needs: Needs.Unit),

        // the weekend of Halloween, Labor Day weekend, Thanksgiving 2023 weekend
        new(@"(?<![\w])(?:the\s+)?weekend\s+of\s+(?<h>" + Holidays + @")(?:\s+(?<y>" + Y + @"))?(?![\w])", m => HolidayRule(m) is HolidayForm h ? h with { Weekend = true } : null, needs: Needs.Holiday),
        new(@"(?<![\w])(?<h>" + Holidays + @")(?:\s+(?<y>" + Y + @"))?\s+weekend(?![\w])", m => HolidayRule(m) is HolidayForm h ? h with { Weekend = true } : null, needs: Needs.Holiday),

        // the third quarter of this year, next year's first quarter
        new(@"(?<![\w])(?:the\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?(?:the\s+)?(?<rel>this|next|last|previous|following)\s+year(?![\w])", RelativeQuarter, needs: Needs.Unit),
        new(@"(?<![\w])(?<rel>this|next|last|previous|following)\s+year['’]s\s+(?<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?![\w])", RelativeQuarter, needs: Needs.Unit),

        // on the 15th, for the 27
        new(@"(?<=\b(?:on|by|until|since|for|from|of)\s+)the\s+(?<d>" + DayDigits + "|" + Words.NumberWordPattern + @")(?!\s*[\w$%])", DayOfMonth),
    ];

    private static readonly Regex PartBefore = new(@"(?:(?<![\w])(?<p>early|mid|late)\s*-?\s*|(?<![\w])(?:the\s+|at\s+the\s+)?(?<q>end|beginning|start|middle)\s+of\s+(?:the\s+)?)$", Options, Timeout);

    private static readonly Regex BoundBefore = new(@"(?<![\w])(?<b>more\s+than|greater\s+than|since|after|before|until|till|by|starting(?:\s+(?:from|on|in))?|beginning(?:\s+(?:on|in))?|no\s+later\s+than|later\s+than|not\s+later\s+than|earlier\s+than|as\s+late\s+as|as\s+early\s+as|prior\s+to|up\s+to|through)\s+$", Options, Timeout);

    private static readonly Regex BoundAfter = new(@"^\s*(?:and|or)\s+(?<b>after|later|afterwards|beyond|greater|before|earlier)(?![\w])(?!\s*\d)", Options, Timeout);

    private static readonly Regex WeekContainingBefore = new(@"(?:(?<![\w])(?:the\s+)?week\s+(?:of|beginning|commencing|starting(?:\s+on)?)\s+|(?<![\w])w/c\s+)$", Options, Timeout);

    private static readonly Regex AnchoredOffsetBefore = new(@"(?<![\w])(?<n>" + Count + @")\s+(?<u>" + Unit + @")s?\s+(?<dir>after|from|before)\s+$", Options, Timeout);

    private static readonly Regex RangeJoin = new(@"^\s*(?<j>-|–|—|~|to|through|thru|till|until|and)\s*$", Options, Timeout);

    private static readonly Regex AndNowAfter = new(@"^\s*(?:and|to|till|until|through)\s+(?:now|today|current\s+date|the\s+present)(?![\w])", Options, Timeout);

    private static readonly Regex NowAndBefore = new(@"(?<![\w])between\s+now\s+and\s+$", Options, Timeout);

    private static readonly Regex RangeOpener = new(@"(?<![\w])(?<o>from|between)\s+$", Options, Timeout);

    private static readonly Regex WeekdayJoin = new(@"^\s*(?:,|\(|,\s*\(|-|–)?\s*$", Options, Timeout);

    private static readonly Regex Possessive = new(@"(?<![\w])(?:his|her|their|its|my|your|our)\s+(?:early\s+|mid\s*-?\s*|late\s+)?$", Options, Timeout);

    /// <summary>The date expressions in <paramref name="text"/>, in text order, none overlapping.</summary>
    public static IReadOnlyList<DateMention> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<DateMention>();
        var present = Present(text);
        foreach (var rule in Rules)
        {
            if ((rule.Needs & present) != rule.Needs)
            {
                continue;
            }

            foreach (Match m in rule.Pattern.Matches(text))
            {
                var form = SafeBuild(rule, m, text);
                if (form is not null)
                {
                    candidates.Add(new DateMention(new TextSpan(m.Index, m.Index + m.Length), form));
                }
            }
        }

        var chosen = LongestFirst(candidates, text.Length);
        chosen = AttachWeekdays(text, chosen);
        chosen = [.. chosen.Select(c => WithWeekContaining(text, c)).Select(c => WithAnchoredOffset(text, c)).Select(c => WithPart(text, c))];
        chosen = JoinRanges(text, chosen);
        chosen = [.. chosen.Select(c => WithBound(text, c))];
        return chosen;
    }

    private static DateForm? SafeBuild(Rule rule, Match m, string text)
    {
        try
        {
            return rule.Build(m) is { } form && Plausible(form) && rule.Accept(m, text) ? form : null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // a day that does not exist ("February 30") is no date
        }
    }

    private static bool Plausible(DateForm form) => form switch
    {
        DayForm d => d.Month is >= 1 and <= 12 && d.Day >= 1 && d.Day <= (d.Year is { } y ? DateTime.DaysInMonth(y, d.Month) : MaxDay(d.Month)),
        MonthForm mo => mo.Month is >= 1 and <= 12,
        DayOfMonthForm dm => dm.Day is >= 1 and <= 31,
        WeekdayDayForm wd => wd.Day is >= 1 and <= 31,
        _ => true,
    };

    private static int MaxDay(int month) => month == 2 ? 29 : DateTime.DaysInMonth(2001, month);

    /// <summary>Overlapping candidates: the longest wins, then the earliest. Linear in the text: each accepted character is marked once.</summary>
    private static List<DateMention> LongestFirst(List<DateMention> candidates, int textLength)
    {
        var taken = new bool[textLength];
        var accepted = new List<DateMention>();
        foreach (var c in candidates.OrderByDescending(c => c.Span.Length).ThenBy(c => c.Span.Start))
        {
            if (Array.IndexOf(taken, true, c.Span.Start, c.Span.Length) >= 0)
            {
                continue;
            }

            Array.Fill(taken, true, c.Span.Start, c.Span.Length);
            accepted.Add(c);
        }

        accepted.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return accepted;
    }

    /// <summary>"Monday (June 30)", "Tuesday, July 1": the weekday is kept as stated, the date decides.</summary>
    private static List<DateMention> AttachWeekdays(string text, List<DateMention> mentions)
    {
        var result = new List<DateMention>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Form is WeekdayForm wd && i + 1 < mentions.Count && mentions[i + 1].Form is DayForm
                && WeekdayJoin.IsMatch(text[m.Span.End..mentions[i + 1].Span.Start]))
            {
                var next = mentions[i + 1];
                var end = next.Span.End;
                if (text[m.Span.End..next.Span.Start].Contains('(', StringComparison.Ordinal) && end < text.Length && text[end] == ')')
                {
                    end++;
                }

                result.Add(next with { Span = new TextSpan(m.Span.Start, end), StatedWeekday = wd.Weekday, WeekdaySpan = m.Span });
                i++;
                continue;
            }

            result.Add(m);
        }

        return result;
    }

    /// <summary>"between May 16 and June 2", "from 2014 to 2018", "Nov 18-Dec 19, 2015": one span.</summary>
    private static List<DateMention> JoinRanges(string text, List<DateMention> mentions)
    {
        var result = new List<DateMention>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var a = mentions[i];
            if (i + 1 < mentions.Count && Joinable(a.Form) && Joinable(mentions[i + 1].Form))
            {
                var b = mentions[i + 1];
                var join = RangeJoin.Match(text[a.Span.End..b.Span.Start]);
                var opener = RangeOpener.Match(text[Math.Max(0, a.Span.Start - 12)..a.Span.Start]);
                var joiner = join.Success ? join.Groups["j"].Value.ToLowerInvariant() : "";
                var ok = join.Success && (joiner != "and" || (opener.Success && opener.Groups["o"].Value.Equals("between", StringComparison.OrdinalIgnoreCase)));
                if (ok)
                {
                    var start = opener.Success ? a.Span.Start - opener.Length : a.Span.Start;
                    result.Add(new DateMention(new TextSpan(start, b.Span.End), new RangeForm(InheritYear(a.Form, b.Form), b.Form)));
                    i++;
                    continue;
                }
            }

            // "between Jan 22 and now", "between now and May 21", "from 2010-01-01 till current date"
            if (Joinable(a.Form) && a.Form is not OffsetForm)
            {
                var tail = AndNowAfter.Match(text[a.Span.End..Math.Min(text.Length, a.Span.End + 30)]);
                var opener = RangeOpener.Match(text[Math.Max(0, a.Span.Start - 12)..a.Span.Start]);
                if (tail.Success && opener.Success)
                {
                    result.Add(new DateMention(new TextSpan(a.Span.Start - opener.Length, a.Span.End + tail.Length), new RangeForm(a.Form, new OffsetForm(0, DateUnit.Day))));
                    continue;
                }

                var head = NowAndBefore.Match(text[Math.Max(0, a.Span.Start - 20)..a.Span.Start]);
                if (head.Success)
                {
                    result.Add(new DateMention(new TextSpan(a.Span.Start - head.Length, a.Span.End), new RangeForm(new OffsetForm(0, DateUnit.Day), a.Form)));
                    continue;
                }
            }

            result.Add(a);
        }

        return result;
    }

    private static bool Joinable(DateForm f) => f is DayForm or MonthForm or YearForm or QuarterForm or WeekdayForm or OffsetForm { FutureOnly: false } or DayOfMonthForm
        or PartForm or HolidayForm or WeekOfForm or RelativeMonthForm or RelativeUnitForm { Offset: 0, Unit: DateUnit.Day };

    /// <summary>The first end of a range takes the year the second states: "Nov-Feb 2017" starts in November 2016.</summary>
    private static DateForm InheritYear(DateForm a, DateForm b)
    {
        var year = b switch { DayForm { Year: { } y } => y, MonthForm { Year: { } y } => y, _ => (int?)null };
        var month = b switch { DayForm d => d.Month, MonthForm mo => mo.Month, _ => 13 };
        return (a, year) switch
        {
            (DayForm { Year: null } d, { } y) => d with { Year = d.Month > month ? y - 1 : y },
            (MonthForm { Year: null } mo, { } y) => mo with { Year = mo.Month > month ? y - 1 : y },
            (DayOfMonthForm dm, _) when b is DayForm bd => new DayForm(year is { } y2 ? y2 : null, bd.Month, dm.Day),
            _ => a,
        };
    }

    /// <summary>"the week of April 10", "the week beginning February 4".</summary>
    private static DateMention WithWeekContaining(string text, DateMention m)
    {
        if (m.Form is not (DayForm or DayOfMonthForm))
        {
            return m;
        }

        var match = WeekContainingBefore.Match(text[Math.Max(0, m.Span.Start - 32)..m.Span.Start]);
        return match.Success ? m with { Span = new TextSpan(m.Span.Start - match.Length, m.Span.End), Form = new WeekContainingForm(m.Form) } : m;
    }

    /// <summary>"three weeks after June 2", "4 months from tomorrow".</summary>
    private static DateMention WithAnchoredOffset(string text, DateMention m)
    {
        if (m.Form is not (DayForm or WeekdayForm or HolidayForm or OffsetForm { FutureOnly: false }))
        {
            return m;
        }

        var match = AnchoredOffsetBefore.Match(text[Math.Max(0, m.Span.Start - 40)..m.Span.Start]);
        if (!match.Success || CountOf(match.Groups["n"].Value) is not { } n)
        {
            return m;
        }

        var sign = match.Groups["dir"].Value.Equals("before", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
        return m with { Span = new TextSpan(m.Span.Start - match.Length, m.Span.End), Form = new AnchoredOffsetForm(sign * n, UnitOf(match.Groups["u"].Value), m.Form) };
    }

    private static DateMention WithPart(string text, DateMention m)
    {
        if (m.Form is not (MonthForm or YearForm or RelativeUnitForm { Unit: DateUnit.Week or DateUnit.Month or DateUnit.Year } or DecadeForm or RelativeMonthForm))
        {
            return m;
        }

        var before = text[Math.Max(0, m.Span.Start - 24)..m.Span.Start];
        var match = PartBefore.Match(before);
        if (!match.Success)
        {
            return m;
        }

        var word = (match.Groups["p"].Success ? match.Groups["p"].Value : match.Groups["q"].Value).ToLowerInvariant();
        var part = word switch
        {
            "early" or "beginning" or "start" => PeriodPart.Early,
            "mid" or "middle" => PeriodPart.Middle,
            _ => PeriodPart.Late,
        };
        return m with { Span = new TextSpan(m.Span.Start - match.Length, m.Span.End), Form = new PartForm(part, m.Form) };
    }

    private static DateMention WithBound(string text, DateMention m)
    {
        var before = text[Math.Max(0, m.Span.Start - 24)..m.Span.Start];
        var match = BoundBefore.Match(before);
        if (match.Success && m.Form is not RangeForm)
        {
            var word = string.Join(' ', match.Groups["b"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var bound = word switch
            {
                "more than" => m.Form is OffsetForm { Amount: > 0 } ? DateBound.Since : m.Form is OffsetForm { Amount: < 0 } ? DateBound.Before : DateBound.None,
                "after" or "later than" or "greater than" => DateBound.After,
                _ when word.StartsWith("since", StringComparison.Ordinal) || word.StartsWith("starting", StringComparison.Ordinal)
                    || word.StartsWith("beginning", StringComparison.Ordinal) || word == "as early as" => DateBound.Since,
                "through" => DateBound.None,
                _ => DateBound.Before,
            };
            if (bound != DateBound.None)
            {
                return m with { Span = new TextSpan(m.Span.Start - match.Length, m.Span.End), Bound = bound };
            }
        }

        var after = BoundAfter.Match(text[m.Span.End..Math.Min(text.Length, m.Span.End + 20)]);
        if (after.Success && m.Form is not RangeForm)
        {
            var word = after.Groups["b"].Value.ToLowerInvariant();
            return m with { Span = new TextSpan(m.Span.Start, m.Span.End + after.Length), Bound = word is "before" or "earlier" ? DateBound.Before : DateBound.Since };
        }

        return m;
    }

    // ---- form builders -------------------------------------------------------------------------

    private static int? YearOf(Group g)
    {
        if (!g.Success)
        {
            return null;
        }

        var digits = g.Value.TrimStart('\'', '’');
        if (!char.IsAsciiDigit(digits[0]))
        {
            return YearWords.Parse(digits);
        }

        var n = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        return digits.Length <= 2 ? TwoDigitYear(n) : n;
    }

    private static int TwoDigitYear(int n) => n < 50 ? 2000 + n : 1900 + n;

    private static DateForm? Day(Match m, string y, string mo, string d)
    {
        var month = int.TryParse(m.Groups[mo].Value, out var mm) ? mm : Words.Month(m.Groups[mo].Value);
        var day = Words.Number(m.Groups[d].Value);
        return month is null || day is null ? null : new DayForm(YearOf(m.Groups[y]), month.Value, day.Value);
    }

    private static DateForm? NumericDate(Match m)
    {
        var a = int.Parse(m.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var b = int.Parse(m.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var year = YearOf(m.Groups["y"]);
        // US order first; day-first only when the first number cannot be a month.
        return a <= 12 ? new DayForm(year, a, b) : b <= 12 ? new DayForm(year, b, a) : null;
    }

    private static DateForm? NumericMonthDay(Match m)
    {
        var a = int.Parse(m.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var b = int.Parse(m.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return new DayForm(null, a, b);
    }

    private static DateForm? MonthOf(Match m, string y, string mo) =>
        new MonthForm(YearOf(m.Groups[y]), int.Parse(m.Groups[mo].Value, System.Globalization.CultureInfo.InvariantCulture));

    private static DateForm? DayMonthName(Match m)
    {
        var month = Words.Month(m.Groups["mn"].Value);
        var day = Words.Number(m.Groups["d"].Value);
        if (month is null || day is null)
        {
            return null;
        }

        // "the two may meet": a number word before the modal "may" is no date.
        if (month == 5 && m.Groups["mn"].Value.Equals("may", StringComparison.OrdinalIgnoreCase) && !char.IsAsciiDigit(m.Groups["d"].Value[0])
            && !m.Groups["y"].Success && !m.Value.Contains(" of ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new DayForm(YearOf(m.Groups["y"]), month.Value, day.Value);
    }

    private static DateForm? MonthNameDay(Match m)
    {
        var month = Words.Month(m.Groups["mn"].Value);
        var day = Words.Number(m.Groups["d"].Value);
        if (month is null || day is null)
        {
            return null;
        }

        // "we may first need…", "may one day": a modal before a number word.
        var word = m.Groups["mn"].Value;
        if (month is 3 or 5 && char.IsLower(word[0]) && !char.IsAsciiDigit(m.Groups["d"].Value[0]))
        {
            return null;
        }

        return new DayForm(YearOf(m.Groups["y"]), month.Value, day.Value);
    }

    private static DateForm? MonthNameYear(Match m)
    {
        var month = Words.Month(m.Groups["mn"].Value);
        return month is null  ? null : new MonthForm(YearOf(m.Groups["y"]), month.Value);
    }

    private static DateForm? YearMonthName(Match m)
    {
        var month = Words.Month(m.Groups["mn"].Value);
        var word = m.Groups["mn"].Value;
        // "In 2016, May said…": a capitalised name after a comma is a person, not a month.
        if (month is null || (m.Value.Contains(',', StringComparison.Ordinal) && char.IsUpper(word[0])) || word.Length < 3)
        {
            return null;
        }

        return new MonthForm(YearOf(m.Groups["y"]), month.Value);
    }

    private static DateForm? MonthAlone(Match m)
    {
        var month = Words.Month(m.Groups["mn"].Value);
        return month is null ? null : new MonthForm(null, month.Value);
    }

    private static DateForm? Quarter(Match m, int months)
    {
        var q = m.Groups["q"].Value.ToLowerInvariant() switch
        {
            "first" or "1st" or "1" => 1,
            "second" or "2nd" or "2" => 2,
            "third" or "3rd" or "3" => 3,
            _ => 4,
        };
        return new QuarterForm(YearOf(m.Groups["y"]), q, months);
    }

    private static Shift ShiftOf(string rel) => string.Join(' ', rel.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) switch
    {
        "" => Shift.None,
        "this" => Shift.This,
        "next" or "following" => Shift.Next,
        "last" or "previous" => Shift.Last,
        "this past" or "past" => Shift.Past,
        _ => Shift.Coming,
    };

    private static DateForm? WeekdayRule(Match m)
    {
        var wd = Words.Weekday(m.Groups["wd"].Value);
        return wd is null ? null : new WeekdayForm(wd.Value, ShiftOf(m.Groups["rel"].Value));
    }

    private static DateForm? WeekdayDay(Match m)
    {
        var wd = Words.Weekday(m.Groups["wd"].Value);
        var day = Words.Number(m.Groups["d"].Value);
        return wd is null || day is null ? null : new WeekdayDayForm(wd.Value, day.Value);
    }

    private static DateForm? WeekdayOfWeek(Match m)
    {
        var wd = Words.Weekday(m.Groups["wd"].Value);
        var offset = m.Groups["rel"].Value.ToLowerInvariant() switch
        {
            "next" or "following" or "coming" => 1,
            "last" or "previous" => -1,
            _ => 0,
        };
        return wd is null ? null : new WeekdayOfWeekForm(wd.Value, offset);
    }

    private static DateForm? RelativeDay(Match m) =>
        m.Groups["n2"].Success ? new OffsetForm(2, DateUnit.Day)
        : m.Groups["m2"].Success ? new OffsetForm(-2, DateUnit.Day)
        : m.Groups["z"].Success ? new OffsetForm(0, DateUnit.Day)
        : m.Groups["p1"].Success ? new OffsetForm(1, DateUnit.Day)
        : new OffsetForm(-1, DateUnit.Day);

    private static int? CountOf(string text)
    {
        var t = string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t switch
        {
            "a" or "an" => 1,
            "a few" or "few" or "several" => 3,
            "a couple of" or "couple of" => 2,
            _ => Words.Number(t),
        };
    }

    private static DateUnit UnitOf(string unit) => unit.ToLowerInvariant() switch
    {
        "day" => DateUnit.Day,
        "week" => DateUnit.Week,
        "weekend" => DateUnit.Weekend,
        "fortnight" => DateUnit.Fortnight,
        "month" => DateUnit.Month,
        "quarter" => DateUnit.Quarter,
        "year" => DateUnit.Year,
        _ => DateUnit.Decade,
    };

    private static DateForm? Offset(Match m)
    {
        var n = CountOf(m.Groups["n"].Value);
        if (n is null)
        {
            return null;
        }

        var unit = UnitOf(m.Groups["u"].Value);
        var dir = string.Join(' ', m.Groups["dir"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var sign = dir is "ago" or "before today" or "before yesterday" ? -1 : 1;
        var from = dir.EndsWith("tomorrow", StringComparison.Ordinal) || dir.EndsWith("tmrw", StringComparison.Ordinal) ? 1 : dir.EndsWith("yesterday", StringComparison.Ordinal) ? -1 : 0;
        return from == 0
            ? new OffsetForm(sign * n.Value, unit)
            : unit is DateUnit.Day or DateUnit.Week or DateUnit.Fortnight
                ? new OffsetForm(from + (sign * n.Value * DaysIn(unit)), DateUnit.Day)
                : null;
    }

    private static int DaysIn(DateUnit unit) => unit switch { DateUnit.Week => 7, DateUnit.Fortnight => 14, _ => 1 };

    private static DateForm? InOffset(Match m)
    {
        var n = CountOf(m.Groups["n"].Value);
        return n is null ? null : new OffsetForm(n.Value, UnitOf(m.Groups["u"].Value), FutureOnly: true);
    }

    private static DateForm? RelativeUnit(Match m)
    {
        var rel = string.Join(' ', m.Groups["rel"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (rel.StartsWith("the ", StringComparison.Ordinal))
        {
            rel = rel[4..];
        }

        var offset = rel switch
        {
            "this" or "current" => 0,
            "last" or "past" or "previous" or "this past" => -1,
            _ => 1,
        };
        return new RelativeUnitForm(UnitOf(m.Groups["u"].Value), offset);
    }

    private static DateForm? SpanFromReference(Match m)
    {
        var n = CountOf(m.Groups["n"].Value);
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var forward = rel is "next" or "coming" or "following" or "upcoming";
        if (n > 1 && m.Groups["rel"].Index > m.Groups["n"].Index && !m.Value.EndsWith('s') && !m.Value.EndsWith('S'))
        {
            return null; // "only 3 next week": a count, then "next week"
        }

        return n is null or < 1 ? null : new SpanFromReferenceForm(UnitOf(m.Groups["u"].Value), n.Value, forward);
    }

    private static DateForm? RelativeMonth(Match m)
    {
        var month = Words.Month(m.Groups["mn"].Value);
        if (month is null || m.Groups["mn"].Value.Length < 3)
        {
            return null;
        }

        var offset = m.Groups["rel"].Value.ToLowerInvariant() switch { "next" => 1, "last" => -1, _ => 0 };
        return new RelativeMonthForm(month.Value, offset);
    }

    private static DateForm? YearAlone(Match m) => YearOf(m.Groups["y"]) is { } y ? new YearForm(y) : null;

    private static DateForm? YearRange(Match m)
    {
        var a = int.Parse(m.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var bText = m.Groups["b"].Value;
        var b = int.Parse(bText, System.Globalization.CultureInfo.InvariantCulture);
        if (bText.Length == 2)
        {
            b = (a / 100 * 100) + b;
        }

        return b > a && b - a <= 200 ? new RangeForm(new YearForm(a), new YearForm(b)) : null;
    }

    private static DateForm? Decade(Match m)
    {
        var d = int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (m.Groups["c"].Success)
        {
            var c = int.Parse(m.Groups["c"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return new DecadeForm((c * 100) + (d * 10), 10, CenturyStated: true);
        }

        return new DecadeForm(d * 10, 10, CenturyStated: false);
    }

    private static DateForm? DecadeWords(Match m)
    {
        var d = m.Groups["dw"].Value.ToLowerInvariant() switch
        {
            "twenties" => 2,
            "thirties" => 3,
            "forties" => 4,
            "fifties" => 5,
            "sixties" => 6,
            "seventies" => 7,
            "eighties" => 8,
            _ => 9,
        };
        if (m.Groups["cw"].Success)
        {
            var c = m.Groups["cw"].Value.ToLowerInvariant() switch { "eighteen" => 18, "nineteen" => 19, _ => 20 };
            return new DecadeForm((c * 100) + (d * 10), 10, CenturyStated: true);
        }

        return new DecadeForm(d * 10, 10, CenturyStated: false);
    }

    private static DateForm? Century(Match m)
    {
        var n = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return n is >= 1 and <= 30 ? new DecadeForm((n - 1) * 100, 100, CenturyStated: true) : null;
    }

    private static DateForm? DayRange(Match m)
    {
        var month = Words.Month(m.Groups["mn"].Value);
        var d1 = Words.Number(m.Groups["d1"].Value);
        var d2 = Words.Number(m.Groups["d2"].Value);
        var joiner = m.Groups["j"].Value.ToLowerInvariant();
        if (month is null || d1 is null || d2 is null || d1 >= d2 || (joiner == "and" && !m.Groups["o"].Value.Equals("between", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var year = YearOf(m.Groups["y"]);
        return new RangeForm(new DayForm(year, month.Value, d1.Value), new DayForm(year, month.Value, d2.Value));
    }

    private static int MonthOffsetOf(string rel) => rel.ToLowerInvariant() switch
    {
        "next" or "following" => 1,
        "last" or "previous" => -1,
        _ => 0,
    };

    private static DateForm? DayRangeOfRelativeMonth(Match m)
    {
        var d1 = Words.Number(m.Groups["d1"].Value);
        var d2 = Words.Number(m.Groups["d2"].Value);
        var joiner = m.Groups["j"].Value.ToLowerInvariant();
        if (d1 is null || d2 is null || d1 >= d2 || (joiner == "and" && !m.Groups["o"].Value.Equals("between", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var k = MonthOffsetOf(m.Groups["rel"].Value);
        return new RangeForm(new DayOfRelativeMonthForm(d1.Value, k), new DayOfRelativeMonthForm(d2.Value, k));
    }

    private static DateForm? DayOfRelativeMonth(Match m)
    {
        var d = Words.Number(m.Groups["d"].Value);
        return d is null or < 1 or > 31 ? null : new DayOfRelativeMonthForm(d.Value, MonthOffsetOf(m.Groups["rel"].Value));
    }

    private static int? OrdinalOf(string word) => word.ToLowerInvariant() switch
    {
        "first" or "1st" => 1,
        "second" or "2nd" => 2,
        "third" or "3rd" => 3,
        "fourth" or "4th" => 4,
        "fifth" or "5th" => 5,
        "last" => -1,
        _ => null,
    };

    private static DateForm? PeriodOf(Match m)
    {
        if (m.Groups["pm"].Success)
        {
            var month = Words.Month(m.Groups["pm"].Value);
            return month is null ? null : new MonthForm(YearOf(m.Groups["py"]), month.Value);
        }

        if (m.Groups["py"].Success)
        {
            return new YearForm(YearOf(m.Groups["py"])!.Value);
        }

        var rel = string.Join(' ', m.Groups["prel"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace("the ", "", StringComparison.Ordinal);
        return new RelativeUnitForm(UnitOf(m.Groups["pu"].Value), MonthOffsetOf(rel));
    }

    private static DateForm? WeekOf(Match m) =>
        OrdinalOf(m.Groups["o"].Value) is { } n && PeriodOf(m) is { } period ? new WeekOfForm(n, period) : null;

    private static DateForm? NthWeekday(Match m) =>
        OrdinalOf(m.Groups["o"].Value) is { } n && Words.Weekday(m.Groups["wd"].Value) is { } wd && PeriodOf(m) is { } period
            ? new NthWeekdayForm(n, wd, period)
            : null;

    private static DateForm? WeekNumber(Match m)
    {
        var n = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (n is < 1 or > 53)
        {
            return null;
        }

        DateForm year = m.Groups["py"].Success ? new YearForm(YearOf(m.Groups["py"])!.Value) : new RelativeUnitForm(DateUnit.Year, 0);
        return new WeekOfForm(n, year);
    }

    private static DateForm? Within(Match m)
    {
        var n = CountOf(m.Groups["n"].Value);
        if (n is null || (!m.Groups["w"].Success && !m.Groups["from"].Success))
        {
            return null; // "for 3 days" alone is a duration
        }

        var from = m.Groups["from"].Value.ToLowerInvariant();
        var start = from.EndsWith("tomorrow", StringComparison.Ordinal) ? 1 : 0;
        return new WithinForm(n.Value, UnitOf(m.Groups["u"].Value), start);
    }

    private static readonly Regex CountUnit = new(@"(?<n>" + Count + @")\s+(?<u>" + Unit + ")", Options, Timeout);

    private static DateForm? CompoundOffset(Match m)
    {
        var sign = m.Groups["dir"].Value.Equals("ago", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
        var parts = new List<OffsetForm>();
        foreach (Match part in CountUnit.Matches(m.Groups["parts"].Value))
        {
            if (CountOf(part.Groups["n"].Value) is not { } n)
            {
                return null;
            }

            parts.Add(new OffsetForm(sign * n, UnitOf(part.Groups["u"].Value)));
        }

        return parts.Count > 1 ? new CompoundOffsetForm(parts) : null;
    }

    private static DateForm? HolidayRule(Match m)
    {
        var name = string.Join(' ', m.Groups["h"].Value.ToLowerInvariant().Replace('’', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var holiday = Holiday.All.FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            ?? Holiday.All.FirstOrDefault(h => h.Name.Replace("'", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal)
                .Equals(name.Replace("'", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
        return holiday is null ? null : new HolidayForm(holiday, YearOf(m.Groups["y"]), ShiftOf(m.Groups["rel"].Value));
    }

    private static DateForm? MonthRange(Match m)
    {
        var m1 = Words.Month(m.Groups["m1"].Value);
        var m2 = Words.Month(m.Groups["m2"].Value);
        var joiner = m.Groups["j"].Value.ToLowerInvariant();
        if (m1 is null || m2 is null || (joiner == "and" && !m.Groups["o"].Value.Equals("between", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var year = YearOf(m.Groups["y"]);
        return new RangeForm(new MonthForm(year is { } y && m1 > m2 ? y - 1 : year, m1.Value), new MonthForm(year, m2.Value));
    }

    private static DateForm? RelativeQuarter(Match m)
    {
        var q = Quarter(m, 3) as QuarterForm;
        var offset = MonthOffsetOf(m.Groups["rel"].Value);
        return q is null ? null : new QuarterOfRelativeYearForm(q.Index, offset);
    }

    private static DateForm? DayOfMonth(Match m)
    {
        var d = Words.Number(m.Groups["d"].Value);
        return d is null ? null : new DayOfMonthForm(d.Value);
    }

    // ---- context checks ------------------------------------------------------------------------

    private static string PreviousWord(string text, int index)
    {
        var j = index - 1;
        while (j >= 0 && (text[j] == ' ' || text[j] == '-'))
        {
            j--;
        }

        var end = j + 1;
        while (j >= 0 && char.IsLetter(text[j]))
        {
            j--;
        }

        return text[(j + 1)..end];
    }

    private static string NextWord(string text, int index)
    {
        var j = index;
        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        var start = j;
        while (j < text.Length && char.IsLetter(text[j]))
        {
            j++;
        }

        return text[start..j];
    }

    private static bool AcceptMonthAlone(Match m, string text)
    {
        // "Feb 30": a month with a number that is no day of it is no date at all.
        if (Regex.IsMatch(text[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 4)], @"^\s*\d", RegexOptions.None, Timeout))
        {
            return false;
        }

        var word = m.Groups["mn"].Value;
        var bare = word.TrimEnd('.');
        var previous = PreviousWord(text, m.Index);
        var cue = YearCues.Contains(previous) || previous.Equals("on", StringComparison.OrdinalIgnoreCase) || previous.Equals("last", StringComparison.OrdinalIgnoreCase)
            || previous.Equals("this", StringComparison.OrdinalIgnoreCase) || previous.Equals("next", StringComparison.OrdinalIgnoreCase);
        if (bare.Equals("may", StringComparison.OrdinalIgnoreCase))
        {
            // "in May", "of May"; never a sentence-initial or modal "may".
            return cue && !previous.Equals("the", StringComparison.OrdinalIgnoreCase) && !previous.Equals("this", StringComparison.OrdinalIgnoreCase) && !previous.Equals("as", StringComparison.OrdinalIgnoreCase)
                && !previous.Equals("and", StringComparison.OrdinalIgnoreCase) && !previous.Equals("or", StringComparison.OrdinalIgnoreCase)
                && !previous.Equals("to", StringComparison.OrdinalIgnoreCase) && !NextWordIsVerbLike(text, m.Index + m.Length);
        }

        if (bare.Equals("march", StringComparison.OrdinalIgnoreCase))
        {
            return (char.IsUpper(bare[0]) || cue) && !previous.Equals("the", StringComparison.OrdinalIgnoreCase) && !previous.Equals("to", StringComparison.OrdinalIgnoreCase);
        }

        if (bare.Length <= 4 && !Words.IsFullMonthName(bare))
        {
            // Abbreviations alone ("Jan", "Sept"): with a dot, a cue or a capital.
            return word.EndsWith('.') || cue || (char.IsUpper(bare[0]) && !bare.All(char.IsUpper));
        }

        return true;
    }

    private static bool AcceptRelativeMonth(Match m, string text)
    {
        // "This may take longer": the modal, not the month.
        var word = m.Groups["mn"].Value;
        if (!word.Equals("may", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var next = NextWord(text, m.Index + m.Length);
        return next.Length == 0 || (char.IsUpper(word[0]) && !NextWordIsVerbLike(text, m.Index + m.Length) && next is not ("or" or "and" or "be" or "not"));
    }

    private static bool NextWordIsVerbLike(string text, int index)
    {
        var next = NextWord(text, index).ToLowerInvariant();
        return next is "be" or "have" or "not" or "also" or "well" or "take" or "get" or "need" or "want" or "ask" or "result" or "email";
    }

    private static bool AcceptWeekday(Match m, string text)
    {
        var word = m.Groups["wd"].Value.TrimEnd('.');
        if (Words.IsFullWeekdayName(word))
        {
            return true;
        }

        // Abbreviations ("Sat", "Sun", "Wed") are ordinary words too: only with a capital and a date
        // or "on" beside them.
        var after = text[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 12)];
        var previous = PreviousWord(text, m.Groups["wd"].Index);
        return char.IsUpper(word[0]) && (Regex.IsMatch(after, @"^\s*,?\s*(?:the\s+)?\d", RegexOptions.CultureInvariant, Timeout)
            || previous.Equals("on", StringComparison.OrdinalIgnoreCase) || m.Groups["rel"].Success);
    }

    private static bool AcceptWeekdayBeforeDay(Match m, string text)
    {
        // "Sat 14th" yes; "sat 3" (a verb and a number) no.
        var word = m.Groups["wd"].Value.TrimEnd('.');
        return Words.IsFullWeekdayName(word) || char.IsUpper(word[0]) || !char.IsAsciiDigit(m.Groups["d"].Value[0]) || m.Groups["d"].Value.Length > 2 || m.Value.Contains("the", StringComparison.OrdinalIgnoreCase);
    }

    private static bool AcceptYear(Match m, string text)
    {
        var y = m.Groups["y"];
        if (m.Value.StartsWith("year", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("the year", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var next = NextWord(text, y.Index + y.Length);
        if (CountNouns.Contains(next))
        {
            return false;
        }

        var afterYear = y.Index + y.Length;
        if (afterYear + 1 < text.Length && text[afterYear] is '\'' or '’' && text[afterYear + 1] is 's' or 'S')
        {
            return true; // "2014's election"
        }

        var previous = PreviousWord(text, y.Index);
        if (YearCues.Contains(previous))
        {
            return true;
        }

        // "…, 2014." after a date-like word is handled by the date rules; a lone number is a quantity.
        return false;
    }

    private static bool AcceptDecade(Match m, string text)
    {
        // "in their 70s" is an age.
        return !Possessive.IsMatch(text[Math.Max(0, m.Index - 24)..m.Index]);
    }

    private static bool AcceptDecadeDigits(Match m, string text)
    {
        if (!AcceptDecade(m, text))
        {
            return false;
        }

        // "70s" alone could be temperatures or ages: a two-digit decade needs "the" or an apostrophe.
        return m.Groups["c"].Success || m.Value.StartsWith("the", StringComparison.OrdinalIgnoreCase) || m.Value.Contains('\'', StringComparison.Ordinal)
            || m.Value.Contains('’', StringComparison.Ordinal) || YearCues.Contains(PreviousWord(text, m.Index));
    }

    /// <summary>Which kinds of date word a text holds: one pass over its words, so that most patterns can be skipped.</summary>
    private static Needs Present(string text)
    {
        var present = Needs.None;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                present |= Needs.Digit;
                i++;
                continue;
            }

            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            var word = text[start..i];
            present |= Words.Month(word) is not null ? Needs.Month : Needs.None;
            present |= Words.Weekday(word) is not null ? Needs.Weekday : Needs.None;
            present |= UnitWords.Contains(word) ? Needs.Unit : Needs.None;
            present |= HolidayWords.Contains(word) ? Needs.Holiday : Needs.None;
        }

        return present;
    }

    private static readonly HashSet<string> UnitWords = new(
        ["day", "days", "week", "weeks", "weekend", "weekends", "fortnight", "fortnights", "month", "months", "quarter", "quarters", "year", "years", "decade", "decades"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> HolidayWords = new(
        Holiday.All.Select(h => new string(h.Name.TakeWhile(char.IsLetter).ToArray())), StringComparer.OrdinalIgnoreCase);

    /// <summary>What a pattern needs in a text before it is worth running.</summary>
    [Flags]
    private enum Needs
    {
        None = 0,
        Digit = 1,
        Month = 2,
        Weekday = 4,
        Unit = 8,
        Holiday = 16,
    }

    /// <summary>One pattern, the form it builds, and an optional context check.</summary>
    private sealed class Rule(string pattern, Func<Match, DateForm?> build, Func<Match, string, bool>? accept = null, Needs needs = Needs.None)
    {
        public Regex Pattern { get; } = new(pattern, Options, Timeout);

        /// <summary>What the text must hold for the pattern to have any chance; checked before the scan.</summary>
        public Needs Needs { get; } = needs;

        public Func<Match, DateForm?> Build { get; } = build;

        public bool Accept(Match m, string text) => accept?.Invoke(m, text) ?? true;
    }
}
