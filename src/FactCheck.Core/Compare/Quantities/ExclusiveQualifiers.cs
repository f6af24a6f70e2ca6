using FactCheck.Core.Data;
using FactCheck.Core.Normalize.Events;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// The words of a figure's sentence that say which of several like things it is of: a season ("in winter", "in
/// summer"), a sex ("the male", "the female"), a part of the week. Two figures whose sentences name different words of
/// one group are of different things, however alike the rest ("five sailings a day in winter", "eight sailings a day in
/// summer"). A sentence naming two words of one group compares them, and says nothing this way.
/// </summary>
internal static class ExclusiveQualifiers
{
    private static readonly Dictionary<string, (int Group, int Member)> Words = Index();

    // Most sentences name none of the words: one scan for any of them spares tokenizing those.
    private static readonly System.Buffers.SearchValues<string> AnyWord = System.Buffers.SearchValues.Create([.. Words.Keys], StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, (int Group, int Member)> Index()
    {
        var words = new Dictionary<string, (int, int)>(StringComparer.OrdinalIgnoreCase);
        var groups = Lexicon.Groups("quantity-exclusive-qualifiers");
        for (var g = 0; g < groups.Count; g++)
        {
            for (var m = 0; m < groups[g].Length; m++)
            {
                words[groups[g][m]] = (g, m);
            }
        }

        return words;
    }

    /// <summary>Each group's one word the sentence of <paramref name="claim"/> names, by group; a group named by two words is left out.</summary>
    public static IReadOnlyDictionary<int, int> Of(QuantityClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var text = claim.Sentence.Text;
        if (text.AsSpan().IndexOfAny(AnyWord) < 0)
        {
            return Empty;
        }

        Dictionary<int, int>? named = null;
        HashSet<int>? mixed = null;
        foreach (var token in WordTokens.Split(text, 0, text.Length))
        {
            var word = token.Text.EndsWith("'s", StringComparison.Ordinal) || token.Text.EndsWith("’s", StringComparison.Ordinal) ? token.Text[..^2] : token.Text;
            if (!Words.TryGetValue(word, out var hit))
            {
                continue;
            }

            named ??= [];
            if (named.TryGetValue(hit.Group, out var earlier) && earlier != hit.Member)
            {
                (mixed ??= []).Add(hit.Group);
            }

            named[hit.Group] = hit.Member;
        }

        if (named is null)
        {
            return Empty;
        }

        foreach (var group in mixed ?? [])
        {
            named.Remove(group);
        }

        return named;
    }

    /// <summary>Whether two figures' sentences name different words of one group.</summary>
    public static bool Differ(IReadOnlyDictionary<int, int> a, IReadOnlyDictionary<int, int> b) =>
        a.Any(p => b.TryGetValue(p.Key, out var other) && other != p.Value);

    private static readonly Dictionary<int, int> Empty = [];
}
