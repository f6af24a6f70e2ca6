using System.Text;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Quotes;

/// <summary>A word or punctuation mark of the text around a quotation, with its offsets.</summary>
public sealed record WordToken(string Text, int Start, int End)
{
    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);

    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);

    // Computed once, when first asked: the attribution rules ask for it many times per word, never of most punctuation.
    private string? _lower;

    public string Lower => _lower ??= LowerOf(Text);

    // What the mention rules look up about the word, once each: a whole document's words are read as mentions, and the
    // same word is asked about again by its neighbours and by the parser.
    private bool? _isRole;
    private bool? _isNameWord;

    /// <summary>Whether the word (in lower case) is a role noun ("spokesman").</summary>
    public bool IsRole => _isRole ??= QuoteLexicon.IsRole(Lower);

    /// <summary>What <see cref="MentionParser.IsNameWord(WordToken)"/> says of the word.</summary>
    internal bool IsNameWord => _isNameWord ??= MentionParser.IsNameWord(Text, Lower);

    /// <summary>The token, told what a reader that has looked the word up already found.</summary>
    internal WordToken Knowing(bool isNameWord, bool isRole)
    {
        (_isNameWord, _isRole) = (isNameWord, isRole);
        return this;
    }

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

    public bool IsPossessive => EndsPossessive(Text);

    /// <summary>Whether a word as written ends in a possessive "'s" or "’s" (and is more than that).</summary>
    internal static bool EndsPossessive(ReadOnlySpan<char> text) =>
        text.Length > 2 && (text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("\u2019s", StringComparison.Ordinal));

    /// <summary>
    /// <c>text.ToLowerInvariant()</c>: plain ASCII, as most words are, is lowered without the general case tables, and
    /// returned as it is when it has no capital.
    /// </summary>
    private static string LowerOf(string text)
    {
        if (!System.Text.Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        return text.AsSpan().ContainsAnyInRange('A', 'Z') ? string.Create(text.Length, text, static (lower, word) => System.Text.Ascii.ToLower(word, lower, out _)) : text;
    }

    /// <summary>
    /// A word in lower case, as <see cref="Lower"/> has it, written into <paramref name="buffer"/> when it fits (else into a
    /// new array). Plain ASCII, as most words are, is lowered without the general case tables.
    /// </summary>
    internal static ReadOnlySpan<char> LowerOf(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var lower = text.Length <= buffer.Length ? buffer[..text.Length] : new char[text.Length];
        if (System.Text.Ascii.ToLower(text, lower, out _) != System.Buffers.OperationStatus.Done)
        {
            text.ToLowerInvariant(lower);
        }

        return lower;
    }

    // Equal by what the token is (its text and place), not by what has been looked up about it so far.
    public bool Equals(WordToken? other) => other is not null && Text == other.Text && Start == other.Start && End == other.End;

    public override int GetHashCode() => HashCode.Combine(Text, Start, End);
}

/// <summary>Where one token of an <see cref="AttributionText"/> stands, and whether it is a quotation standing there.</summary>
internal readonly record struct TokenPlace(int Start, int End, bool IsQuotation);

/// <summary>How far <see cref="AttributionText.Read"/> has read in a range, and the quotations it passes over.</summary>
internal struct TokenCursor
{
    public int At;
    public int End;
    public List<TextSpan> Holes;
    public int NextHole;
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
        var cursor = Cursor(start, end, skip);
        var tokens = new List<WordToken>(Math.Max(4, (cursor.End - cursor.At) / 5)); // about one token per five characters
        while (Read(ref cursor, out var place))
        {
            tokens.Add(new WordToken(place.IsQuotation ? "\u201C\u201D" : TextOf(place), place.Start, place.End)); // a quotation stands as “”
        }

        return tokens;
    }

    /// <summary>
    /// Where <see cref="Read"/> starts reading what <see cref="Tokens"/> would read of [start, end): for a reader of a whole
    /// document that makes tokens of only a few of its words.
    /// </summary>
    internal TokenCursor Cursor(int start, int end, IReadOnlyList<TextSpan> skip)
    {
        ArgumentNullException.ThrowIfNull(skip);
        start = Math.Clamp(start, 0, Value.Length);
        end = Math.Clamp(end, start, Value.Length);

        // The holes that reach into [start, end), in order, walked with one cursor.
        return new TokenCursor { At = start, End = end, Holes = Reaching(skip, start, end) };
    }

    /// <summary>The place of the next token, moving the cursor past it; false at the end of the range.</summary>
    internal bool Read(ref TokenCursor cursor, out TokenPlace place)
    {
        var holes = cursor.Holes;
        var i = cursor.At;
        while (i < cursor.End)
        {
            while (cursor.NextHole < holes.Count && holes[cursor.NextHole].End <= i)
            {
                cursor.NextHole++;
            }

            if (cursor.NextHole < holes.Count && holes[cursor.NextHole].Start <= i)
            {
                var hole = holes[cursor.NextHole];
                place = new TokenPlace(hole.Start, hole.End, IsQuotation: true);
                cursor.At = hole.End;
                return true;
            }

            var c = Value[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var j = i + 1;
            if (char.IsLetterOrDigit(c))
            {
                while (j < cursor.End && IsInWord(Value, j))
                {
                    j++;
                }

                // Keep the final dot of an abbreviation such as "U.S." or "Gen.".
                if (j < cursor.End && Value[j] == '.' && LooksAbbreviated(Value, i, j))
                {
                    j++;
                }
            }

            place = new TokenPlace(i, j, IsQuotation: false);
            cursor.At = j;
            return true;
        }

        cursor.At = i;
        place = default;
        return false;
    }

    /// <summary>The text of a token that is no quotation.</summary>
    internal string TextOf(TokenPlace place) =>
        place.End - place.Start == 1 && Value[place.Start] < Ascii.Length ? Ascii[Value[place.Start]] : Value[place.Start..place.End];

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
        // Every word before a full stop asks this: read as spans, with no string cut or joined.
        var word = text.AsSpan(start, dot - start);
        if (word.Contains('.'))
        {
            return true;
        }

        if (word.Length > 4 || !char.IsUpper(word[0]))
        {
            return false;
        }

        Span<char> withDot = stackalloc char[5];
        word.CopyTo(withDot);
        withDot[word.Length] = '.';
        return QuoteLexicon.IsTitle(withDot[..(word.Length + 1)]);
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
