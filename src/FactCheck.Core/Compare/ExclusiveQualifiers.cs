using FactCheck.Core.Claims;
using FactCheck.Core.Compare.Quantities;
using FactCheck.Core.Data;
using FactCheck.Core.Normalize.Events;

namespace FactCheck.Core.Compare;

/// <summary>
/// The words of a claim's sentence that say which of several like things it is of: a season ("in winter", "in
/// summer"), a sex ("the male", "the female"), a part of the week, a direction of travel. Two figures or times whose
/// sentences name different words of one group are of different things, however alike the rest ("five sailings a day in
/// winter", "eight sailings a day in summer"). A sentence naming two words of one group compares them, and says nothing
/// this way; but the clause holding the claim may ("The northbound carriageway reopened at 11am, but the southbound side
/// stayed closed").
/// </summary>
internal static class ExclusiveQualifiers
{
    private static readonly Dictionary<string, (int Group, int Member)> Words = Index();

    // Most sentences name none of the words: one scan for any of them spares tokenizing those.
    private static readonly System.Buffers.SearchValues<string> AnyWord = System.Buffers.SearchValues.Create([.. Words.Keys], StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, (int Group, int Member)> Index()
    {
        var words = new Dictionary<string, (int, int)>(StringComparer.OrdinalIgnoreCase);
        var groups = Lexicon.Groups("compare-exclusive-qualifiers");
        for (var g = 0; g < groups.Count; g++)
        {
            for (var m = 0; m < groups[g].Length; m++)
            {
                words[groups[g][m]] = (g, m);
            }
        }

        return words;
    }

    /// <summary>
    /// Each group's one word the sentence of <paramref name="claim"/> names, by group. A group the sentence names by two
    /// words is read in the clause holding the claim alone (ending at a semicolon, or at a comma before "but", "while" or
    /// "whereas"), and left out when that clause too names none or both.
    /// </summary>
    public static IReadOnlyDictionary<int, int> Of(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var text = claim.Sentence.Text;
        var (named, mixed) = Named(text, 0, text.Length);
        if (mixed is null || ClaimPlace.In(claim) is var at && at < 0)
        {
            return named;
        }

        var (start, end) = Clause(text, at, at + claim.Text.Length);
        var (inClause, _) = Named(text, start, end);
        var result = new Dictionary<int, int>(named);
        foreach (var group in mixed)
        {
            if (inClause.TryGetValue(group, out var member))
            {
                result[group] = member;
            }
        }

        return result;
    }

    // Where a clause ends: "; " or a comma before one of these.
    private static readonly string[] ClauseBreaks = [", but ", ", while ", ", whereas "];

    private static (int Start, int End) Clause(string text, int from, int to)
    {
        var start = 0;
        var end = text.Length;
        var semicolonBefore = text.LastIndexOf(';', Math.Max(0, from - 1));
        if (semicolonBefore >= 0 && semicolonBefore < from)
        {
            start = semicolonBefore + 1;
        }

        var semicolonAfter = text.IndexOf(';', to);
        if (semicolonAfter >= 0)
        {
            end = semicolonAfter;
        }

        foreach (var mark in ClauseBreaks)
        {
            var before = from >= mark.Length ? text.LastIndexOf(mark, from - 1, StringComparison.OrdinalIgnoreCase) : -1;
            if (before >= 0 && before + mark.Length > start && before + mark.Length <= from)
            {
                start = before + 2; // past the comma and space: the conjunction opens the clause
            }

            var after = text.IndexOf(mark, to, StringComparison.OrdinalIgnoreCase);
            if (after >= 0 && after < end)
            {
                end = after;
            }
        }

        return (start, end);
    }

    /// <summary>The one word of each group the text from <paramref name="start"/> to <paramref name="end"/> names, and the groups it names by two (left out of the first).</summary>
    private static (IReadOnlyDictionary<int, int> Named, HashSet<int>? Mixed) Named(string text, int start, int end)
    {
        if (text.AsSpan(start, end - start).IndexOfAny(AnyWord) < 0)
        {
            return (Empty, null);
        }

        Dictionary<int, int>? named = null;
        HashSet<int>? mixed = null;
        foreach (var token in WordTokens.Split(text, start, end))
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
            return (Empty, null);
        }

        foreach (var group in mixed ?? [])
        {
            named.Remove(group);
        }

        return (named, mixed);
    }

    /// <summary>Whether two claims' sentences (or clauses) name different words of one group.</summary>
    public static bool Differ(IReadOnlyDictionary<int, int> a, IReadOnlyDictionary<int, int> b) =>
        a.Any(p => b.TryGetValue(p.Key, out var other) && other != p.Value);

    private static readonly Dictionary<int, int> Empty = [];
}
