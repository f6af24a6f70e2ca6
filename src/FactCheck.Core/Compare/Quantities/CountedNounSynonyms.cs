using FactCheck.Core.Data;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// Groups of counted nouns that name the same thing ("ship" and "vessel"), from
/// quantity-noun-synonyms.txt: the rule-mode way for two counts in other words to be one fact.
/// </summary>
public static class CountedNounSynonyms
{
    private static readonly Dictionary<string, int> GroupOf = Read();

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are in one group (case aside).</summary>
    public static bool Same(string? a, string? b) =>
        a is not null && b is not null && GroupOf.TryGetValue(a, out var ga) && GroupOf.TryGetValue(b, out var gb) && ga == gb;

    private static Dictionary<string, int> Read()
    {
        var groups = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var n = 0;
        foreach (var group in Lexicon.Groups("quantity-noun-synonyms"))
        {
            foreach (var word in group)
            {
                groups.TryAdd(word, n);
            }

            n++;
        }

        return groups;
    }
}
