using System.Runtime.CompilerServices;
using System.Text;

namespace FactCheck.Core.Normalize.Quantities;

/// <summary>
/// Finds the longest listed phrase that starts (or ends) at a position of a text. A space in a
/// phrase matches any run of white space; a phrase with a capital letter, or a single letter,
/// matches only in its own case, as does one listed in <c>caseSensitive</c> ("bp" is a basis point,
/// "BP" an oil company); others match in any case. A phrase ending in a letter or digit must
/// end at a word boundary. Phrases are indexed by their first and last two characters (or one, where
/// the second is no letter or digit), so a lookup costs a handful of comparisons.
/// </summary>
/// <typeparam name="T">What a phrase stands for (a unit, a bound symbol, …).</typeparam>
internal sealed class PhraseMatcher<T>
{
    // A phrase whose second character (or, read backward, its last but one) is a letter or digit is filed under its first
    // two (last two) characters, the rest under one: at any place only the phrases of one two-character list and of the
    // one-character list can match, and no match of one list reaches as far as one of the other (the second character
    // read is a letter or digit for the one, and not for the other; a phrase of one character reaches only past it), so
    // the longest is the one the character's whole list gives, and of two as long, the one it tried first.
    private readonly Dictionary<char, List<(string Phrase, bool Exact, T Value)>> byFirst = [];
    private readonly Dictionary<int, List<(string Phrase, bool Exact, T Value)>> byFirstTwo = [];
    private readonly Dictionary<char, List<(string Phrase, bool Exact, T Value)>> byLast = [];
    private readonly Dictionary<int, List<(string Phrase, bool Exact, T Value)>> byLastTwo = [];

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases, IReadOnlySet<string>? caseSensitive = null)
    {
        var first = new Dictionary<char, List<(string Phrase, bool Exact, T Value)>>();
        var last = new Dictionary<char, List<(string Phrase, bool Exact, T Value)>>();
        foreach (var (phrase, value) in phrases)
        {
            if (phrase.Length == 0)
            {
                continue;
            }

            var exact = phrase.Any(char.IsUpper) || (phrase.Length == 1 && char.IsLetter(phrase[0])) || caseSensitive?.Contains(phrase) == true;
            Add(first, Key(phrase[0]), (phrase, exact, value));
            Add(last, Key(phrase[^1]), (phrase, exact, value));
        }

        foreach (var list in first.Values.Concat(last.Values))
        {
            // Longest first; of two as long, the one that must match its case ("MB", a megabyte, before
            // "mb", a megabit, which matches in any case).
            list.Sort((a, b) => a.Phrase.Length != b.Phrase.Length ? b.Phrase.Length.CompareTo(a.Phrase.Length) : b.Exact.CompareTo(a.Exact));
        }

        // Filed by two characters only once sorted, so each list keeps the order the list of its character had.
        foreach (var (key, list) in first)
        {
            foreach (var entry in list)
            {
                var phrase = entry.Phrase;
                if (phrase.Length > 1 && char.IsLetterOrDigit(phrase[1]))
                {
                    Add(byFirstTwo, Key(phrase[0], phrase[1]), entry);
                }
                else
                {
                    Add(byFirst, key, entry);
                }
            }
        }

        foreach (var (key, list) in last)
        {
            foreach (var entry in list)
            {
                var phrase = entry.Phrase;
                if (phrase.Length > 1 && char.IsLetterOrDigit(phrase[^2]))
                {
                    Add(byLastTwo, Key(phrase[^2], phrase[^1]), entry);
                }
                else
                {
                    Add(byLast, key, entry);
                }
            }
        }
    }

    /// <summary>The longest phrase starting at <paramref name="start"/>: its end (exclusive) and value.</summary>
    public (int End, T Value)? MatchAt(string text, int start)
    {
        if (start < 0 || start >= text.Length)
        {
            return null;
        }

        (int End, T Value)? best = null;
        if (start + 1 < text.Length && byFirstTwo.TryGetValue(Key(text[start], text[start + 1]), out var two))
        {
            LongestForward(text, start, two, ref best);
        }

        if (byFirst.TryGetValue(Key(text[start]), out var one))
        {
            LongestForward(text, start, one, ref best);
        }

        return best;
    }

    private static void LongestForward(string text, int start, List<(string Phrase, bool Exact, T Value)> list, ref (int End, T Value)? best)
    {
        foreach (var (phrase, exact, value) in list)
        {
            var end = Forward(text, start, phrase, exact);
            if (end > 0 && (best is null || end > best.Value.End))
            {
                best = (end, value);
            }
        }
    }

    /// <summary>The longest phrase ending at <paramref name="end"/> (exclusive): its start and value.</summary>
    public (int Start, T Value)? MatchBefore(string text, int end)
    {
        if (end <= 0 || end > text.Length)
        {
            return null;
        }

        (int Start, T Value)? best = null;
        if (end >= 2 && byLastTwo.TryGetValue(Key(text[end - 2], text[end - 1]), out var two))
        {
            LongestBackward(text, end, two, ref best);
        }

        if (byLast.TryGetValue(Key(text[end - 1]), out var one))
        {
            LongestBackward(text, end, one, ref best);
        }

        return best;
    }

    private static void LongestBackward(string text, int end, List<(string Phrase, bool Exact, T Value)> list, ref (int Start, T Value)? best)
    {
        foreach (var (phrase, exact, value) in list)
        {
            var start = Backward(text, end, phrase, exact);
            if (start >= 0 && (best is null || start < best.Value.Start))
            {
                best = (start, value);
            }
        }
    }

    private static int Forward(string text, int start, string phrase, bool exact)
    {
        var i = start;
        for (var k = 0; k < phrase.Length; k++)
        {
            if (phrase[k] == ' ')
            {
                // A compound written with hyphens reads as one with spaces: "a 6,200-nautical-mile course".
                if (i + 1 < text.Length && text[i] == '-' && i > 0 && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]))
                {
                    i++;
                    continue;
                }

                if (i >= text.Length || !TextScan.IsSpace(text[i]))
                {
                    return -1;
                }

                while (i < text.Length && TextScan.IsSpace(text[i]))
                {
                    i++;
                }

                continue;
            }

            if (i >= text.Length || !Same(text[i], phrase[k], exact))
            {
                return -1;
            }

            i++;
        }

        if (char.IsLetterOrDigit(phrase[^1]) && i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            return -1;
        }

        return i;
    }

    private static int Backward(string text, int end, string phrase, bool exact)
    {
        var i = end - 1;
        for (var k = phrase.Length - 1; k >= 0; k--)
        {
            if (phrase[k] == ' ')
            {
                if (i < 0 || !TextScan.IsSpace(text[i]))
                {
                    return -1;
                }

                while (i >= 0 && TextScan.IsSpace(text[i]))
                {
                    i--;
                }

                continue;
            }

            if (i < 0 || !Same(text[i], phrase[k], exact))
            {
                return -1;
            }

            i--;
        }

        if (char.IsLetterOrDigit(phrase[0]) && i >= 0 && char.IsLetterOrDigit(text[i]))
        {
            return -1;
        }

        return i + 1;
    }

    private static bool Same(char t, char p, bool exact) => exact ? t == p : char.ToLowerInvariant(t) == char.ToLowerInvariant(p);

    private static char Key(char c) => char.ToLowerInvariant(c);

    private static int Key(char first, char second) => (Key(first) << 16) | Key(second);

    private static void Add<TKey>(Dictionary<TKey, List<(string, bool, T)>> index, TKey key, (string, bool, T) entry)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(entry);
    }
}

/// <summary>Small character tests shared by the number and quantity scanners.</summary>
internal static class TextScan
{
    /// <summary>White space inside a quantity: spaces, tabs, line breaks, no-break and thin spaces.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // asked of nearly every character the scanners step over
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\u00a0' or '\u202f' or '\u2009';

    public static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Whether one of the <paramref name="reach"/> words before <paramref name="at"/> is in <paramref name="words"/>, read
    /// back through what stands between words ("full-year", "St. Mary's") but not past any of <paramref name="stops"/>,
    /// the marks that end the clause.
    /// </summary>
    public static bool WordBeforeInClause(string text, int at, int reach, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words, ReadOnlySpan<char> stops)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var k = 0; k < reach; k++)
        {
            while (at > 0 && !char.IsLetter(text[at - 1]))
            {
                if (stops.Contains(text[at - 1]))
                {
                    return false;
                }

                at--;
            }

            var start = at;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (start == at)
            {
                return false;
            }

            if (words.Contains(text.AsSpan(start, at - start)))
            {
                return true;
            }

            at = start;
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="words"/>, lower-case words looked up ignoring case, holds <paramref name="word"/> lower-cased,
    /// as a look-up of <c>word.ToLowerInvariant()</c> in an ordinal set of them would, without copying it. For a word of
    /// ASCII letters ignoring case is lower-casing; another is lower-cased first, as lower-casing may turn it into a
    /// listed word where ignoring case would not (the Kelvin sign, U+212A, lower-cases to "k").
    /// </summary>
    public static bool HoldsLowered(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words, ReadOnlySpan<char> word) =>
        Ascii.IsValid(word) ? words.Contains(word) : words.Set.Contains(word.ToString().ToLowerInvariant());

    /// <summary>Whether a number, in digits or a spelled one, follows <paramref name="at"/> after spaces ("28 votes to 23", "the other two").</summary>
    public static bool NumberFollows(string text, int at)
    {
        var i = SkipSpaces(text, at);
        return i < text.Length && (char.IsAsciiDigit(text[i]) || (NextWord(text, i) is { } w && NumberWords.Cardinals.ContainsKey(w.Word)));
    }

    public static int SkipSpacesBack(string text, int end)
    {
        while (end > 0 && IsSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    public static bool IsWordChar(char c) => char.IsLetter(c) || c == '\'';

    /// <summary>The end of the letter run starting at <paramref name="i"/>.</summary>
    public static int WordEnd(string text, int i)
    {
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The next letter run at or after <paramref name="i"/> (after spaces only), lower-cased; null when none.</summary>
    public static (int Start, int End, string Word)? NextWord(string text, int i) =>
        NextWordSpan(text, i) is var (s, e) ? (s, e, LoweredWords.Of(text.AsSpan(s, e - s))) : null;

    /// <summary>Where the next letter run at or after <paramref name="i"/> (after spaces only) stands, without copying it.</summary>
    public static (int Start, int End)? NextWordSpan(string text, int i)
    {
        var s = SkipSpaces(text, i);
        return s >= text.Length || !char.IsLetter(text[s]) ? null : (s, WordEnd(text, s));
    }

    /// <summary>The letter run ending right before <paramref name="end"/> (after spaces only), lower-cased.</summary>
    public static (int Start, int End, string Word)? PreviousWord(string text, int end) =>
        PreviousWordSpan(text, end) is var (s, e) ? (s, e, LoweredWords.Of(text.AsSpan(s, e - s))) : null;

    /// <summary>Where the letter run ending right before <paramref name="end"/> (after spaces only) stands, without copying it.</summary>
    public static (int Start, int End)? PreviousWordSpan(string text, int end)
    {
        var e = SkipSpacesBack(text, end);
        if (e == 0 || !char.IsLetter(text[e - 1]))
        {
            return null;
        }

        var s = e;
        while (s > 0 && char.IsLetter(text[s - 1]))
        {
            s--;
        }

        return (s, e);
    }
}

/// <summary>
/// Words as written, each with its lower-cased copy, one table per thread: the scanners ask for the words around every
/// figure, and the same few thousand words come back again and again, so each is copied and lower-cased once, not at
/// every asking.
/// </summary>
internal sealed class LoweredWords
{
    /// <summary>Enough for the words around a long document's figures; a fuller table starts again.</summary>
    private const int Capacity = 8192;

    [ThreadStatic]
    private static LoweredWords? perThread;

    private readonly Dictionary<string, string> byWord = new(Capacity, StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> byWordSpan;

    private LoweredWords() => byWordSpan = byWord.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary><paramref name="word"/> lower-cased, as <c>word.ToString().ToLowerInvariant()</c> gives it.</summary>
    public static string Of(ReadOnlySpan<char> word)
    {
        var table = perThread ??= new LoweredWords();
        if (table.byWordSpan.TryGetValue(word, out var known))
        {
            return known;
        }

        if (table.byWord.Count == Capacity)
        {
            table.byWord.Clear();
        }

        var copy = word.ToString();
        var lower = copy.ToLowerInvariant();
        table.byWord.Add(copy, lower);
        return lower;
    }
}
