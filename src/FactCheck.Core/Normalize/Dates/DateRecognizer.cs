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
public static partial class DateRecognizer
{
    // Interpreted on purpose: the patterns are built from the word lists at start-up, and compiling
    // them costs seconds of JIT on first use, more than a whole run of interpreted matching.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly TimeSpan Timeout = PatternBudget.Time;

    private static readonly DateVocabulary Words = DateVocabulary.Instance;

    private static readonly HashSet<string> YearCues = Lexicon.Set("date-year-cues");

    private static readonly HashSet<string> CountNouns = Lexicon.Set("date-count-nouns");

    private static readonly HashSet<string> QuarterCues = Lexicon.Set("date-quarter-cues");

    private static readonly string M = Words.MonthPattern;
    private static readonly string W = Words.WeekdayPattern;
    private static readonly string DayDigits = @"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d:%]|[.,]\d)";
    private static readonly string D = $"(?:{DayDigits}|{Words.NumberWordPattern})";
    private static readonly string YearDigits = @"(?:1[0-9]\d\d|20\d\d)(?![\d%])";
    private static readonly string Y = $"(?:{YearDigits}|{YearWords.Pattern})";
    private static readonly string Count = $@"(?:\d{{1,3}}|{Words.NumberWordPattern}|an?|a\s+few|few|a\s+couple\s+of|couple\s+of|several)";
    private static readonly string Unit = @"(?:day|week|fortnight|month|quarter|year|decade)";
    // Static fields initialise in file order, and across the partial files in no fixed order: every
    // field built from another lives in this file, below what it uses.
    private static readonly Regex CountUnit = new(@"(?<n>" + Count + @")\s+(?<u>" + Unit + ")", Options, Timeout);
    private static readonly string Ordinal = @"(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)";
    private static readonly string Period = $@"(?:(?<pm>{M})(?:\s*,?\s*(?<py>{Y}))?|(?<py>{Y})|(?<prel>this|next|last|previous|the\s+following|the\s+next|the\s+previous|current)\s+(?<pu>month|year))";
    private static readonly string Holidays = "(?:" + string.Join("|", Holiday.All.Select(h => h.Name).OrderByDescending(n => n.Length)
        .Select(n => Regex.Escape(n).Replace("'", "['’]?", StringComparison.Ordinal).Replace(@"\ ", @"\s+", StringComparison.Ordinal).Replace(@"\.", @"\.?", StringComparison.Ordinal))) + ")";

    private static readonly Rule[] Rules =
    [
        // 2025-07-01, 2016/11/07, 2015.5.13
        new(@"(?<![\w.]|\d[-/])(?<y>" + YearDigits + @")(?<s>[-/.])(?<m>\d{1,2})\k<s>(?<d>\d{1,2})(?!\d|[./]\d)", m => Day(m, "y", "m", "d"), needs: Needs.Digit, starts: "<digit>", digits: new(4, 4, "-/.")),

        // 2019-aug-01, 2019/Sep/23
        new(@"(?<![\w])(?<y>" + YearDigits + @")[-/](?<mn>" + M + @")[-/](?<d>\d{1,2})(?!\d)", m => Day(m, "y", "mn", "d"), needs: Needs.Month, cues: "<year-digits>"),

        // 05-Aug-2016, 22/Jan/2019
        new(@"(?<![\w])(?<d>\d{1,2})[-/](?<mn>" + M + @")[-/](?<y>" + YearDigits + ")", m => Day(m, "y", "mn", "d"), needs: Needs.Month, cues: "<year-digits>", starts: "<digit>", digits: new(1, 2, "-/")),

        // 20161016 (only a valid calendar day with a plausible year)
        new(@"(?<![\w.])(?<y>(?:19|20)\d\d)(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])(?![\w])", m => Day(m, "y", "m", "d"), needs: Needs.Digit, starts: "<digit>", digits: new(8, 8)),

        // 07/01/2025 (US order; day first when the first number cannot be a month), 21-04-16, 13.5.2015
        new(@"(?<![\w.]|\d[/.])(?<a>\d{1,2})(?<s>[/.\-])(?<b>\d{1,2})\k<s>(?<y>\d{4}|\d{2})(?!\d|[./]\d)", NumericDate, needs: Needs.Digit, starts: "<digit>", digits: new(1, 2, "/.-") { SeparatorTwice = true }),
        new(@"(?<![\w.]|\d[/.])(?<a>\d{1,2})/(?<b>\d{1,2}),(?<y>\d{4}|\d{2})(?!\d)", NumericDate, needs: Needs.Digit, starts: "<digit>", digits: new(1, 2, "/")),

        // 4/22, and 4-22 / 4.22 after "on" or "in" (elsewhere they are scores, times or decimals)
        new(@"(?<![\w.$/:]|\d[-/.])(?<a>0?[1-9]|1[0-2])/(?<b>0?[1-9]|[12]\d|3[01])(?![\d/%]|\.\d|:|\s+of\b)", NumericMonthDay, AcceptSlashMonthDay, needs: Needs.Digit, starts: "<digit>", digits: new(1, 2, "/") { Month = true }),
        new(@"(?<=\b(?:on|in|this|next|" + W + @")\s+)(?<a>0?[1-9]|1[0-2])[-.](?<b>0?[1-9]|[12]\d|3[01])(?![\d/%:.\-]|\s*(?:am|pm|a\.m|p\.m|percent|per\s+cent|points?|million|billion|trillion|times|years?|months?|weeks?|days?|hours?|minutes?|km|miles?|metres?|meters?)\b)", NumericMonthDay, needs: Needs.Digit, starts: "<digit>", digits: new(1, 2, "-.") { Month = true, AfterSpace = true }),

        // 2015-3, 2016/11, 3/2015, 11 - 2016
        new(@"(?<![\w.\-/])(?<y>(?:19|20)\d\d)\s?(?<s>[-/.])\s?(?<m>0?[1-9]|1[0-2])(?![\d]|[-/.]\d|\s+(?:season|fiscal|school|academic|financial)\b)", m => MonthOf(m, "y", "m"), needs: Needs.Digit, starts: "<digit>", digits: new(4, 4, "-/.") { SpaceBeforeNext = true }),
        new(@"(?<![\w.\-/:])(?<m>0?[1-9]|1[0-2])\s?[-/]\s?(?<y>(?:19|20)\d\d)(?![\d]|[-/.]\d)", m => MonthOf(m, "y", "m"), needs: Needs.Digit, starts: "<digit>", digits: new(1, 2, "-/") { Month = true, SpaceBeforeNext = true }),

        // 1 July 2025, the 09th of May, second of Aug., 16. Nov. 2016, 15 April of 87
        new(@"(?<![\w$.,]|\$\s)(?:the\s+)?(?<d>" + D + @")(?:\s+day)?(?:\s*of\s+|\.?\s*|-)(?<mn>" + M + @")(?![\w])(?:(?:\s*,\s*|\s+|-)(?:of\s+|in\s+)?(?<y>" + Y + @"|'\d\d)|\s+of\s+(?<y>\d\d)(?!\d))?(?![\w])", DayMonthName, needs: Needs.Month, cues: "<any-digit> <number>", starts: "the <digit> <number>", digits: DigitRun.DayOfMonth, afterThe: "<digit> <number>", then: "<month>", within: 6),

        // July 1, 2025; Oct. 2; October2; Jan-1; May twenty-first; Dec. 31 , 1994; june the 28th 2020
        new(@"(?<![\w])(?<mn>" + M + @")\s*[-\s]?\s*(?:the\s+)?(?<d>" + D + @")(?![\w])(?:(?:\s*,\s*|\s+|-)(?:of\s+|in\s+)?(?<y>" + Y + @"|'\d\d)(?![\w]))?", MonthNameDay, needs: Needs.Month, starts: "<month>", then: "<digit> <number>", within: 3, quick: MonthAndDay),
        new(@"(?<![\w])(?<mn>" + M + @")\s*,\s*(?<d>\d{1,2}(?:st|nd|rd|th))(?![\w])", MonthNameDay, needs: Needs.Month, cues: "<any-digit>", starts: "<month>", then: "<digit>", within: 2, thenNext: true, thenDigits: DigitRun.Ordinal(2)),

        // February 2022, April of 1987, Dec/2018, August '99, June of 1992
        new(@"(?<![\w])(?<mn>" + M + @")(?:\s*,\s*|\s+(?:of\s+|in\s+)?|\s*/\s*|-)(?<y>" + Y + @"|'\d\d)(?![\w])", MonthNameYear, needs: Needs.Month, cues: "<any-digit> " + YearWords.CueWords, starts: "<month>", then: "<digit> <number>", within: 3, thenDigits: DigitRun.Year),
        new(@"(?<![\w])(?<mn>" + M + @")\s+(?:of\s+)?(?<y>[5-9]\d)(?![\w])", MonthNameYear, needs: Needs.Month, cues: "<any-digit>", starts: "<month>", then: "<digit>", thenNext: true, thenDigits: new(2, 2) { FirstDigits = "56789" }),

        // 2017 april, 2016, nov
        new(@"(?<![\w$.,])(?<y>" + YearDigits + @")\s*,?\s*(?<mn>" + M + @")(?![\w])(?!\s*\d)", YearMonthName, needs: Needs.Month, cues: "<year-digits>", starts: "<digit>", digits: new(4, 4)),

        // June (alone)
        new(@"(?<![\w])(?<mn>" + M + @")(?![\w])", MonthAlone, AcceptMonthAlone, needs: Needs.Month, starts: "<month>", quick: LoneMonth),

        // Q1 2019, 2019 Q1, 2019-Q1, the third quarter of 2020, first quarter of 2013, 2019 H2
        new(@"(?<![\w])q(?<q>[1-4])(?:\s+(?:of\s+)?(?<y>" + Y + "))?(?![\\w])", m => Quarter(m, 3), needs: Needs.Digit, cues: "q", starts: "q"),
        new(@"(?<![\w])(?<y>" + YearDigits + @")\s*-?\s*q(?<q>[1-4])(?![\w])", m => Quarter(m, 3), needs: Needs.Digit, cues: "<year-digits>; q", starts: "<digit>", digits: new(4, 4)),
        new(@"(?<![\w])(?:the\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+(?:of\s+)?(?<y>" + Y + @"))?(?![\w])", m => Quarter(m, 3), AcceptQuarter, needs: Needs.Unit, cues: "quarter", starts: "the first second third fourth <digit>", digits: DigitRun.Ordinal(1), afterThe: "first second third fourth <digit>"),
        new(@"(?<![\w])(?<y>" + YearDigits + @")\s*-?\s*h(?<q>[12])(?![\w])", m => Quarter(m, 6), needs: Needs.Digit, cues: "<year-digits>; h", starts: "<digit>", digits: new(4, 4)),
        new(@"(?<![\w])h(?<q>[12])\s+(?<y>" + Y + ")", m => Quarter(m, 6), cues: "h", starts: "h"),

        // the first half of 2027, the second half of next year; a half with no year is a match's ("scored in the first half")
        new(@"(?<![\w])(?:the\s+)?(?<q>first|second|1st|2nd)\s+half\s+of\s+(?<y>" + Y + @")(?![\w])", m => Quarter(m, 6), needs: Needs.Digit, cues: "half", starts: "the first second <digit>", afterThe: "first second <digit>"),
        new(@"(?<![\w])(?:the\s+)?(?<q>first|second|1st|2nd)\s+half\s+of\s+(?<rel>the|this|next|last|previous|following)\s+year(?![\w])", m => RelativeQuarter(m, 6), needs: Needs.Unit, cues: "half", starts: "the first second <digit>", afterThe: "first second <digit>"),

        // weekdays: Tuesday, last Friday, this past Wednesday, next Monday
        new(@"(?<![\w])(?:(?<rel>this\s+past|this\s+coming|this\s+upcoming|this|next|last|previous|coming|upcoming|past|following)\s+)?(?<wd>" + W + @")(?![\w]|['’](?![sS](?![\w])))", WeekdayRule, AcceptWeekday, needs: Needs.Weekday, starts: "<weekday> this next last previous coming upcoming past following", quick: LoneWeekday),

        // Friday the 22nd, Mon 13th, Monday 21
        new(@"(?<![\w])(?<wd>" + W + @")\s*,?\s+(?:the\s+)?(?<d>" + D + @")(?![\w:\-.]|\.\d|\s*(?:am|pm|a\.m|p\.m|o'?clock)\b)", WeekdayDay, AcceptWeekdayBeforeDay, needs: Needs.Weekday, starts: "<weekday>", then: "<digit> <number>", within: 3, thenNext: true),

        // Tuesday of next week, Wednesday last week; next week Wednesday; this week Monday
        new(@"(?<![\w])(?<wd>" + W + @")\s+(?:of\s+(?:the\s+)?)?(?<rel>this|next|last|following|previous|coming)\s+week(?![\w]|['’]s)", WeekdayOfWeek, needs: Needs.Weekday, cues: "week", starts: "<weekday>"),
        new(@"(?<![\w])(?<rel>this|next|last|following|previous|coming)\s+week(?:'s)?\s+(?:on\s+)?(?<wd>" + W + @")(?![\w])", WeekdayOfWeek, needs: Needs.Weekday, cues: "week"),

        // today, tomorrow, yesterday, the day after tomorrow
        new(@"(?<![\w])(?:(?<n2>the\s+day\s+after\s+(?:tomorrow|tmrw))|(?<m2>the\s+day\s+before\s+yesterday)|(?<z>today|tonight|tonite)|(?<p1>tomorrow|tmrw|tmr)|(?<m1>yesterday))(?![\w])", RelativeDay, cues: "today tonight tonite tomorrow tmrw tmr yesterday", starts: "the today tonight tonite tomorrow tmrw tmr yesterday"),

        // this morning, this evening, last night: tried only where both words of one stand in the text
        new(@"(?<![\w])(?:(?<z>this\s+(?:morning|afternoon|evening))|(?<m1>last\s+night))(?![\w])", RelativeDay, cues: "this last; morning afternoon evening night", starts: "this last"),

        // two days ago, three weeks from now, 2 days after today, two days before yesterday
        new(@"(?<![\w])(?<n>" + Count + @")\s+(?<u>" + Unit + @")s?\s+(?<dir>ago|from\s+now|hence|from\s+today|after\s+today|before\s+today|from\s+tomorrow|from\s+tmrw|after\s+tomorrow|before\s+yesterday|from\s+yesterday|after\s+yesterday)(?![\w])", Offset, needs: Needs.Unit, cues: "ago hence from after before", starts: "<digit> <number> a an few couple several", digits: new(1, 3, "", Space: true), afterArticle: "few couple day days week weeks fortnight fortnights month months quarter quarters year years decade decades"),

        // in three weeks, in a fortnight
        new(@"(?<![\w])in\s+(?:about\s+|around\s+|roughly\s+)?(?<n>" + Count + @")\s+(?<u>" + Unit + @")s?(?:['’]s?\s+time)?(?![\w])", InOffset, needs: Needs.Unit, starts: "in"),
        new(@"(?<![\w])in\s+a\s+fortnight(?:['’]s?\s+time)?(?![\w])", _ => new OffsetForm(14, DateUnit.Day, FutureOnly: true), needs: Needs.Unit, cues: "fortnight", starts: "in"),

        // last month, this week, next year, the coming week, the week after next
        new(@"(?<![\w])(?<rel>this|next|last|past|previous|coming|upcoming|following|current|the\s+current|the\s+coming|the\s+following|the\s+past|the\s+previous|the\s+next|the\s+last|this\s+coming|this\s+past)\s+(?:calendar\s+|working\s+|work\s+|business\s+)?(?<u>week|weekend|month|year|quarter|decade|fortnight)(?![\w'’])", RelativeUnit, needs: Needs.Unit, cues: "this next last past previous coming upcoming following current; week weekend month year quarter decade fortnight", starts: "this next last past previous coming upcoming following current the", afterThe: "current coming following past previous next last", then: "day days week weeks weekend fortnight fortnights month months quarter quarters year years decade decades", within: 4, quick: RelativeUnitWord),
        new(@"(?<![\w])the\s+(?<u>week|weekend|month|year)\s+after\s+(?:the\s+)?next(?![\w])", m => new RelativeUnitForm(UnitOf(m.Groups["u"].Value), 2), needs: Needs.Unit, cues: "after; next", starts: "the", afterThe: "week weekend month year"),

        // last three months, the next 2 days, past few days
        new(@"(?<![\w])(?:the\s+)?(?<rel>last|past|previous|next|coming|following|upcoming)\s+(?<n>" + Count + @")\s*(?<u>" + Unit + @")s?(?![\w])", SpanFromReference, needs: Needs.Unit, cues: "last past previous next coming following upcoming", starts: "the last past previous next coming following upcoming", afterThe: "last past previous next coming following upcoming", countNext: true),

        // this September, last June, next june
        new(@"(?<![\w])(?<rel>this|next|last)\s+(?<mn>" + M + @")(?![\w])", RelativeMonth, AcceptRelativeMonth, needs: Needs.Month, cues: "this next last", starts: "this next last"),

        // 2014 (a year only where the context says it is one)
        new(@"(?<![\w$€£.,/\-:])(?:the\s+year\s+|year\s+)?(?<y>" + Y + @")(?![\w]|[.,]\d|\s*[-/]\s*\d)", YearAlone, AcceptYear, cues: "<year-digits> " + YearWords.CueWords, starts: "the year <digit> <number>", digits: new(4, 4), afterThe: "year"),

        // 2014-2018, 2014 to 2018, 2014-15
        new(@"(?<![\w$€£.,/\-:])(?<a>" + YearDigits + @")\s*(?:-|–|~|to|through|until|till)\s*(?<b>" + YearDigits + @"|\d\d(?![\d%]))(?![\w\-/])", YearRange, needs: Needs.Digit, cues: "<year-digits>", starts: "<digit>", digits: new(4, 4)),

        // the 1990s, the '90s, 1970's, the seventies, the nineteen seventies, 21st century
        new(@"(?<![\w])(?:the\s+)?(?:(?<c>1\d|20)(?<d>\d)0|['’](?<d>\d)0|(?<d>[1-9])0)['’]?s(?![\w])", Decade, AcceptDecadeDigits, needs: Needs.Digit, cues: "<decade-digits>"),
        new(@"(?<![\w])(?:the\s+)?(?:(?<cw>nineteen|eighteen|twenty)\s+)?(?<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![\w])", DecadeWords, AcceptDecade, cues: "twenties thirties forties fifties sixties seventies eighties nineties", starts: "the <number> twenties thirties forties fifties sixties seventies eighties nineties", afterThe: "<number> twenties thirties forties fifties sixties seventies eighties nineties"),
        new(@"(?<![\w])(?:the\s+)?(?<n>\d{1,2})(?:st|nd|rd|th)\s+century(?![\w])", m => Century(m), needs: Needs.Digit, cues: "century", starts: "the <digit>", digits: DigitRun.Ordinal(2), afterThe: "<digit>"),

        // between 3 and 12 of Sept, 9 to 12 of June, from 4 to 22 January, 1995, between the ninth and the seventeenth of april
        new(@"(?<![\w$.,])(?:(?<o>from|between)\s+)?(?:the\s+)?(?<d1>" + D + @")\s*(?<j>-|–|to|through|thru|till|until|and)\s*(?:the\s+)?(?<d2>" + D + @")(?:\s+of|\s*,)?\s+(?<mn>" + M + @")(?![\w])(?:(?:\s*,\s*|\s+)(?:of\s+|in\s+)?(?<y>" + Y + "))?", DayRange, needs: Needs.Month, cues: "<any-digit> <number>", starts: "from between the <digit> <number>", digits: DigitRun.DayOfMonth, afterThe: "<digit> <number>", then: "<month>", within: 12),

        // November 19-20, April 9th through 17th, from Oct. 2 to 22, 2025
        new(@"(?<![\w])(?:(?<o>from|between)\s+)?(?<mn>" + M + @")\s*(?:the\s+)?(?<d1>" + D + @")\s*(?<j>-|–|to|through|thru|till|until|and)\s*(?:the\s+)?(?<d2>" + D + @")(?![\w])(?!\s*" + M + @")(?:(?:\s*,\s*|\s+)(?:of\s+|in\s+)?(?<y>" + Y + "))?", DayRange, needs: Needs.Month, starts: "<month> from between", then: "<digit> <number>", within: 4, secondWithin: 8),
        new(@"(?<![\w])(?<mn>" + M + @")\s+(?<o>between)\s+(?:the\s+)?(?<d1>" + D + @")\s+(?<j>and)\s+(?:the\s+)?(?<d2>" + D + @")(?![\w])", DayRange, needs: Needs.Month, cues: "between", starts: "<month>"),

        // from 4 to 22 this month, 4-23 in next month
        new(@"(?<![\w$.,])(?:(?<o>from|between)\s+)?(?:the\s+)?(?<d1>" + DayDigits + @")\s*(?<j>-|–|to|till|until|and)\s*(?:the\s+)?(?<d2>" + DayDigits + @")\s+(?:of\s+|in\s+)?(?:the\s+)?(?<rel>this|next|last|previous|following)\s+month(?![\w])", DayRangeOfRelativeMonth, needs: Needs.Digit, cues: "month", starts: "from between the <digit>", digits: DigitRun.DayOfMonth, afterThe: "<digit>"),

        // the 20th of next month, the 15th day of next month, the twenty-sixth day of the month
        new(@"(?<![\w])(?:the\s+)?(?<d>" + D + @")(?:\s+day)?\s+of\s+(?:(?<rel>this|next|last|previous|current|following)|the)\s+month(?![\w])", DayOfRelativeMonth, needs: Needs.Unit, cues: "month", starts: "the <digit> <number>", digits: DigitRun.DayOfMonth, afterThe: "<digit> <number>", then: "month", within: 8),

        // the first week of June, the last week of 2016, the third week next year
        new(@"(?<![\w])(?:the\s+)?(?<o>" + Ordinal + @")\s+week\s+(?:of\s+|in\s+)?(?:the\s+)?" + Period + @"(?![\w])", WeekOf, needs: Needs.Unit, cues: "week", starts: "the first second third fourth fifth last <digit>", digits: DigitRun.Ordinal(1), afterThe: "first second third fourth fifth last <digit>"),

        // the first Monday of June, the second Monday of next month
        new(@"(?<![\w])(?:the\s+)?(?<o>" + Ordinal + @")\s+(?<wd>" + W + @")\s+(?:of|in)\s+(?:the\s+)?" + Period + @"(?![\w])", NthWeekday, needs: Needs.Weekday, starts: "the first second third fourth fifth last <digit>", digits: DigitRun.Ordinal(1), afterThe: "first second third fourth fifth last <digit>"),

        // week 31, week 3 of 2027
        new(@"(?<![\w])(?:the\s+)?week\s+(?<n>\d{1,2})(?:\s+of\s+(?<py>" + Y + @"))?(?![\w:]|\s*[-/]\d)", WeekNumber, needs: Needs.Digit, cues: "week", starts: "the week", afterThe: "week", then: "<digit>", thenNext: true, thenDigits: new(1, 2)),

        // earlier this month, later this week, later in the year, the rest of the month
        new(@"(?<![\w])(?<p>earlier|later)\s+(?:this|in\s+the|the)\s+(?<u>week|month|year)(?![\w])", m => new UnitAroundReferenceForm(UnitOf(m.Groups["u"].Value), m.Groups["p"].Value.Equals("later", StringComparison.OrdinalIgnoreCase)), needs: Needs.Unit, cues: "earlier later", starts: "earlier later"),
        new(@"(?<![\w])(?:the\s+)?rest\s+(?:of\s+)?(?:the\s+|my\s+|this\s+|current\s+)?(?<u>week|month|year)(?![\w])", m => new UnitAroundReferenceForm(UnitOf(m.Groups["u"].Value), true) { WithinHalf = false }, needs: Needs.Unit, cues: "rest", starts: "the rest", afterThe: "rest"),

        // within 5 days, less than 2 weeks from today, for 3 days from today
        new(@"(?<![\w])(?:(?<w>within|in\s+less\s+than|less\s+than)|for)\s+(?:the\s+(?:next|upcoming|coming)\s+)?(?<n>" + Count + @")\s+(?<u>" + Unit + @")s?(?:\s+(?<from>from\s+today|from\s+now|after\s+today|after\s+tomorrow|from\s+tomorrow))?(?![\w])", Within, needs: Needs.Unit, cues: "within less for", starts: "within in less for"),

        // 4 weeks in the future, the 5 upcoming years, 10 previous weeks
        new(@"(?<![\w])(?<n>" + Count + @")\s+(?<u>" + Unit + @")s?\s+in\s+the\s+future(?![\w])", m => CountOf(m.Groups["n"].Value) is { } n ? new SpanFromReferenceForm(UnitOf(m.Groups["u"].Value), n, true) : null, needs: Needs.Unit, cues: "future", starts: "<digit> <number> a an few couple several", digits: new(1, 3, "", Space: true), afterArticle: "few couple day days week weeks fortnight fortnights month months quarter quarters year years decade decades"),
        new(@"(?<![\w])(?<n>" + Count + @")\s+(?<rel>upcoming|next|coming|following|past|previous|last)\s+(?<u>" + Unit + @")s?(?![\w])", SpanFromReference, needs: Needs.Unit, cues: "upcoming next coming following past previous last", starts: "<digit> <number> a an few couple several", digits: new(1, 3, "", Space: true), afterArticle: "few couple upcoming next coming following past previous last", then: "day days week weeks weekend fortnight fortnights month months quarter quarters year years decade decades", within: 7),

        // 2 years 1 month 21 days ago, 2 weeks and 2 days ago
        new(@"(?<![\w])(?<parts>" + Count + @"\s+" + Unit + @"s?(?:(?:\s*,\s*|\s+)(?:and\s+)?" + Count + @"\s+" + Unit + @"s?)+)\s+(?<dir>ago|from\s+now|hence)(?![\w])", CompoundOffset, needs: Needs.Unit, cues: "ago hence from", starts: "<digit> <number> a an few couple several", digits: new(1, 3, "", Space: true), afterArticle: "few couple day days week weeks fortnight fortnights month months quarter quarters year years decade decades"),

        // Christmas, Easter 2018, last Thanksgiving
        new(@"(?<![\w])(?:(?<rel>last|next|previous|following|this|coming)\s+)?(?<h>" + Holidays + @")(?:\s+(?<y>" + Y + @"))?(?![\w])", HolidayRule, AcceptHoliday, needs: Needs.Holiday),

        // June next year, May last year
        new(@"(?<![\w])(?<mn>" + M + @")\s+(?<rel>next|last|this)\s+year(?![\w])", RelativeMonth, needs: Needs.Month, cues: "next last this; year", starts: "<month>"),

        // from March to May, between August and October 2018
        new(@"(?<![\w])(?<o>from|between)\s+(?<m1>" + M + @")\s+(?<j>to|and|until|till|through)\s+(?<m2>" + M + @")(?![\w])(?:\s+(?:of\s+|in\s+)?(?<y>" + Y + "))?", MonthRange, needs: Needs.Month, cues: "from between", starts: "from between"),

        // over the weekend, on the weekend
        new(@"(?<![\w])(?:(?<=\b(?:over|on|at|during|for|this)\s+)the\s+|(?<=\b(?:on|at|over)\s+))weekend(?![\w])", _ => new WeekendForm(), needs: Needs.Unit, cues: "weekend", starts: "the weekend", afterThe: "weekend"),

        // the weekend of Halloween, Labor Day weekend, Thanksgiving 2023 weekend
        new(@"(?<![\w])(?:the\s+)?weekend\s+of\s+(?<h>" + Holidays + @")(?:\s+(?<y>" + Y + @"))?(?![\w])", m => HolidayRule(m) is HolidayForm h ? h with { Weekend = true } : null, needs: Needs.Holiday, starts: "the weekend", afterThe: "weekend"),
        new(@"(?<![\w])(?<h>" + Holidays + @")(?:\s+(?<y>" + Y + @"))?\s+weekend(?![\w])", m => HolidayRule(m) is HolidayForm h ? h with { Weekend = true } : null, needs: Needs.Holiday),

        // the third quarter of this year, next year's first quarter
        new(@"(?<![\w])(?:the\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?(?:the\s+)?(?<rel>this|next|last|previous|following)\s+year(?![\w])", m => RelativeQuarter(m, 3), needs: Needs.Unit, cues: "quarter", starts: "the first second third fourth <digit>", digits: DigitRun.Ordinal(1), afterThe: "first second third fourth <digit>"),
        new(@"(?<![\w])(?<rel>this|next|last|previous|following)\s+year['’]s\s+(?<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?![\w])", m => RelativeQuarter(m, 3), needs: Needs.Unit, cues: "quarter", starts: "this next last previous following"),

        // on the 15th, for the 27; not "of the seven-member board"
        new(@"(?<=\b(?:on|by|until|since|for|from|of)\s+)the\s+(?<d>" + DayDigits + "|" + Words.NumberWordPattern + @")(?!\s*[\w$%]|-\w)", DayOfMonth, cues: "<any-digit> <number>", starts: "the", afterThe: "<digit> <number>"),
    ];

    // The rules by the kinds of date word a text holds (a Needs value, 0 to 31): those whose needs it meets, in rule order.
    // Most sentences hold no date word, and then only the few rules that need none are looked at.
    private static readonly Rule[][] RulesByNeeds =
        [.. Enumerable.Range(0, 32).Select(present => Rules.Where(r => (r.Needs & (Needs)present) == r.Needs).ToArray())];

    // The patterns that end a stretch of text before a date, each with the words a match can end on (see TrailingWordPattern).
    private static readonly TrailingWordPattern PartBefore = new(
        new(@"(?:(?<![\w])(?:the\s+)?(?<p>early|mid|late)\s*-?\s*|(?<![\w])(?:the\s+|at\s+the\s+)?(?<q>end|beginning|start|middle)\s+of\s+(?:the\s+)?)$", Options, Timeout),
        "early", "mid", "late", "of", "the");

    // A label's date ("best before 30 September", "use by 2 May") is the date itself, no bound.
    private static readonly TrailingWordPattern BoundBefore = new(
        new(@"(?<![\w])(?<b>more\s+than|greater\s+than|since|after|(?<!\bbest[\s-]+)before|until|till|(?<!\buse[\s-]+)by|starting(?:\s+(?:from|on|in))?|beginning(?:\s+(?:on|in))?|no\s+later\s+than|later\s+than|not\s+later\s+than|earlier\s+than|as\s+late\s+as|as\s+early\s+as|prior\s+to|up\s+to|through)\s+$", Options, Timeout),
        "more than", "greater than", "later than", "earlier than", "since", "after", "before", "until", "till", "by", "starting", "starting from",
        "starting on", "starting in", "beginning", "beginning on", "beginning in", "late as", "early as", "prior to", "up to", "through");

    // The patterns that open a stretch of text after a date, each with what a match can open with (see LeadingWordPattern).
    private static readonly LeadingWordPattern BoundAfter = new(
        new(@"^\s*(?:and|or)\s+(?<b>after|later|afterwards|beyond|greater|before|earlier)(?![\w])(?!\s*\d)", Options, Timeout), "", "and", "or");

    private static readonly TrailingWordPattern WeekContainingBefore = new(
        new(@"(?:(?<![\w])(?:the\s+)?week\s+(?:of|beginning|commencing|starting(?:\s+on)?)\s+|(?<![\w])w/c\s+)$", Options, Timeout),
        "of", "beginning", "commencing", "starting", "starting on", "c");

    private static readonly TrailingWordPattern AnchoredOffsetBefore = new(
        new(@"(?<![\w])(?<n>" + Count + @")\s+(?<u>" + Unit + @")s?\s+(?<dir>after|from|before)\s+$", Options, Timeout),
        "after", "from", "before");

    // "a week today", "a fortnight tomorrow", "a week on Sunday": the day that many weeks after the one named (British
    // usage); "a week yesterday" is as far before it. Not "closed for a week on Monday", a stretch begun on Monday.
    private static readonly TrailingWordPattern WeeksOnBefore = new(
        new(@"(?<![\w])(?<!\b(?:for|than|of|in|within|over|under|about|nearly|almost)\s+)(?<n>a|one|two|three)\s+(?<u>week|fortnight)s?\s+(?<on>on\s+)?$", Options, Timeout),
        "week", "weeks", "fortnight", "fortnights", "week on", "weeks on", "fortnight on", "fortnights on");

    private static readonly LeadingWordPattern RangeJoin = new(
        new(@"^\s*(?<j>-|–|—|~|to|through|thru|till|until|and)\s*$", Options, Timeout), "-–—~", "to", "through", "thru", "till", "until", "and");

    private static readonly LeadingWordPattern AndNowAfter = new(
        new(@"^\s*(?:and|to|till|until|through)\s+(?:now|today|current\s+date|the\s+present)(?![\w])", Options, Timeout), "", "and", "to", "till", "until", "through");

    private static readonly TrailingWordPattern NowAndBefore = new(new(@"(?<![\w])between\s+now\s+and\s+$", Options, Timeout), "and");

    private static readonly TrailingWordPattern RangeOpener = new(new(@"(?<![\w])(?<o>from|between)\s+$", Options, Timeout), "from", "between");

    private static readonly TrailingWordPattern Possessive = new(
        new(@"(?<![\w])(?:his|her|their|its|my|your|our)\s+(?:early\s+|mid\s*-?\s*|late\s+)?$", Options, Timeout),
        "his", "her", "their", "its", "my", "your", "our", "early", "mid", "late");

    /// <summary>The end-anchored context patterns, for tests that compare the last-word check with the bare pattern.</summary>
    internal static IReadOnlyList<TrailingWordPattern> TrailingPatterns => [PartBefore, BoundBefore, WeekContainingBefore, AnchoredOffsetBefore, NowAndBefore, RangeOpener, Possessive];

    /// <summary>The start-anchored context patterns, for tests that compare the first-word check with the bare pattern.</summary>
    internal static IReadOnlyList<LeadingWordPattern> LeadingPatterns => [BoundAfter, RangeJoin, AndNowAfter];

    /// <summary>The date expressions in <paramref name="text"/>, in text order, none overlapping.</summary>
    public static IReadOnlyList<DateMention> Recognize(string text) => Recognize(text, gated: true);

    /// <summary>
    /// As <see cref="Recognize(string)"/>; <paramref name="gated"/> false ignores the cue words (every pattern
    /// runs whose kinds of date word the text holds), so that tests can show the cue gates never drop a match.
    /// </summary>
    internal static IReadOnlyList<DateMention> Recognize(string text, bool gated)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Recognize(text, Present(text), gated);
    }

    /// <summary>
    /// As <see cref="Recognize(string)"/> for the sentence at <paramref name="sentence"/> of <paramref name="text"/>, with
    /// offsets into the sentence, which <paramref name="sentenceText"/> gives. A sentence holding no word any pattern needs
    /// is turned away before it is copied out of the text (<paramref name="sentenceText"/> null, no mentions).
    /// </summary>
    public static IReadOnlyList<DateMention> Recognize(string text, TextSpan sentence, out string? sentenceText)
    {
        ArgumentNullException.ThrowIfNull(text);
        sentenceText = null;
        var found = Present(text.AsSpan(sentence.Start, sentence.Length));
        if (!AnyRuleCanMatch(found))
        {
            return [];
        }

        sentenceText = text.Substring(sentence.Start, sentence.Length);
        return Recognize(sentenceText, found, gated: true);
    }

    private static bool AnyRuleCanMatch(TextCues found)
    {
        foreach (var rule in RulesByNeeds[(int)found.Needs])
        {
            if (rule.CanMatch(found.Needs, found.Cues))
            {
                return true;
            }
        }

        return false;
    }

    private static IReadOnlyList<DateMention> Recognize(string text, TextCues found, bool gated)
    {
        var candidates = new List<DateMention>();
        var cues = gated ? found.Cues : UInt128.MaxValue;
        // One list per thread, reused: each rule's matches are read before the next rule's, and nothing here re-enters.
        var matches = matchesBuffer ??= [];
        foreach (var rule in RulesByNeeds[(int)found.Needs])
        {
            if (!rule.CanMatch(found.Needs, cues))
            {
                continue;
            }

            rule.Matches(text, gated ? found.Starts : null, matches);
            foreach (var m in matches)
            {
                var form = m.Match is null ? m.Form : SafeBuild(rule, m.Match, text);
                if (form is not null)
                {
                    candidates.Add(new DateMention(new TextSpan(m.Index, m.Index + m.Length), form));
                }
            }
        }

        if (candidates.Count == 0)
        {
            return []; // most sentences: nothing to settle or combine
        }

        var chosen = LongestFirst(candidates, text.Length);
        chosen = AttachWeekdays(text, chosen);
        // In place, without a closure and an iterator per step: this runs for every sentence holding a date.
        for (var k = 0; k < chosen.Count; k++)
        {
            chosen[k] = WithPart(text, WithAnchoredOffset(text, WithWeekContaining(text, chosen[k])));
        }

        chosen = JoinRanges(text, chosen);
        for (var k = 0; k < chosen.Count; k++)
        {
            chosen[k] = WithBound(text, chosen[k]);
        }

        return chosen;
    }

    [ThreadStatic]
    private static List<Found>? matchesBuffer;

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
        catch (FormatException)
        {
            return null; // \d also takes other scripts' digits ("2025-١٢"), which int.Parse does not read: no date
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

    /// <summary>
    /// A match of a rule: from the pattern (<paramref name="Match"/>, the form still to be built), or from its quick reader
    /// (<paramref name="Form"/> built, null when the rule turns the match away).
    /// </summary>
    private readonly record struct Found(int Index, int Length, Match? Match, DateForm? Form);

    /// <summary>One pattern, the form it builds, and an optional context check.</summary>
    private sealed class Rule(string pattern, Func<Match, DateForm?> build, Func<Match, string, bool>? accept = null, Needs needs = Needs.None, string? cues = null, string? starts = null, DigitRun? digits = null, string? afterThe = null, string? afterArticle = null, string? then = null, int within = 0, int secondWithin = 0, bool thenNext = false, DigitRun? thenDigits = null, bool countNext = false, QuickReader? quick = null)
    {
        private static readonly UInt128 The = CueWords.Groups("the")[0];

        private static readonly UInt128 A = CueWords.Groups("a")[0];

        private static readonly UInt128 An = CueWords.Groups("an")[0];

        private readonly UInt128[] cueGroups = CueWords.Groups(cues);

        private readonly UInt128 startCues = CueWords.Groups(starts).FirstOrDefault();

        // A match that opens at "the" goes on, after white space, with a word holding one of these cues.
        private readonly UInt128 afterTheCues = CueWords.Groups(afterThe).FirstOrDefault();

        // A match that opens at "a" or "an" (a count: "a day", "a few weeks") goes on, after white space, with one of these.
        private readonly UInt128 afterArticleCues = CueWords.Groups(afterArticle).FirstOrDefault();

        // A match goes on, within its next `within` words with a cue, to a word holding one of these ("1 July": a
        // month after the day): a start with none there is not tried (see AnyWithin for words glued together).
        private readonly UInt128 thenCues = CueWords.Groups(then).FirstOrDefault();

        // What a run of digits must be to count as the `then` word ("February 2022": four digits, or two after an apostrophe):
        // "March 3" or "June 30" opens the pattern often and fails every time.
        private readonly DigitRun? thenDigits = thenDigits;

        // The word after the opening one (past "the") must open as a count can ("the last 3 days", "past few weeks"):
        // "last week" and "the next year" open the pattern often and fail every time.
        private readonly bool countNext = countNext;

        // A range's second day ("November 19-20", "from May the 9th to the 17th"): when given, a second word holding one of
        // the `then` cues must stand within the next `secondWithin` words with a cue. Eight covers "from", the month, "the",
        // the first day, a joiner, "the" and a two-word second day ("twenty first").
        private readonly int secondWithin = secondWithin;

        // Only white space, commas and a dot stand between the start word and the `then` word, past an optional "the"
        // ("Friday the 22nd", "July, 4th"): the `then` word is then the next word with a cue, or the one after "the".
        private readonly bool thenNext = thenNext;

        // The same pattern tried only where a match may start: \G pins it to the position given.
        private readonly Regex? anchored = starts is null ? null : new(@"\G(?:" + pattern + ")", Options, Timeout);

        private Regex? scanning;

        // Reads the commonest matches at a start without the pattern (see DateRecognizer.Quick.cs); null where it cannot tell.
        private readonly QuickReader? quick = quick;

        /// <summary>The pattern for a scan of the whole text; built on first use, since rules with start words rarely need it.</summary>
        public Regex Pattern => scanning ??= new(pattern, Options, Timeout);

        /// <summary>
        /// The matches of the pattern in <paramref name="text"/>, as <see cref="Regex.Matches(string)"/> gives them,
        /// put in <paramref name="into"/> (emptied first: one list serves every rule, with no iterator per rule).
        /// A rule that names its start words (every match begins at a word holding one of those cues) is
        /// tried only at those words, with <paramref name="starts"/> from <see cref="Present"/>; else, or
        /// without <paramref name="starts"/>, the whole text is scanned.
        /// </summary>
        public void Matches(string text, List<(int At, UInt128 Cues)>? starts, List<Found> into)
        {
            into.Clear();
            if (anchored is null || starts is null)
            {
                foreach (Match m in Pattern.Matches(text))
                {
                    into.Add(new Found(m.Index, m.Length, m, null));
                }

                return;
            }

            // Leftmost-first, non-overlapping, like Matches: the next try starts where the last match ended.
            var from = 0;
            for (var k = 0; k < starts.Count; k++)
            {
                var (at, wordCues) = starts[k];
                if (at < from || (wordCues & startCues) == UInt128.Zero)
                {
                    continue;
                }

                if (afterTheCues != UInt128.Zero && (wordCues & startCues) == The && !NextWordHolds(text, starts, k, 3, afterTheCues))
                {
                    continue; // "the" and then no word the pattern can go on with: the try would fail
                }

                if (afterArticleCues != UInt128.Zero && ((wordCues & startCues) == A || (wordCues & startCues) == An)
                    && !NextWordHolds(text, starts, k, (wordCues & startCues) == A ? 1 : 2, afterArticleCues))
                {
                    continue; // "a" or "an" and then no word the pattern can go on with
                }

                if (digits is not null && (wordCues & ~CueWords.RunOn) == CueWords.DigitStart && !digits.Admits(text, at))
                {
                    continue; // a run of digits this pattern cannot open with: the try would fail
                }

                // A start at "the" ("the week 31") reads its next word from the word after "the".
                if (thenCues != UInt128.Zero && (thenNext
                    ? !NextHolds(text, starts, (wordCues & startCues) == The ? k + 1 : k, thenCues, thenDigits)
                    : !AnyWithin(starts, k, within, thenCues, text: text, digitsOfThen: thenDigits)))
                {
                    continue; // no word the match must go on to: the try would fail
                }

                if (secondWithin > 0 && !AnyWithin(starts, k, secondWithin, thenCues, needed: 2))
                {
                    continue; // a range with one day word in reach ("on Thursday (May 7)"): the try would fail
                }

                if (countNext && !CountFollows(text, starts, (wordCues & startCues) == The ? k + 1 : k))
                {
                    continue; // "last week": no count after the word, the try would fail
                }

                if (quick?.Invoke(text, at) is { } read)
                {
                    into.Add(new Found(at, read.Length, null, read.Form));
                    from = at + Math.Max(1, read.Length);
                    continue;
                }

                var m = anchored.Match(text, at);
                if (m.Success)
                {
                    into.Add(new Found(m.Index, m.Length, m, null));
                    from = m.Index + Math.Max(1, m.Length);
                }
            }
        }

        /// <summary>
        /// Whether the word at <paramref name="starts"/>[<paramref name="k"/>] ("the", "a", "an": <paramref name="length"/>
        /// letters) is followed by white space (\s+) and then, as the next word with a cue, by a word holding one of
        /// <paramref name="cues"/>.
        /// </summary>
        private static bool NextWordHolds(string text, List<(int At, UInt128 Cues)> starts, int k, int length, UInt128 cues)
        {
            var i = starts[k].At + length;
            if (i >= text.Length || !char.IsWhiteSpace(text[i]))
            {
                return false;
            }

            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            return k + 1 < starts.Count && starts[k + 1].At == i && (starts[k + 1].Cues & cues) != UInt128.Zero;
        }

        /// <summary>
        /// Whether the word at <paramref name="starts"/>[<paramref name="k"/>] is followed by white space and then by what
        /// <c>Count</c> can open with: a digit, a number word, or "a", "an", "few", "couple", "several" (these may run on
        /// into the unit, "afew", "fewdays", so the letters are read, not the cues).
        /// </summary>
        private static bool CountFollows(string text, List<(int At, UInt128 Cues)> starts, int k)
        {
            if (k >= starts.Count)
            {
                return false;
            }

            var i = starts[k].At;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i >= text.Length || !char.IsWhiteSpace(text[i]))
            {
                return false;
            }

            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                return false;
            }

            if (char.IsDigit(text[i]) || text[i] is 'a' or 'A')
            {
                return true;
            }

            var rest = text.AsSpan(i);
            if (rest.StartsWith("few", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("couple", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("several", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            return k + 1 < starts.Count && starts[k + 1].At == i && (starts[k + 1].Cues & CueWords.NumberStart) != UInt128.Zero;
        }

        /// <summary>
        /// Whether the next word with a cue after <paramref name="starts"/>[<paramref name="k"/>], or the one after it when that
        /// is "the", holds one of <paramref name="cues"/>; or, as in <see cref="AnyWithin"/>, whether one of them runs on.
        /// With <paramref name="digitsOfThen"/>, a bare run of digits counts only when it admits it.
        /// </summary>
        private static bool NextHolds(string text, List<(int At, UInt128 Cues)> starts, int k, UInt128 cues, DigitRun? digitsOfThen)
        {
            if (k >= starts.Count || (starts[k].Cues & CueWords.RunOn) != UInt128.Zero)
            {
                return k < starts.Count;
            }

            var j = k + 1;
            if (j < starts.Count && (starts[j].Cues & The) != UInt128.Zero && (starts[j].Cues & (cues | CueWords.RunOn)) == UInt128.Zero)
            {
                j++; // "Friday the 22nd"
            }

            return j < starts.Count && (starts[j].Cues & (cues | CueWords.RunOn)) != UInt128.Zero
                && (digitsOfThen is null || starts[j].Cues != CueWords.DigitStart || digitsOfThen.Admits(text, starts[j].At));
        }

        /// <summary>
        /// Whether <paramref name="needed"/> of the <paramref name="count"/> words with a cue after <paramref name="starts"/>[<paramref name="k"/>] hold one of
        /// <paramref name="cues"/>; or, since what is sought may be glued on ("sevenjan", "21stmay"), whether it or one of them runs on.
        /// </summary>
        /// With <paramref name="digitsOfThen"/>, a bare run of digits counts only when it admits it.
        private static bool AnyWithin(List<(int At, UInt128 Cues)> starts, int k, int count, UInt128 cues, int needed = 1, string? text = null, DigitRun? digitsOfThen = null)
        {
            var found = 0;
            for (var j = k; j < starts.Count && j <= k + count; j++)
            {
                if ((starts[j].Cues & CueWords.RunOn) != UInt128.Zero)
                {
                    return true; // glued words are not counted apart: let the pattern decide
                }

                if (j > k && (starts[j].Cues & cues) != UInt128.Zero
                    && (digitsOfThen is null || starts[j].Cues != CueWords.DigitStart || digitsOfThen.Admits(text!, starts[j].At))
                    && ++found == needed)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>What the text must hold for the pattern to have any chance; checked before the scan.</summary>
        public Needs Needs { get; } = needs;

        /// <summary>Whether the text holds what this rule needs: its kinds of date word and a word of each cue group.</summary>
        public bool CanMatch(Needs present, UInt128 cues)
        {
            if ((Needs & present) != Needs)
            {
                return false;
            }

            foreach (var group in cueGroups)
            {
                if ((group & cues) == UInt128.Zero)
                {
                    return false;
                }
            }

            return true;
        }

        public Func<Match, DateForm?> Build { get; } = build;

        public bool Accept(Match m, string text) => accept?.Invoke(m, text) ?? true;
    }

    /// <summary>
    /// What a pattern needs of a run of digits it opens with (<see cref="Rule"/>'s <c>digits</c>): a length from
    /// <paramref name="MinLength"/> to <paramref name="MaxLength"/> (counted as \d counts, any decimal digit) and, when
    /// <paramref name="Next"/> is given, a character after the run that is one of <paramref name="Next"/> or, with
    /// <paramref name="Space"/>, white space. Checked before the pattern is tried at a run, so it must only turn away
    /// runs where the pattern cannot match (the date gate tests compare with the patterns run unchecked).
    /// </summary>
    private sealed record DigitRun(int MinLength, int MaxLength, string? Next = null, bool Space = false)
    {
        /// <summary>
        /// A day of the month as <see cref="DayDigits"/> reads it: one or two digits from 1 to 31 (01 to 09 too), not before
        /// ':' or '%' or a decimal or thousands separator with a digit after it ("4,200", "20.1", "5:30").
        /// </summary>
        public static DigitRun DayOfMonth { get; } = new(1, 2) { Day = true };

        /// <summary>
        /// An ordinal written in digits ("3rd", "21st"): one to <paramref name="maxLength"/> digits and then the suffix's first
        /// letter (s, n, r, t; the text is all ASCII where the runs are checked). "4)" and "3 million" opened the ordinal patterns
        /// and failed every time.
        /// </summary>
        public static DigitRun Ordinal(int maxLength) => new(1, maxLength, "sSnNrRtT");

        /// <summary>A year as the month-and-year patterns read it: four digits, or two right after an apostrophe ("August '99").</summary>
        public static DigitRun Year { get; } = new(4, 4) { TwoAfterApostrophe = true };

        /// <summary>Whether a run of exactly two digits right after an apostrophe is admitted too.</summary>
        public bool TwoAfterApostrophe { get; init; }

        /// <summary>
        /// Whether the separator after the run must come again after a second run of one or two digits, with a digit after
        /// it ("07/01/2025", not "1.5 million" or "3-2"): the numeric date's \k&lt;s&gt;.
        /// </summary>
        public bool SeparatorTwice { get; init; }

        /// <summary>Whether the run must read as <see cref="DayOfMonth"/>.</summary>
        public bool Day { get; init; }

        /// <summary>Whether the run must be a month as 0?[1-9]|1[0-2] reads it (ASCII digits, 1 to 12): "9.3 million", "20.1".</summary>
        public bool Month { get; init; }

        /// <summary>When given, the digits the run may open with ("June of 87": [5-9]\d).</summary>
        public string? FirstDigits { get; init; }

        /// <summary>Whether the run must follow white space, as a lookbehind ending in \s+ needs ("on 4-22", not "$9.3").</summary>
        public bool AfterSpace { get; init; }

        /// <summary>
        /// Whether one white space may stand between the run and a character of <see cref="Next"/>, as \s?[-/] reads it
        /// ("2015 / 3"; not "3 million").
        /// </summary>
        public bool SpaceBeforeNext { get; init; }

        public bool Admits(string text, int at)
        {
            var end = at;
            while (end < text.Length && char.IsDigit(text[end]))
            {
                end++;
            }

            var length = end - at;
            if (TwoAfterApostrophe && length == 2 && at > 0 && text[at - 1] == '\'')
            {
                return true;
            }

            if (length < MinLength || length > MaxLength)
            {
                return false;
            }

            if ((Day && !CanBeDay(text, at, end)) || (Month && !CanBeMonth(text, at, end))
                || (FirstDigits is not null && !FirstDigits.Contains(text[at], StringComparison.Ordinal))
                || (AfterSpace && !(at > 0 && IsSpace(text[at - 1]))))
            {
                return false;
            }

            if (Next is null)
            {
                return true;
            }

            if (SpaceBeforeNext && end + 1 < text.Length && IsSpace(text[end]))
            {
                end++; // the \s? before the separator
            }

            var admitted = end < text.Length && (Next.Contains(text[end], StringComparison.Ordinal) || (Space && IsSpace(text[end])));
            return admitted && (!SeparatorTwice || SeparatorAgain(text, end));
        }

        // \s is char.IsWhiteSpace; a separator too, to stay on the safe side of it.
        private static bool IsSpace(char c) => char.IsWhiteSpace(c) || char.IsSeparator(c);

        /// <summary>Whether the run from <paramref name="at"/> to <paramref name="end"/> reads as 0?[1-9]|1[0-2].</summary>
        private static bool CanBeMonth(string text, int at, int end) => (end - at) switch
        {
            1 => text[at] is >= '1' and <= '9',
            2 => text[at] == '0' ? text[at + 1] is >= '1' and <= '9' : text[at] == '1' && text[at + 1] is '0' or '1' or '2',
            _ => false,
        };

        /// <summary>Whether one or two digits follow the separator at <paramref name="separator"/>, then the same separator and a digit.</summary>
        private static bool SeparatorAgain(string text, int separator)
        {
            var end = separator + 1;
            while (end < text.Length && char.IsDigit(text[end]))
            {
                end++;
            }

            var length = end - separator - 1;
            return length is 1 or 2 && end + 1 < text.Length && text[end] == text[separator] && char.IsDigit(text[end + 1]);
        }

        /// <summary>
        /// Whether the run from <paramref name="at"/> to <paramref name="end"/> (one or two digits) can be <see cref="DayDigits"/>:
        /// its lookahead (?![\d:%]|[.,]\d) right after the digits, and its value when both digits are ASCII (its [12]\d
        /// also takes another script's digit second, so such a run is let through).
        /// </summary>
        private static bool CanBeDay(string text, int at, int end)
        {
            if (end < text.Length && (text[end] is ':' or '%' || (text[end] is '.' or ',' && end + 1 < text.Length && char.IsDigit(text[end + 1]))))
            {
                return false; // a suffix (st, nd, rd, th) would put a letter here, so the lookahead sees these only without one
            }

            var first = text[at];
            if (end - at == 1)
            {
                return first is >= '1' and <= '9' || !char.IsAsciiDigit(first);
            }

            var second = text[at + 1];
            if (!char.IsAsciiDigit(first) || !char.IsAsciiDigit(second))
            {
                return first is '1' or '2' || !char.IsAsciiDigit(first);
            }

            return first switch
            {
                '0' => second != '0',
                '1' or '2' => true,
                '3' => second is '0' or '1',
                _ => false,
            };
        }
    }

    // Below the rules: the index holds the cue words they registered.
    private static readonly System.Collections.Frozen.FrozenDictionary<string, WordFlags> WordIndex = BuildWordIndex(Words.MonthWords, Words.WeekdayWords);

    // Below the index: which words may be in it, by first letter and length, tested before a word is hashed.
    private static readonly WordShapes WordIndexShapes = new(WordIndex.Keys);

    private static readonly PrefixWord[]?[] PrefixIndex = BuildPrefixIndex(Words.MonthWords, Words.FullMonthNames, Words.WeekdayWords, Words.FullWeekdayNames, Words.SingleNumberWords);
}
