using System.Text;
using System.Text.RegularExpressions;

namespace FactCheck.Core.Normalize.Dates;

/// <summary>
/// A regular-expression alternation of literal words written as a prefix tree: "(?:twenty|twelve|two)"
/// becomes "tw(?:enty|elve|o)". The interpreter tries the branches of an alternation one after another and
/// pays for every failed branch; in the tree only the branch whose first letter fits is tried further.
/// </summary>
/// <remarks>
/// The tree matches exactly what the flat list matches, with the same preference: it only brings together
/// words that open with the same letter (ignoring case), and two words that open with different letters can
/// never both match at one place, so their order against each other does not matter; words that open with
/// the same letter keep their order. An empty word (one word ending where another goes on) matches anywhere,
/// so no word moves across it. Only for patterns run with <see cref="RegexOptions.IgnoreCase"/>: letters are
/// grouped without regard to case.
/// </remarks>
internal static class WordTrie
{
    /// <summary>The alternation of <paramref name="words"/>, tried in the order given (no outer group).</summary>
    public static string Alternation(IReadOnlyList<string> words)
    {
        var sb = new StringBuilder();
        Append(sb, words);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, IReadOnlyList<string> words)
    {
        var first = true;
        var i = 0;
        while (i < words.Count)
        {
            // A run of words up to the next empty word: within it, words are grouped by their first letter.
            var end = i;
            while (end < words.Count && words[end].Length > 0)
            {
                end++;
            }

            var groups = new List<(char Key, List<string> Words)>();
            for (var k = i; k < end; k++)
            {
                var key = char.ToLowerInvariant(words[k][0]);
                var group = groups.FindIndex(g => g.Key == key);
                if (group < 0)
                {
                    groups.Add((key, [words[k]]));
                }
                else
                {
                    groups[group].Words.Add(words[k]);
                }
            }

            foreach (var (_, group) in groups)
            {
                sb.Append(first ? "" : "|");
                first = false;
                AppendGroup(sb, group);
            }

            if (end < words.Count)
            {
                sb.Append(first ? "" : "|"); // the empty word itself
                first = false;
                end++;
            }

            i = end;
        }
    }

    /// <summary>Words that all open with the same letter: the longest prefix they share, then the rest as a tree.</summary>
    private static void AppendGroup(StringBuilder sb, List<string> group)
    {
        if (group.Count == 1)
        {
            sb.Append(Regex.Escape(group[0]));
            return;
        }

        var shared = 1;
        while (group.TrueForAll(w => w.Length > shared && char.ToLowerInvariant(w[shared]) == char.ToLowerInvariant(group[0][shared])))
        {
            shared++;
        }

        sb.Append(Regex.Escape(group[0][..shared])).Append("(?:");
        Append(sb, [.. group.Select(w => w[shared..])]);
        sb.Append(')');
    }
}
