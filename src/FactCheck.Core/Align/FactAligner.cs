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
    /// <param name="canShareFact">
    /// Whether two claims of one source may stand in one fact (a figure a report repeats); null: any may. Pairs are
    /// joined strongest first, and a pair that would put two claims of one source that cannot share a fact into one
    /// is left apart, so that "212 sick" and "2,840 on board" of one report are not made one fact through a third
    /// report's figure that is weakly like each. Nor are two claims of two sources that are not comparable joined through
    /// others: "Ameobi chipped in with 19 points" and "Orrell led all scorers with 24 points" are two players' tallies even
    /// when a third report's "finished last season with 38 points" is weakly like each.
    /// </param>
    public static (IReadOnlyList<IReadOnlyList<T>> Facts, IReadOnlyList<T> Alone) Align<T>(
        IReadOnlyList<T> claims, Func<T, T, bool> comparable, Func<T, T, double> similarity, double threshold, Func<T, T, bool>? canShareFact = null)
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
        var pairs = new List<(int X, int Y, double Score)>();
        // Cross-source pairs that cannot be one fact, marked while scoring: joins are checked against these marks rather than
        // by asking again, which for dates means reading every claim of the cluster.
        // A cluster too big for one bit a pair (some 8 MB) asks again.
        var apart = canShareFact is null || claims.Count > MarkedClaims ? null : new System.Collections.BitArray(claims.Count * claims.Count);
        for (var a = 0; a < bySource.Count; a++)
        {
            for (var b = a + 1; b < bySource.Count; b++)
            {
                var (left, right) = (bySource[a], bySource[b]);
                if (scores.Length < left.Count * right.Count)
                {
                    scores = new double[left.Count * right.Count];
                }

                MutualBest(claims, left, right, comparable, similarity, threshold, scores, pairs, apart);
            }
        }

        // Strongest pairs first (a stable sort: equal scores keep the order they were found in).
        pairs.Sort((p, q) => q.Score.CompareTo(p.Score));
        var members = canShareFact is null ? null : Enumerable.Range(0, claims.Count).Select(i => new List<int> { i }).ToArray();
        foreach (var (x, y, _) in pairs)
        {
            var (rx, ry) = (sets.Find(x), sets.Find(y));
            if (rx == ry)
            {
                continue;
            }

            if (members is not null)
            {
                if (!CanJoin(claims, members[rx], members[ry], apart, comparable, canShareFact!))
                {
                    continue;
                }

                sets.Union(rx, ry);
                var root = sets.Find(rx);
                var (kept, moved) = root == rx ? (members[rx], members[ry]) : (members[ry], members[rx]);
                kept.AddRange(moved);
                members[root] = kept;
            }
            else
            {
                sets.Union(rx, ry);
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

    // The most claims whose cross-source pairs are marked one bit each.
    private const int MarkedClaims = 8192;

    private static bool CanJoin<T>(IReadOnlyList<T> claims, List<int> a, List<int> b, System.Collections.BitArray? apart, Func<T, T, bool> comparable, Func<T, T, bool> canShareFact)
        where T : Claim
    {
        foreach (var i in a)
        {
            foreach (var j in b)
            {
                if (string.Equals(claims[i].SourceId, claims[j].SourceId, StringComparison.Ordinal) ? !canShareFact(claims[i], claims[j]) : apart?[(i * claims.Count) + j] ?? !comparable(claims[i], claims[j]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Pairs each claim of <paramref name="left"/> with its best match in <paramref name="right"/> when
    /// that claim is also the match's best and the score reaches the threshold. Scores of pairs that
    /// are not comparable are -1; on equal scores the earlier claim is the best.
    /// </summary>
    private static void MutualBest<T>(
        IReadOnlyList<T> claims, List<int> left, List<int> right, Func<T, T, bool> comparable, Func<T, T, double> similarity,
        double threshold, double[] scores, List<(int X, int Y, double Score)> pairs, System.Collections.BitArray? apart)
        where T : Claim
    {
        var width = right.Count;
        for (var i = 0; i < left.Count; i++)
        {
            var x = claims[left[i]];
            for (var j = 0; j < width; j++)
            {
                var y = claims[right[j]];
                if (comparable(x, y))
                {
                    scores[(i * width) + j] = similarity(x, y);
                }
                else
                {
                    scores[(i * width) + j] = -1;
                    if (apart is not null)
                    {
                        apart[(left[i] * claims.Count) + right[j]] = true;
                        apart[(right[j] * claims.Count) + left[i]] = true;
                    }
                }
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
                pairs.Add((left[i], right[best], value));
            }
        }
    }
}
