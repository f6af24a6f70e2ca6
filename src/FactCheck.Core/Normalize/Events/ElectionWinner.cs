using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Events;

/// <summary>
/// Who a sentence says won an election: the capitalised name right before a winning verb ("The Green
/// Party won", "Labour narrowly held") whose object, within four words and before any number, is a
/// seat, an election or a race ("won the by-election", "held the Harlow seat"). "Won 31% of the vote"
/// names a share, not a winner.
/// </summary>
internal static class ElectionWinner
{
    private static readonly HashSet<string> WinVerbs = new(StringComparer.Ordinal)
    {
        "won", "wins", "win", "held", "holds", "retained", "retains", "kept", "keeps", "took", "takes", "gained", "gains",
        "captured", "captures", "clinched", "clinches", "secured", "secures",
    };

    private static readonly HashSet<string> Contests = new(StringComparer.Ordinal)
    {
        "seat", "election", "by-election", "elections", "race", "contest", "poll", "presidency", "mayoralty", "constituency", "runoff", "run-off",
    };

    private static readonly HashSet<string> Between = new(StringComparer.Ordinal) { "has", "have", "had", "also", "again", "just" };

    public static (string Name, int Start, int End)? In(IReadOnlyList<WordToken> tokens)
    {
        for (var v = 1; v < tokens.Count; v++)
        {
            if (!WinVerbs.Contains(tokens[v].Lower) || !ContestFollows(tokens, v))
            {
                continue;
            }

            // Back past adverbs and auxiliaries ("narrowly", "has"), then the capitalised name.
            var j = v - 1;
            while (j >= 0 && !tokens[j].IsCapitalized && (tokens[j].Lower.EndsWith("ly", StringComparison.Ordinal) || Between.Contains(tokens[j].Lower)))
            {
                j--;
            }

            var end = j;
            while (j >= 0 && tokens[j].IsCapitalized && !char.IsDigit(tokens[j].Text[0]))
            {
                j--;
            }

            var first = j + 1;
            if (first <= end && tokens[first].Lower == "the")
            {
                first++;
            }

            if (first > end || tokens[end].IsPossessive)
            {
                continue;
            }

            var name = string.Join(' ', tokens.Skip(first).Take(end - first + 1).Select(t => t.Text));
            return (name, tokens[first].Start, tokens[v].End);
        }

        return null;
    }

    /// <summary>Whether the names could be the same winner: they share a word, "party" and the like aside ("Green Party" and "the Greens").</summary>
    public static bool Same(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var wa = Stems(a);
        return Stems(b).Overlaps(wa);
    }

    private static HashSet<string> Stems(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant())
            .Where(w => w is not ("party" or "the" or "of" or "and"))
            .Select(WordStem.Of)
            .ToHashSet(StringComparer.Ordinal);

    private static bool ContestFollows(IReadOnlyList<WordToken> tokens, int verb)
    {
        for (var k = verb + 1; k < Math.Min(tokens.Count, verb + 5); k++)
        {
            if (char.IsDigit(tokens[k].Text[0]))
            {
                return false;
            }

            if (Contests.Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }
}
