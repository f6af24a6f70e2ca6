using System.Text.RegularExpressions;

namespace FactCheck.Core.Normalize.Events;

/// <summary>A word of a sentence with its offsets in the source text.</summary>
internal sealed record WordToken(string Text, int Start, int End)
{
    public string Lower { get; } = Text.ToLowerInvariant();

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
}

/// <summary>Splits a stretch of text into words, keeping offsets; and matches the event lists' word patterns against them.</summary>
internal static partial class WordTokens
{
    // Words with inner apostrophes or hyphens ("Kyiv's", "cease-fire", "81-year-old"); a trailing apostrophe is dropped.
    [GeneratedRegex(@"\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    public static IReadOnlyList<WordToken> Split(string text, int start, int end)
    {
        var tokens = new List<WordToken>();
        foreach (Match m in Word().Matches(text[start..end]))
        {
            tokens.Add(new WordToken(m.Value, start + m.Index, start + m.Index + m.Length));
        }

        return tokens;
    }

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
            ? word.StartsWith(patternWord[..^1], StringComparison.OrdinalIgnoreCase)
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
