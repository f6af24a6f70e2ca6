using FactCheck.Core.Claims;

namespace FactCheck.Core.Align;

/// <summary>
/// Aligns claims that state the same fact in different sources. For every pair of sources, each
/// claim is paired with its most similar comparable claim in the other source, and the pair is kept
/// only when the choice is mutual and the similarity reaches a threshold; kept pairs are then joined
/// into facts (connected components). Mutual best matches keep "the Kremlin on Tuesday rejected"
/// from aligning with "the envoy said on Monday" when a closer partner exists.
/// </summary>
public static class FactAligner
{
    /// <param name="claims">Claims of one kind from the sources of one cluster.</param>
    /// <param name="comparable">Whether two claims could state the same fact at all (same unit, say).</param>
    /// <param name="similarity">How alike two comparable claims are, 0..1.</param>
    /// <param name="threshold">The least similarity for an alignment.</param>
    /// <returns>Facts of two or more claims from distinct sources, and the claims left alone.</returns>
    public static (IReadOnlyList<IReadOnlyList<T>> Facts, IReadOnlyList<T> Alone) Align<T>(
        IReadOnlyList<T> claims, Func<T, T, bool> comparable, Func<T, T, double> similarity, double threshold)
        where T : Claim
    {
        var index = new Dictionary<T, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < claims.Count; i++)
        {
            index[claims[i]] = i;
        }

        var sets = new UnionFind(claims.Count);
        var bySource = claims.GroupBy(c => c.SourceId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToList()).ToList();

        for (var a = 0; a < bySource.Count; a++)
        {
            for (var b = a + 1; b < bySource.Count; b++)
            {
                foreach (var (x, y) in MutualBest(bySource[a], bySource[b], comparable, similarity, threshold))
                {
                    sets.Union(index[x], index[y]);
                }
            }
        }

        var groups = claims.GroupBy(c => sets.Find(index[c])).Select(g => (IReadOnlyList<T>)g.ToList()).ToList();
        var facts = groups.Where(g => g.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Count() > 1).ToList();
        var alone = groups.Where(g => g.Count == 1).Select(g => g[0]).ToList();
        return (facts, alone);
    }

    private static IEnumerable<(T, T)> MutualBest<T>(List<T> left, List<T> right, Func<T, T, bool> comparable, Func<T, T, double> similarity, double threshold)
        where T : Claim
    {
        var scores = new double[left.Count, right.Count];
        for (var i = 0; i < left.Count; i++)
        {
            for (var j = 0; j < right.Count; j++)
            {
                scores[i, j] = comparable(left[i], right[j]) ? similarity(left[i], right[j]) : -1;
            }
        }

        for (var i = 0; i < left.Count; i++)
        {
            var best = ArgMax(right.Count, j => scores[i, j]);
            if (best < 0 || scores[i, best] < threshold)
            {
                continue;
            }

            if (ArgMax(left.Count, k => scores[k, best]) == i)
            {
                yield return (left[i], right[best]);
            }
        }
    }

    private static int ArgMax(int count, Func<int, double> score)
    {
        var (best, value) = (-1, double.MinValue);
        for (var i = 0; i < count; i++)
        {
            var s = score(i);
            if (s > value)
            {
                (best, value) = (i, s);
            }
        }

        return value < 0 ? -1 : best;
    }
}
