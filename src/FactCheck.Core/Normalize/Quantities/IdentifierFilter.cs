using System.Globalization;
using FactCheck.Core.Data;

namespace FactCheck.Core.Normalize.Quantities;

/// <summary>
/// Tells numbers that label from numbers that count: years ("in 2014"), days ("May 16"), times
/// ("3 p.m.", "10:30"), phone numbers, codes ("F-16", "A320", "192.168.1.2"), names with a
/// number ("Gate 12", "Boeing 737"), list numbering. Dates are the date extractor's job.
/// </summary>
public static class IdentifierFilter
{
    private static readonly HashSet<string> LabelWords = Lexicon.Set("quantity-identifier-words");
    private static readonly HashSet<string> Months = Lexicon.Set("quantity-months");
    private static readonly PhraseMatcher<bool> TimeWords = new(Lexicon.Entries("quantity-time-words").Select(w => (w, true)));
    private static readonly HashSet<string> YearWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "by", "from", "until", "till", "of", "during", "to", "before", "after", "early", "late", "mid",
        "the", "between", "and", "or", "spring", "summer", "autumn", "fall", "winter", "circa", "year", "fiscal", "through", "on", "for",
    };

    private static readonly HashSet<string> CommonWords = BuildCommonWords();

    private static HashSet<string> BuildCommonWords()
    {
        var set = Lexicon.Set("stopwords");
        set.UnionWith(Lexicon.Set("quantity-counted-stop"));
        set.UnionWith(Lexicon.Entries("quantity-hedges").SelectMany(h => h.Split(' ')));
        set.UnionWith(Lexicon.Entries("quantity-bounds").Select(b => b[..b.LastIndexOf('|')]).SelectMany(h => h.Split(' ')));
        set.UnionWith(Lexicon.Entries("quantity-directions").Select(d => d[..d.IndexOf('|', StringComparison.Ordinal)]));
        return set;
    }

    private static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    /// <summary>Whether <paramref name="n"/> (with its <paramref name="measure"/>, if any) labels something rather than counts it.</summary>
    /// <param name="inRange">The number opens a range ("20-30"), so a hyphen and a number after it make no score.</param>
    public static bool IsLabel(string text, NumberMatch n, Measure? measure, bool inRange = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(n);
        if (n.AfterLetters && measure is null)
        {
            return true;
        }

        if (n.OrdinalSuffix || n.InSequence || (n.GluedLetters && measure is null))
        {
            return true;
        }

        var start = n.Span.Start;
        var end = n.Span.End;
        if (n.Attached && (measure is null || char.IsLetter(text[start - 2])))
        {
            return true; // "F-16", "COVID-19", the "1" of a "3-1" score
        }

        if (start > 0 && text[start - 1] is '#' or '+' or '№')
        {
            return true;
        }

        if (IsTime(text, start, end))
        {
            return true;
        }

        // A word on the line before is no label's: most often it ends a byline or a heading ("Coastline Radio News team" over
        // "Twenty-four people have …").
        var prev = TextScan.PreviousWord(text, start) is { } before && !text.AsSpan(before.End, start - before.End).Contains('\n') ? before : ((int Start, int End, string Word)?)null;
        var dot = TextScan.SkipSpacesBack(text, start);
        if (prev is null && dot > 0 && text[dot - 1] == '.' && !text.AsSpan(dot, start - dot).Contains('\n') && TextScan.PreviousWord(text, dot - 1) is { } abbr
            && (PrevIsLabelWord(text, abbr, start) || IsMonth(text, abbr)))
        {
            return true; // "No. 10", "p. 12", "Feb. 24"
        }

        var next = TextScan.NextWord(text, end);
        if (IsMonth(text, prev) || (IsMonth(text, next) && !n.Spelled && n.Value is >= 1 and <= 31))
        {
            return true;
        }

        if (measure is not null)
        {
            return false;
        }

        if (IsYear(text, n))
        {
            var noun = CountedNounReader.Read(text, end, n.Value);
            if (noun is null || prev is { } p && YearWords.Contains(p.Word))
            {
                return true;
            }
        }

        if (!n.Spelled && text.AsSpan(start, end - start).Contains('/') && !SimpleFraction(text, n))
        {
            return true; // "24/7", "9/11"
        }

        // A share is no label: "crossed the line three-quarters of a length clear" is no line three-quarters.
        if (prev is { } pw && n.Form != NumberForm.Fraction && PrevIsLabelWord(text, pw, start))
        {
            return true;
        }

        if (!n.Spelled && prev is { } cap && IsNameWord(text, cap) && !(next is { } nx && char.IsUpper(text[nx.Start])))
        {
            return true; // "Boeing 737", "Route 66", "Apollo 11"
        }

        // "won 3-1": a number hyphened to another that made no range is a score or a code.
        if (!inRange && end + 1 < text.Length && text[end] == '-' && char.IsAsciiDigit(text[end + 1]))
        {
            return true;
        }

        return ListNumber(text, start, end);
    }

    /// <summary>Whether <paramref name="n"/> is part of a date or a time of day ("1-2 June", "10:30", "3 p.m.").</summary>
    public static bool IsDateOrTime(string text, NumberMatch n)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(n);
        if (IsTime(text, n.Span.Start, n.Span.End))
        {
            return true;
        }

        var next = TextScan.NextWord(text, n.Span.End);
        var prev = TextScan.PreviousWord(text, n.Span.Start);
        return IsMonth(text, prev) || (IsMonth(text, next) && !n.Spelled && n.Value is >= 1 and <= 31);
    }

    /// <summary>"2014-2016" (years) or "555-1234" (a phone number): two numbers that make no range of amounts.</summary>
    public static bool IsSpanOrScore(string text, NumberMatch a, NumberMatch b)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (IsYear(text, a) && IsYear(text, b))
        {
            return true;
        }

        var aLen = a.Span.Length;
        var bLen = b.Span.Length;
        return b.Span.Start == a.Span.End + 1 && text[a.Span.End] == '-' && !a.Spelled && !b.Spelled && aLen == 3 && bLen == 4;
    }

    private static bool IsYear(string text, NumberMatch n) =>
        !n.Spelled && !n.Grouped && !n.Scaled && n.Form == NumberForm.Integer && n.Span.Length == 4
        && n.Value is >= 1000 and < 2200 && char.IsAsciiDigit(text[n.Span.Start]);

    private static bool IsMonth(string text, (int Start, int End, string Word)? w)
    {
        if (w is not { } m || !Months.Contains(m.Word))
        {
            return false;
        }

        // "may" and "march" are words too: only the capitalised forms name months.
        return char.IsUpper(text[m.Start]) || m.Word is not ("may" or "march");
    }

    private static bool IsTime(string text, int start, int end)
    {
        if (end + 1 < text.Length && text[end] == ':' && char.IsAsciiDigit(text[end + 1]))
        {
            return true;
        }

        if (start >= 2 && text[start - 1] == ':' && char.IsAsciiDigit(text[start - 2]))
        {
            return true;
        }

        var s = TextScan.SkipSpaces(text, end);
        if (s - end > 1)
        {
            return false;
        }

        if (TimeWords.MatchAt(text, s) is not null)
        {
            return true;
        }

        // "3 p.m." and "3 a.m.": the dotted forms end in '.', so the matcher's word boundary does not apply.
        return s + 3 <= text.Length && text[s] is 'a' or 'p' or 'A' or 'P' && text[s + 1] == '.' && text[s + 2] is 'm' or 'M';
    }

    private static bool SimpleFraction(string text, NumberMatch n)
    {
        var s = text.AsSpan(n.Span.Start, n.Span.Length);
        var slash = s.LastIndexOf('/');
        var mixed = s.IndexOfAny(' ', '\u00a0') >= 0;
        return int.TryParse(s[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var den) && den is 2 or 3 or 4 or 8
            && (mixed || n.Value < 1);
    }

    private static bool PrevIsLabelWord(string text, (int Start, int End, string Word) w, int numberStart)
    {
        if (!LabelWords.Contains(w.Word))
        {
            return false;
        }

        // "no" and "p" label only when abbreviated: "No. 5", "p. 12"; "no 5 players" is something else.
        if (w.Word is "no" or "nr" or "nos" or "p" or "pp" or "v" or "vol")
        {
            return w.End < text.Length && text[w.End] == '.';
        }

        return w.End <= numberStart;
    }

    /// <summary>A capitalised word that is not a sentence's first, a month, a weekday or a quantity word: part of a name.</summary>
    private static bool IsNameWord(string text, (int Start, int End, string Word) w)
    {
        if (!char.IsUpper(text[w.Start]) || Months.Contains(w.Word) || Weekdays.Contains(w.Word))
        {
            return false;
        }

        var before = TextScan.SkipSpacesBack(text, w.Start);
        var sentenceStart = before == 0 || text[before - 1] is '.' or '!' or '?' or '"' or '“' or ':' or '\n' or '(' or '-' or '—';
        for (var i = w.Start - 1; i >= 0 && i >= w.Start - 3; i--)
        {
            sentenceStart |= text[i] == '\n';
        }

        // A sentence's first word is capitalised anyway: a name only when it is no common word ("Apollo 11", not "Only 5").
        return !sentenceStart || !CommonWords.Contains(w.Word);
    }

    /// <summary>"1." or "2)" opening a line: list numbering.</summary>
    private static bool ListNumber(string text, int start, int end)
    {
        if (end >= text.Length || text[end] is not ('.' or ')') || (end + 1 < text.Length && !TextScan.IsSpace(text[end + 1])))
        {
            return false;
        }

        for (var i = start - 1; i >= 0; i--)
        {
            if (text[i] == '\n')
            {
                return true;
            }

            if (!TextScan.IsSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
