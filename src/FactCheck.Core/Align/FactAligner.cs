using FactCheck.Core.Claims;

namespace FactCheck.Core.Align;

/// <summary>
/// Aligns claims that state the same fact in different sources. For every pair of sources, each
/// claim is paired with its most similar comparable claim in the other source, and the pair is kept
/// only when the choice is mutual and the similarity reaches a threshold; kept pairs are then joined
/// into facts (connected components). Mutual best matches keep "the Palace on Tuesday rejected"
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
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(comparable);
        ArgumentNullException.ThrowIfNull(similarity);

        // Claim positions per source, sources in id order.
        var bySourceId = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < claims.Count; i++)
        {
            if (!bySourceId.TryGetValue(claims[i].SourceId, out var list))
            {
                bySourceId[claims[i].SourceId] = list = [];
            }

            list.Add(i);
        }

        var bySource = bySourceId.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).ToList();
        var sets = new UnionFind(claims.Count);
        var scores = Array.Empty<double>();
        for (var a = 0; a < bySource.Count; a++)
        {
            for (var b = a + 1; b < bySource.Count; b++)
            {
                var (left, right) = (bySource[a], bySource[b]);
                if (scores.Length < left.Count * right.Count)
                {
                    scores = new double[left.Count * right.Count];
                }

                MutualBest(claims, left, right, comparable, similarity, threshold, scores, sets);
            }
        }

        // Facts and lone claims in the order of their first claim.
        var groups = new List<List<T>>();
        var groupOfRoot = new Dictionary<int, int>();
        for (var i = 0; i < claims.Count; i++)
        {
            var root = sets.Find(i);
            if (!groupOfRoot.TryGetValue(root, out var g))
            {
                groupOfRoot[root] = g = groups.Count;
                groups.Add([]);
            }

            groups[g].Add(claims[i]);
        }

        var facts = new List<IReadOnlyList<T>>();
        var alone = new List<T>();
        foreach (var group in groups)
        {
            if (group.Count == 1)
            {
                alone.Add(group[0]);
            }
            else if (group.Exists(c => !string.Equals(c.SourceId, group[0].SourceId, StringComparison.Ordinal)))
            {
                facts.Add(group);
            }
        }

        return (facts, alone);
    }

    /// <summary>
    /// Joins each claim of <paramref name="left"/> with its best match in <paramref name="right"/> when
    /// that claim is also the match's best and the score reaches the threshold. Scores of pairs that
    /// are not comparable are -1; on equal scores the earlier claim is the best.
    /// </summary>
    private static void MutualBest<T>(
        IReadOnlyList<T> claims, List<int> left, List<int> right, Func<T, T, bool> comparable, Func<T, T, double> similarity,
        double threshold, double[] scores, UnionFind sets)
        where T : Claim
    {
        var width = right.Count;
        for (var i = 0; i < left.Count; i++)
        {
            var x = claims[left[i]];
            for (var j = 0; j < width; j++)
            {
                var y = claims[right[j]];
                scores[(i * width) + j] = comparable(x, y) ? similarity(x, y) : -1;
            }
        }

        for (var i = 0; i < left.Count; i++)
        {
            var (best, value) = (-1, double.MinValue);
            for (var j = 0; j < width; j++)
            {
                if (scores[(i * width) + j] > value)
                {
                    (best, value) = (j, scores[(i * width) + j]);
                }
            }

            if (value < 0 || value < threshold)
            {
                continue;
            }

            var (back, backValue) = (-1, double.MinValue);
            for (var k = 0; k < left.Count; k++)
            {
                if (scores[(k * width) + best] > backValue)
                {
                    (back, backValue) = (k, scores[(k * width) + best]);
                }
            }

            if (backValue >= 0 && back == i)
            {
                sets.Union(left[i], right[best]);
            }
        }
    }
}
