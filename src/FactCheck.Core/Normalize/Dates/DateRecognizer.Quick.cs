namespace FactCheck.Core.Normalize.Dates;

/// <summary>
/// Hand-written readings of the commonest matches of four patterns ("Thursday", "May", "May 7", "this year"), which
/// succeed thousands of times a pass: there the pattern would run, allocate a match and its groups, and the form would be
/// built from the group strings. Each reader takes only a plain shape it can read exactly as the pattern does (ASCII
/// letters and digits, plain ASCII punctuation around them) and returns null for anything else, so the pattern decides
/// there. The readers run only at start words (<see cref="Present"/> found no non-ASCII letter); the date gate tests
/// compare the gated recognizer, readers and all, with every pattern run over the whole text.
/// </summary>
public static partial class DateRecognizer
{
    /// <summary>What a quick reader read at a start: the match's length, and the form the rule keeps (null when Build,
    /// <see cref="Plausible"/> or the rule's context check turns the match away: it still ends there).</summary>
    private readonly record struct QuickMatch(int Length, DateForm? Form);

    /// <summary>A quick reader: the match at <c>at</c> when the text there has the reader's plain shape, else null.</summary>
    private delegate QuickMatch? QuickReader(string text, int at);

    private static readonly string[] UnitWords = ["week", "weekend", "month", "year", "quarter", "decade", "fortnight"];

    /// <summary>
    /// An ASCII character \w does not take (\w is [A-Za-z0-9_] in ASCII): the patterns' (?&lt;![\w]) before it, or
    /// (?![\w]) after it, hold. Anything else is left to the pattern.
    /// </summary>
    private static bool PlainBoundary(char c) => c < 128 && !char.IsAsciiLetterOrDigit(c) && c != '_';

    /// <summary>Whether the start <paramref name="at"/> has a plain boundary before it (or opens the text).</summary>
    private static bool PlainBefore(string text, int at) => at == 0 || PlainBoundary(text[at - 1]);

    /// <summary>
    /// Whether a name ending at <paramref name="end"/> ends the pattern's word there: the text ends, or a plain boundary
    /// follows that is neither a dot (an abbreviation's or a full name's optional dot) nor an apostrophe (the weekday's
    /// "Friday's").
    /// </summary>
    private static bool PlainAfterName(string text, int end) => end == text.Length || (PlainBoundary(text[end]) && text[end] is not '.' and not '\'');

    private static int LettersEnd(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// "Thursday", a full weekday name alone, for the weekday rule: no "this"/"next" opens it (none of those words is the
    /// start), the abbreviations cannot match (each is followed by a letter of the name, or is not the word), and the full
    /// name then ends at the plain boundary. Built as <see cref="WeekdayRule"/> builds it, and <see cref="AcceptWeekday"/>
    /// takes every full name.
    /// </summary>
    private static QuickMatch? LoneWeekday(string text, int at)
    {
        var end = LettersEnd(text, at);
        if (!PlainBefore(text, at) || !PlainAfterName(text, end) || Words.FullWeekday(text.AsSpan(at, end - at)) is not { } day)
        {
            return null;
        }

        return new QuickMatch(end - at, new WeekdayForm(day, Shift.None));
    }

    /// <summary>
    /// "May", "Sept", a month word alone, for <see cref="MonthAlone"/>: whichever branch of the month pattern reads it, a
    /// match ends where the word ends, before the plain boundary; a shorter name is followed by a letter and fails. The form
    /// is kept when <see cref="MonthAloneFits"/> says so, as <see cref="AcceptMonthAlone"/> does.
    /// </summary>
    private static QuickMatch? LoneMonth(string text, int at)
    {
        var end = LettersEnd(text, at);
        if (!PlainBefore(text, at) || !PlainAfterName(text, end) || Words.Month(text.AsSpan(at, end - at)) is not { } month)
        {
            return null;
        }

        return new QuickMatch(end - at, MonthAloneFits(text, at, end - at) ? new MonthForm(null, month) : null);
    }

    /// <summary>
    /// "May 7", "Sept 30)", "Jan 09." for <see cref="MonthNameDay"/>: a month word, one space, one or two digits that
    /// DayDigits reads as a day (1 to 31, 01 to 09), then the end of the text or ')', ';', '!', '?', '"', ']', or a dot with
    /// no digit after it: no suffix, no year part (it opens with white space, a comma or a hyphen) and no lookahead stops it.
    /// A day the month does not have ("Feb 30") matches and is turned away by <see cref="Plausible"/>.
    /// </summary>
    private static QuickMatch? MonthAndDay(string text, int at)
    {
        var end = LettersEnd(text, at);
        if (!PlainBefore(text, at) || end + 1 >= text.Length || text[end] != ' ' || Words.Month(text.AsSpan(at, end - at)) is not { } month)
        {
            return null;
        }

        var digits = end + 1;
        var stop = digits;
        while (stop < text.Length && char.IsAsciiDigit(text[stop]))
        {
            stop++;
        }

        var day = (stop - digits) switch
        {
            1 => text[digits] - '0',
            2 => ((text[digits] - '0') * 10) + (text[digits + 1] - '0'),
            _ => 0,
        };
        var plainAfter = stop == text.Length || text[stop] is ')' or ';' or '!' or '?' or '"' or ']'
            || (text[stop] == '.' && (stop + 1 == text.Length || !char.IsDigit(text[stop + 1])));
        if (day is < 1 or > 31 || !plainAfter)
        {
            return null;
        }

        var form = new DayForm(null, month, day);
        return new QuickMatch(stop - at, Plausible(form) ? form : null);
    }

    /// <summary>
    /// "this year", "next week", "last month" for <see cref="RelativeUnit"/>: one of the one-word openers, spaces, a unit
    /// word, then a plain boundary that is no apostrophe. The pattern's first opener that fits is that word ("this" comes
    /// before "this coming"), and no "calendar", "working" stands between.
    /// </summary>
    private static QuickMatch? RelativeUnitWord(string text, int at)
    {
        var end = LettersEnd(text, at);
        var offset = text.AsSpan(at, end - at) switch
        {
            var w when w.Equals("this", StringComparison.OrdinalIgnoreCase) || w.Equals("current", StringComparison.OrdinalIgnoreCase) => 0,
            var w when w.Equals("last", StringComparison.OrdinalIgnoreCase) || w.Equals("past", StringComparison.OrdinalIgnoreCase)
                || w.Equals("previous", StringComparison.OrdinalIgnoreCase) => -1,
            var w when w.Equals("next", StringComparison.OrdinalIgnoreCase) || w.Equals("coming", StringComparison.OrdinalIgnoreCase)
                || w.Equals("upcoming", StringComparison.OrdinalIgnoreCase) || w.Equals("following", StringComparison.OrdinalIgnoreCase) => 1,
            _ => (int?)null,
        };
        var unitStart = end;
        while (unitStart < text.Length && text[unitStart] == ' ')
        {
            unitStart++;
        }

        if (offset is null || unitStart == end || !PlainBefore(text, at))
        {
            return null;
        }

        var unitEnd = LettersEnd(text, unitStart);
        if (!(unitEnd == text.Length || (PlainBoundary(text[unitEnd]) && text[unitEnd] != '\'')))
        {
            return null;
        }

        var unit = text.AsSpan(unitStart, unitEnd - unitStart);
        foreach (var word in UnitWords)
        {
            if (unit.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                var following = text.AsSpan(at, end - at).Equals("following", StringComparison.OrdinalIgnoreCase);
                return new QuickMatch(unitEnd - at, new RelativeUnitForm(UnitOf(word), offset.Value, FromContext: following));
            }
        }

        return null;
    }
}
