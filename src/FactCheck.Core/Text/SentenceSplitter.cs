using System.Buffers;

namespace FactCheck.Core.Text;

/// <summary>
/// Splits text into sentences with their offsets. A sentence ends at '.', '!' or '?' followed by
/// white space and a capital, digit or opening quote; not after a known abbreviation or an initial,
/// not inside parentheses, and not inside a quotation (so a quoted passage stays with its
/// attribution). Paragraph breaks always end a sentence; a single line break ends one when the
/// line before it looks finished (ends in punctuation, or is short like a heading or a dateline).
/// </summary>
public static class SentenceSplitter
{
    // A quotation longer than this is taken to be unbalanced quote marks, not one sentence.
    private const int MaxQuotedRun = 600;

    // A line shorter than this with no final punctuation is a heading, byline or dateline.
    private const int ShortLine = 60;

    // Every character the loop below acts on: the scan jumps from one to the next.
    private static readonly SearchValues<char> Marks = SearchValues.Create("\n\r([)]\u201C\u201D\".!?");

    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var start = 0;
        var parenDepth = 0;
        var quoteOpenedAt = -1; // offset of the opening mark of the quotation we are in, or -1

        for (var i = 0; i < text.Length; i++)
        {
            var skip = text.AsSpan(i).IndexOfAny(Marks);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = text[i];
            switch (c)
            {
                case '\n':
                case '\r':
                    if (EndsParagraphOrLine(text, i, start))
                    {
                        Add(sentences, text, start, i);
                        start = i + 1;
                        parenDepth = 0;
                        quoteOpenedAt = -1;
                    }

                    continue;
                case '(' or '[':
                    parenDepth++;
                    continue;
                case ')' or ']':
                    parenDepth = Math.Max(0, parenDepth - 1);
                    continue;
                case '\u201C':
                    quoteOpenedAt = i;
                    continue;
                case '\u201D':
                case '"' when quoteOpenedAt >= 0:
                    // A quotation closing on its own terminator ("It is done.") may end the sentence.
                    quoteOpenedAt = -1;
                    if (i > 0 && text[i - 1] is '.' or '!' or '?' && parenDepth == 0 && NextStartsSentence(text, i + 1) && !AttributionFollows(text, i + 1))
                    {
                        Add(sentences, text, start, i + 1);
                        start = i + 1;
                    }

                    continue;
                case '"':
                    quoteOpenedAt = IsOpeningStraightQuote(text, i) ? i : -1;
                    continue;
            }

            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            if (quoteOpenedAt >= 0 && i - quoteOpenedAt > MaxQuotedRun)
            {
                quoteOpenedAt = -1;
            }

            if (parenDepth > 0 || quoteOpenedAt >= 0)
            {
                continue;
            }

            // Take closing quotes and brackets that follow the terminator into this sentence.
            var end = i + 1;
            while (end < text.Length && IsCloser(text[end]))
            {
                end++;
            }

            if (c == '.' && IsAbbreviationOrNumber(text, i))
            {
                continue;
            }

            if (!NextStartsSentence(text, end))
            {
                continue;
            }

            Add(sentences, text, start, end);
            start = end;
            i = end - 1;
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    // Speech verbs: '"It is done!" Hugo Lang said.' keeps the quotation with its attribution.
    private static readonly HashSet<string> SpeechVerbs = Data.Lexicon.Set("quote-speech-verbs");

    // How many words after a closing quotation may hold the speech verb of its attribution.
    private const int AttributionWords = 5;

    /// <summary>Whether the words after a closed quotation attribute it ("Mayor Tom Reyes said") before any new sentence starts.</summary>
    private static bool AttributionFollows(string text, int from)
    {
        var words = 0;
        var i = from;
        while (i < text.Length && words < AttributionWords)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                if (text[i] is '.' or '!' or '?' or '\n' or '"' or '\u201C')
                {
                    return false;
                }

                i++;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '\'' or '\u2019' or '-'))
            {
                i++;
            }

            if (i > start)
            {
                words++;
                if (SpeechVerbs.Contains(text[start..i]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsCloser(char c) => c is '"' or '\u201D' or '\u2019' or '\'' or ')' or ']';

    private static bool IsOpeningStraightQuote(string text, int i) =>
        i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '\u2014' or '\u2013' or '-' or ':' or ',';

    private static bool NextStartsSentence(string text, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        var j = end;
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            if (text[j] is '\n' or '\r')
            {
                return true;
            }

            j++;
        }

        if (j >= text.Length)
        {
            return true;
        }

        var next = text[j];
        return char.IsUpper(next) || char.IsDigit(next) || next is '"' or '\u201C' or '\u2018' or '\'' or '(' or '[' or '*' or '#';
    }

    private static bool IsAbbreviationOrNumber(string text, int dot)
    {
        // The word before the dot, including inner dots ("U.S", "p.m").
        var j = dot - 1;
        while (j >= 0 && (char.IsLetter(text[j]) || text[j] == '.'))
        {
            j--;
        }

        var word = text.AsSpan(j + 1, dot - j - 1);
        if (word.Length == 0)
        {
            // "3." inside a number such as "3.5" never reaches here (no white space after);
            // a bare dot after a digit ends a sentence ("rose to 15.").
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "John F. Kennedy"
        }

        if (word.Equals("a.m", StringComparison.OrdinalIgnoreCase) || word.Equals("p.m", StringComparison.OrdinalIgnoreCase))
        {
            // "started shortly after 7:45 p.m. Two pacemakers led": a clock time ends a sentence as any word does, unless
            // what follows still belongs to it ("9 p.m. Tuesday", "10 a.m. GMT", "8 p.m. Eastern time").
            return NextWord(text, dot + 1) is not { } next || !char.IsUpper(next[0]) || CalendarNames.Contains(next) || TimeZoneWords.Contains(next);
        }

        if (KnownAbbreviations.Contains(word))
        {
            // "Jan." ends a sentence only when the next word plainly starts one; after a title
            // ("Gov.") or an acronym ("U.S."), a capital is far more often a name.
            return true;
        }

        // Acronyms with inner dots ("U.S.A", "N.Y.C").
        return word.Contains('.') && word.Length <= 8 && AllLettersOrDots(word);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownAbbreviations = Abbreviations.Known.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool AllLettersOrDots(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c != '.' && !char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    // Words that may follow "a.m." or "p.m." in the same sentence: zones and their names.
    private static readonly HashSet<string> TimeZoneWords = new(StringComparer.Ordinal)
    {
        "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT",
        "PT", "PST", "PDT", "AEST", "AEDT", "JST", "IST", "Eastern", "Central", "Mountain", "Pacific", "Greenwich", "Zulu",
    };

    /// <summary>The run of letters after white space at <paramref name="from"/> on the same line; null when none.</summary>
    private static string? NextWord(string text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i > start ? text[start..i] : null;
    }

    private static bool EndsParagraphOrLine(string text, int i, int start)
    {
        // A CRLF is handled at its LF.
        if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
        {
            return false;
        }

        // Blank line ahead or behind: a paragraph break.
        var j = i + 1;
        while (j < text.Length && text[j] is ' ' or '\t')
        {
            j++;
        }

        if (j >= text.Length || text[j] is '\n' or '\r')
        {
            return true;
        }

        // The line just finished: does it look complete?
        var lineEnd = i;
        if (lineEnd > 0 && text[lineEnd - 1] == '\r')
        {
            lineEnd--;
        }

        var k = lineEnd - 1;
        while (k >= start && text[k] is ' ' or '\t')
        {
            k--;
        }

        if (k < start)
        {
            return true;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, k)) + 1;
        lineStart = Math.Max(lineStart, start);
        var last = text[k];
        if (last is '.' or '!' or '?' or ':' or '"' or '\u201D' or ')' or '\u2019')
        {
            return true;
        }

        // Lines that begin with Markdown structure are blocks of their own.
        var next = text[j];
        if (next is '#' or '>' or '|' || (next is '-' or '*' && j + 1 < text.Length && text[j + 1] == ' '))
        {
            return true;
        }

        return k - lineStart + 1 < ShortLine;
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= start)
        {
            return;
        }

        sentences.Add(new Sentence(sentences.Count, new TextSpan(start, end), Fold(text, start, end)));
    }

    /// <summary>The text between two offsets with each run of white space folded to one space.</summary>
    public static string Fold(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        var (length, plainSpaces) = FoldedLength(span);
        if (length == span.Length && plainSpaces)
        {
            return text.Substring(start, end - start); // nothing to fold: most sentences
        }

        return string.Create(length, (text, start, end), static (into, range) =>
        {
            var n = 0;
            var space = false;
            for (var i = range.start; i < range.end; i++)
            {
                var c = range.text[i];
                if (char.IsWhiteSpace(c))
                {
                    space = n > 0;
                    continue;
                }

                if (space)
                {
                    into[n++] = ' ';
                    space = false;
                }

                into[n++] = c;
            }
        });
    }

    /// <summary>How long <paramref name="span"/> is once folded, and whether all its white space is plain spaces: there is
    /// nothing to fold when both hold and the length is the span's own (no white space at either end, no run of two).</summary>
    private static (int Length, bool PlainSpaces) FoldedLength(ReadOnlySpan<char> span)
    {
        var n = 0;
        var space = false;
        var plain = true;
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                plain &= c == ' ';
                continue;
            }

            n += space ? 2 : 1;
            space = false;
        }

        return (n, plain);
    }
}
