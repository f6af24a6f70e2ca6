using System.Text;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Quotes;

/// <summary>A word or punctuation mark of the text around a quotation, with its offsets.</summary>
public sealed record WordToken(string Text, int Start, int End)
{
    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);

    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);

    // Computed once: the attribution rules ask for it many times per token.
    public string Lower { get; } = Text.ToLowerInvariant();

    /// <summary>The word without a possessive ending ("Okafor’s" → "Okafor").</summary>
    public string Bare => IsPossessive ? Text[..^2] : Text;

    /// <summary><see cref="Bare"/> in lower case, as a slice of <see cref="Lower"/> (the case mapping is per character), without a new string.</summary>
    public ReadOnlySpan<char> BareLower => IsPossessive ? Lower.AsSpan(0, Lower.Length - 2) : Lower;

    /// <summary>tokens[start, start + count) as an array: what <c>[.. tokens.Skip(start).Take(count)]</c> gives, without the iterators.</summary>
    public static WordToken[] Slice(IReadOnlyList<WordToken> tokens, int start, int count)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        start = Math.Max(0, start);
        count = Math.Max(0, Math.Min(count, tokens.Count - start));
        var slice = new WordToken[count];
        for (var k = 0; k < count; k++)
        {
            slice[k] = tokens[start + k];
        }

        return slice;
    }

    public bool IsPossessive => Text.Length > 2 && (Text.EndsWith("'s", StringComparison.Ordinal) || Text.EndsWith("\u2019s", StringComparison.Ordinal));
}

/// <summary>
/// The text the attribution rules read: the source's analysis view with Markdown link and emphasis
/// syntax blanked ("[wrote](#)" reads as "wrote"), same length so offsets stay file offsets, and a
/// tokenizer that reads words and punctuation between two offsets, skipping quoted passages.
/// </summary>
public sealed class AttributionText
{
    public AttributionText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Value = BlankMarkup(text);
    }

    public string Value { get; }

    // One string per ASCII character: punctuation tokens are many, and each would be a new string.
    private static readonly string[] Ascii = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    /// <summary>Words and punctuation in [start, end), leaving out every span in <paramref name="skip"/>.</summary>
    public IReadOnlyList<WordToken> Tokens(int start, int end, IReadOnlyList<TextSpan> skip)
    {
        ArgumentNullException.ThrowIfNull(skip);
        start = Math.Clamp(start, 0, Value.Length);
        end = Math.Clamp(end, start, Value.Length);
        var tokens = new List<WordToken>(Math.Max(4, (end - start) / 5)); // about one token per five characters

        // The holes that reach into [start, end), in order, walked with one cursor.
        var holes = Reaching(skip, start, end);
        var next = 0;
        var i = start;
        while (i < end)
        {
            while (next < holes.Count && holes[next].End <= i)
            {
                next++;
            }

            if (next < holes.Count && holes[next].Start <= i)
            {
                var hole = holes[next];
                tokens.Add(new WordToken("\u201C\u201D", hole.Start, hole.End)); // a quotation stands here
                i = hole.End;
                continue;
            }

            var c = Value[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var j = i + 1;
                while (j < end && IsInWord(Value, j))
                {
                    j++;
                }

                // Keep the final dot of an abbreviation such as "U.S." or "Gen.".
                if (j < end && Value[j] == '.' && LooksAbbreviated(Value, i, j))
                {
                    j++;
                }

                tokens.Add(new WordToken(Value[i..j], i, j));
                i = j;
                continue;
            }

            tokens.Add(new WordToken(c < Ascii.Length ? Ascii[c] : c.ToString(), i, i + 1));
            i++;
        }

        return tokens;
    }

    private static List<TextSpan> Reaching(IReadOnlyList<TextSpan> skip, int start, int end)
    {
        // Callers pass quotations in text order (perhaps with one extra); binary-search the first
        // that could reach the range when the list is ordered, else filter it all.
        var from = 0;
        var ordered = IsOrdered(skip);
        if (ordered)
        {
            int lo = 0, hi = skip.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (skip[mid].End <= start - MaxHole)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            from = lo;
        }

        var holes = new List<TextSpan>();
        for (var k = from; k < skip.Count; k++)
        {
            var s = skip[k];
            if (ordered && s.Start >= end)
            {
                break;
            }

            if (s.Length > 0 && s.End > start && s.Start < end)
            {
                holes.Add(s);
            }
        }

        holes.Sort((x, y) => x.Start.CompareTo(y.Start));
        return holes;
    }

    // Quotations are at most this long (see QuoteScanner), which bounds the binary search.
    private const int MaxHole = 5000;

    // The last list found ordered: the extractor passes the same list for every quotation.
    [ThreadStatic]
    private static IReadOnlyList<TextSpan>? _lastOrdered;

    [ThreadStatic]
    private static int _lastOrderedCount;

    private static bool IsOrdered(IReadOnlyList<TextSpan> skip)
    {
        if (ReferenceEquals(skip, _lastOrdered) && skip.Count == _lastOrderedCount)
        {
            return true;
        }

        for (var k = 1; k < skip.Count; k++)
        {
            if (skip[k].Start < skip[k - 1].Start)
            {
                return false;
            }
        }

        _lastOrdered = skip;
        _lastOrderedCount = skip.Count;
        return true;
    }

    private static bool IsInWord(string text, int j)
    {
        var c = text[j];
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        // Inner apostrophes, hyphens and dots ("Okafor’s", "Russian-installed", "U.S").
        return c is '\'' or '\u2019' or '-' or '.' && j + 1 < text.Length && char.IsLetterOrDigit(text[j + 1]);
    }

    private static bool LooksAbbreviated(string text, int start, int dot)
    {
        var word = text[start..dot];
        return word.Contains('.', StringComparison.Ordinal)
            || (word.Length <= 4 && char.IsUpper(word[0]) && QuoteLexicon.IsTitle(word + "."));
    }

    private static string BlankMarkup(string text)
    {
        // Only "**", "__" and "[" are ever blanked: without them the text stays as it is, uncopied.
        if (text.AsSpan().IndexOfAny("*_[") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text);
        for (var i = 0; i < sb.Length; i++)
        {
            switch (sb[i])
            {
                case '*' or '_' when i + 1 < sb.Length && sb[i + 1] == sb[i]:
                    sb[i] = ' ';
                    sb[i + 1] = ' ';
                    i++;
                    break;
                case '[':
                    var close = text.IndexOf(']', i);
                    if (close > i && close - i < 200 && !text.AsSpan(i, close - i).Contains('\n'))
                    {
                        sb[i] = ' ';
                        sb[close] = ' ';
                        if (close + 1 < text.Length && text[close + 1] == '(')
                        {
                            var paren = text.IndexOf(')', close + 1);
                            if (paren > close && paren - close < 400)
                            {
                                for (var k = close + 1; k <= paren; k++)
                                {
                                    if (sb[k] != '\n')
                                    {
                                        sb[k] = ' ';
                                    }
                                }
                            }
                        }
                    }

                    break;
            }
        }

        return sb.ToString();
    }
}
