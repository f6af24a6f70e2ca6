using System.Text.RegularExpressions;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Dates;

/// <summary>The context checks that keep ordinary words and numbers ("may", "Sat", "2014 people") from becoming dates.</summary>
public static partial class DateRecognizer
{
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

    private static bool AcceptMonthAlone(Match m, string text) => MonthAloneFits(text, m.Index, m.Length);

    /// <summary>Whether the month word alone at <paramref name="index"/> (the whole match, dot and all) is a month here.</summary>
    private static bool MonthAloneFits(string text, int index, int length)
    {
        var end = index + length;
        var before = PreviousWord(text, index);
        var cued = YearCues.Contains(before) || before.Equals("on", StringComparison.OrdinalIgnoreCase);

        // "Mar-a-Lago": part of a hyphenated name.
        if (end + 1 < text.Length && text[end] == '-' && char.IsLetter(text[end + 1]) && Words.Month(NextWord(text, end + 1)) is null)
        {
            return false; // but "Jan-Feb 2017" is a span of months
        }

        // "June Carter", "Jan Novak": a month word before a capitalised word is a first name, unless a cue says otherwise.
        if (!cued && end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]))
        {
            return false;
        }

        // "Feb 30": a month with a number that is no day of it is no date at all.
        if (SpaceThenDigit(text, end, 4))
        {
            return false;
        }

        var word = text.Substring(index, length);
        var bare = word.TrimEnd('.');
        var previous = PreviousWord(text, index);
        var cue = YearCues.Contains(previous) || previous.Equals("on", StringComparison.OrdinalIgnoreCase) || previous.Equals("last", StringComparison.OrdinalIgnoreCase)
            || previous.Equals("this", StringComparison.OrdinalIgnoreCase) || previous.Equals("next", StringComparison.OrdinalIgnoreCase);
        if (bare.Equals("may", StringComparison.OrdinalIgnoreCase))
        {
            // "in May", "of May"; never a sentence-initial or modal "may".
            return cue && !previous.Equals("the", StringComparison.OrdinalIgnoreCase) && !previous.Equals("this", StringComparison.OrdinalIgnoreCase) && !previous.Equals("as", StringComparison.OrdinalIgnoreCase)
                && !previous.Equals("and", StringComparison.OrdinalIgnoreCase) && !previous.Equals("or", StringComparison.OrdinalIgnoreCase)
                && !previous.Equals("to", StringComparison.OrdinalIgnoreCase) && !NextWordIsVerbLike(text, end);
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

    /// <summary>"a 2/3 majority" is a fraction, not February 3.</summary>
    private static bool AcceptSlashMonthDay(Match m, string text)
    {
        var previous = PreviousWord(text, m.Index);
        return !(previous.Equals("a", StringComparison.OrdinalIgnoreCase) || previous.Equals("an", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"Easter Island": a holiday word that starts a longer name.</summary>
    private static bool AcceptHoliday(Match m, string text)
    {
        var end = m.Index + m.Length;
        return !(end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]) && !m.Groups["y"].Success);
    }

    private static bool NextWordIsVerbLike(string text, int index)
    {
        var next = NextWord(text, index).ToLowerInvariant();
        return next is "be" or "have" or "not" or "also" or "well" or "take" or "get" or "need" or "want" or "ask" or "result" or "email";
    }

    /// <summary>
    /// A quarter with its year is a date; one without is only where its sentence speaks of accounts or plans ("Sales rose 5%
    /// in the third quarter"), since a game or a race has quarters too ("Ashbury's response in the third quarter proved decisive").
    /// </summary>
    private static bool AcceptQuarter(Match m, string text)
    {
        if (m.Groups["y"].Success || text.AsSpan().IndexOfAny("%$£€¥") >= 0)
        {
            return true;
        }

        for (var i = 0; i < text.Length;)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i > start && QuarterCues.Contains(text[start..i]))
            {
                return true;
            }
        }

        return false;
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
        var previous = PreviousWord(text, m.Groups["wd"].Index);
        return char.IsUpper(word[0]) && (DateNumberAfter(text, m.Index + m.Length, 12)
            || previous.Equals("on", StringComparison.OrdinalIgnoreCase) || m.Groups["rel"].Success);
    }

    /// <summary>
    /// Whether the <paramref name="window"/> characters from <paramref name="at"/> open with white space and a digit:
    /// the pattern ^\s*\d on them, as a scan (\s is <see cref="char.IsWhiteSpace(char)"/>, \d <see cref="char.IsDigit(char)"/>).
    /// </summary>
    internal static bool SpaceThenDigit(string text, int at, int window)
    {
        var end = Math.Min(text.Length, at + window);
        var i = SkipSpace(text, at, end);
        return i < end && char.IsDigit(text[i]);
    }

    /// <summary>
    /// Whether the <paramref name="window"/> characters from <paramref name="at"/> open with a day number, as after a
    /// weekday ("Sat, the 14th"): the pattern ^\s*,?\s*(?:the\s+)?\d on them (case-sensitive "the"), as a scan. Only
    /// one place can follow the white space and comma, since neither a digit nor "the" is white space or a comma.
    /// </summary>
    internal static bool DateNumberAfter(string text, int at, int window)
    {
        var end = Math.Min(text.Length, at + window);
        var i = SkipSpace(text, at, end);
        if (i < end && text[i] == ',')
        {
            i = SkipSpace(text, i + 1, end);
        }

        if (i < end && char.IsDigit(text[i]))
        {
            return true;
        }

        if (i + 3 < end && text[i] == 't' && text[i + 1] == 'h' && text[i + 2] == 'e' && char.IsWhiteSpace(text[i + 3]))
        {
            i = SkipSpace(text, i + 3, end);
            return i < end && char.IsDigit(text[i]);
        }

        return false;
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool AcceptWeekdayBeforeDay(Match m, string text)
    {
        // "Sat 14th" yes; "sat 3" (a verb and a number) no.
        var word = m.Groups["wd"].Value.TrimEnd('.');
        var day = m.Groups["d"].Value;
        if (char.IsLetter(day[0]) && m.Index + m.Length < text.Length && text[m.Index + m.Length] == ' '
            && NextWord(text, m.Index + m.Length) is { Length: > 0 } next && char.IsLower(next[0])
            && next != "of" && Words.Month(next) is null)
        {
            return false; // "on Wednesday, the first formal step": an ordinal before its noun, not a day of the month
        }

        if (MonthFollows(text, m.Index + m.Length))
        {
            return false; // "Tuesday 23 June", "Monday the 22nd of June": the day and its month are one date, the weekday another mention of it
        }

        if (char.IsLetter(day[0]) && !IsOrdinalWord(day) && text.AsSpan(m.Index, m.Length).Contains(','))
        {
            return false; // "arrested 23 people on Saturday, nine of whom": a count after the comma, not a day
        }

        return Words.IsFullWeekdayName(word) || char.IsUpper(word[0]) || !char.IsAsciiDigit(day[0]) || day.Length > 2 || m.Value.Contains("the", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a month's name is the next word after <paramref name="index"/>, or the word after "of".</summary>
    private static bool MonthFollows(string text, int index)
    {
        var next = NextWord(text, index);
        if (next.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            var at = index;
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }

            next = NextWord(text, at + next.Length);
        }

        return next.Length > 0 && Words.Month(next) is not null;
    }

    private static bool IsOrdinalWord(string word) =>
        word.EndsWith("st", StringComparison.OrdinalIgnoreCase) || word.EndsWith("nd", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || word.EndsWith("th", StringComparison.OrdinalIgnoreCase);

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
        return !Possessive.Match(text, Math.Max(0, m.Index - 24), m.Index).Success;
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
}
