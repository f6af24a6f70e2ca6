using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Events;

/// <summary>A word of a sentence with its offsets in the source text.</summary>
internal sealed record WordToken(string Text, int Start, int End)
{
    public string Lower { get; } = Text.ToLowerInvariant();

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>"Varn's", "Thursday’s": the word ends in a possessive 's.</summary>
    public bool IsPossessive => Lower.EndsWith("'s", StringComparison.Ordinal) || Lower.EndsWith("’s", StringComparison.Ordinal);

    /// <summary>"21", "1,250", "thirty-one": a number in digits or a cardinal word.</summary>
    public bool IsNumber => (Text.Length > 0 && char.IsDigit(Text[0])) || Quantities.NumberWords.Cardinals.ContainsKey(Lower);
}

/// <summary>The words of one sentence, split on first use: many sentences are never split at all.</summary>
internal sealed class SentenceWords(string text, Sentence sentence)
{
    private IReadOnlyList<WordToken>? _tokens;

    public IReadOnlyList<WordToken> Tokens => _tokens ??= WordTokens.Split(text, sentence.Span.Start, sentence.Span.End);
}

/// <summary>Splits a stretch of text into words, keeping offsets; and matches the event lists' word patterns against them.</summary>
internal static class WordTokens
{
    /// <summary>
    /// The words of text[start, end): a number with thousands separators ("1,250", "6,000.5"), or a run of
    /// letters and digits with inner apostrophes or hyphens ("Varn's", "cease-fire", "81-year-old"); a
    /// trailing apostrophe is dropped. A hand-written scan of what the pattern
    /// <c>\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*</c> matches, without a
    /// match object or a slice per sentence.
    /// </summary>
    public static IReadOnlyList<WordToken> Split(string text, int start, int end)
    {
        var tokens = new List<WordToken>(Math.Max(4, (end - start) / 5)); // about one word per five characters
        var i = start;
        while (NextWord(text, ref i, end, out var wordStart))
        {
            tokens.Add(new WordToken(text[wordStart..i], wordStart, i));
        }

        return tokens;
    }

    /// <summary>
    /// Finds the next word of text[<paramref name="i"/>, <paramref name="end"/>) as <see cref="Split"/> reads them: false
    /// when none is left, else true with <paramref name="wordStart"/> at its first character and <paramref name="i"/> just past it.
    /// </summary>
    public static bool NextWord(string text, ref int i, int end, out int wordStart)
    {
        while (i < end && !IsWordChar(text[i]))
        {
            i++;
        }

        wordStart = i;
        if (i >= end)
        {
            return false;
        }

        var tokenEnd = GroupedNumberEnd(text, i, end);
        if (tokenEnd < 0)
        {
            tokenEnd = i;
            while (tokenEnd < end && IsWordChar(text[tokenEnd]))
            {
                tokenEnd++;
            }

            while (tokenEnd + 1 < end && text[tokenEnd] is '\'' or '’' or '-' && IsWordChar(text[tokenEnd + 1]))
            {
                tokenEnd++;
                while (tokenEnd < end && IsWordChar(text[tokenEnd]))
                {
                    tokenEnd++;
                }
            }
        }

        i = tokenEnd;
        return true;
    }

    // [\p{L}\p{N}]: letters, and digits of every kind (char.IsNumber covers Nd, Nl and No).
    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c);

    /// <summary>Where "1,250" or "6,000.5" starting at <paramref name="i"/> ends (1–3 digits, then groups of ",ddd"), or -1.</summary>
    private static int GroupedNumberEnd(string text, int i, int end)
    {
        var j = i;
        while (j < end && char.IsDigit(text[j]))
        {
            j++;
        }

        if (j == i || j - i > 3)
        {
            return -1;
        }

        var groups = 0;
        while (j + 3 < end && text[j] == ',' && char.IsDigit(text[j + 1]) && char.IsDigit(text[j + 2]) && char.IsDigit(text[j + 3]))
        {
            j += 4;
            groups++;
        }

        if (groups == 0)
        {
            return -1;
        }

        if (j + 1 < end && text[j] == '.' && char.IsDigit(text[j + 1]))
        {
            j++;
            while (j < end && char.IsDigit(text[j]))
            {
                j++;
            }
        }

        return j;
    }

    // Punctuation that ends a clause or sets words off: what stands past it is no object, subject or gap of the words before.
    private const string Breaks = ",;:()\"\u201C\u201D\u2014\u2013";

    /// <summary>Whether a break (a comma, a colon, a bracket, a quotation mark, a dash) stands between tokens <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static bool BreakBetween(string text, WordToken a, WordToken b) =>
        text.AsSpan(a.End, Math.Max(0, b.Start - a.End)).IndexOfAny(Breaks) >= 0;

    /// <summary>Most words a ".." in a pattern may skip.</summary>
    public const int MaxGap = 4;

    /// <summary>The index just past the match of <paramref name="pattern"/> starting at token <paramref name="at"/>, or -1.</summary>
    public static int MatchAt(IReadOnlyList<WordToken> tokens, int at, IReadOnlyList<string> pattern, int limit)
    {
        return Match(at, 0);

        int Match(int i, int p)
        {
            if (p == pattern.Count)
            {
                return i;
            }

            if (pattern[p] == "..")
            {
                for (var skip = 0; skip <= MaxGap && i + skip < limit; skip++)
                {
                    var end = Match(i + skip, p + 1);
                    if (end >= 0)
                    {
                        return end;
                    }
                }

                return -1;
            }

            return i < limit && WordMatches(tokens[i].Lower, pattern[p]) ? Match(i + 1, p + 1) : -1;
        }
    }

    public static bool WordMatches(string word, string patternWord) =>
        patternWord.EndsWith('*')
            ? word.AsSpan().StartsWith(patternWord.AsSpan(0, patternWord.Length - 1), StringComparison.OrdinalIgnoreCase)
            : string.Equals(word, patternWord, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when a phrase of the list occurs among tokens [from, to).</summary>
    public static bool ContainsPhrase(IReadOnlyList<WordToken> tokens, int from, int to, IReadOnlyList<string> phrase)
    {
        for (var i = Math.Max(0, from); i < to; i++)
        {
            if (MatchAt(tokens, i, phrase, to) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// A list of word patterns asked as one: does any occur among tokens [from, to)? Patterns are
/// grouped by their first word, so each position tries only those that can start there; a pattern
/// opening with a gap or a prefix ("word*") is tried everywhere, as <see cref="WordTokens.ContainsPhrase"/> would.
/// </summary>
internal sealed class PhraseSet
{
    private readonly Dictionary<string, List<IReadOnlyList<string>>> _byFirstWord = new(StringComparer.OrdinalIgnoreCase);

    private readonly List<IReadOnlyList<string>> _anywhere = [];

    public PhraseSet(IEnumerable<IReadOnlyList<string>> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.Count == 0 || phrase[0] == ".." || phrase[0].EndsWith('*'))
            {
                _anywhere.Add(phrase);
                continue;
            }

            if (!_byFirstWord.TryGetValue(phrase[0], out var list))
            {
                _byFirstWord[phrase[0]] = list = [];
            }

            list.Add(phrase);
        }
    }

    /// <summary>True when a pattern of the set occurs among tokens [from, to): the same answer as asking each with <see cref="WordTokens.ContainsPhrase"/>.</summary>
    public bool Occurs(IReadOnlyList<WordToken> tokens, int from, int to)
    {
        foreach (var phrase in _anywhere)
        {
            if (WordTokens.ContainsPhrase(tokens, from, to, phrase))
            {
                return true;
            }
        }

        for (var i = Math.Max(0, from); i < to; i++)
        {
            if (!_byFirstWord.TryGetValue(tokens[i].Lower, out var candidates))
            {
                continue;
            }

            foreach (var phrase in candidates)
            {
                if (WordTokens.MatchAt(tokens, i, phrase, to) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}

