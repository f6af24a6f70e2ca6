using System.Runtime.CompilerServices;

namespace FactCheck.Core.Align;

/// <summary>
/// Average-linkage agglomerative clustering over a sparse similarity graph: starting from single
/// sources, the two groups with the highest mean pairwise similarity (a missing pair counts as 0)
/// are merged while that mean reaches the threshold; on a tie the pair that comes first in group
/// order wins, a merged group takes the place of the earlier of the two and the later one's members
/// follow its own. Only group pairs with some similarity are tracked (in a sorted set, best first),
/// and after a merge only the merged group's pairs are summed again, so a linked component of m
/// sources costs about its number of edges per merge rather than m² per merge.
/// </summary>
/// <remarks>
/// Each mean is summed in the order a plain nested loop over the two groups' members would take
/// (earlier group outside, members in group order), so the bits, and therefore every tie and every
/// comparison with the threshold, are those of the straightforward algorithm.
/// </remarks>
internal sealed class AverageLinkage(double threshold, IReadOnlyList<List<(int Other, double Similarity)>> neighbours)
{
    private readonly int[] _local = Filled(neighbours.Count, -1);

    /// <summary>Splits one linked component (source indices in ascending order) into groups.</summary>
    public List<List<int>> Split(List<int> members)
    {
        if (members.Count == 1 || threshold <= 0)
        {
            // Every mean is at least 0: below a threshold of 0 nothing stops the merging.
            return [[.. members]];
        }

        // The component's own similarity graph, over local indices 0..m-1 (in source order).
        var m = members.Count;
        for (var i = 0; i < m; i++)
        {
            _local[members[i]] = i;
        }

        var edges = new (int Other, double Similarity)[m][];
        var buffer = new List<(int, double)>();
        for (var i = 0; i < m; i++)
        {
            buffer.Clear();
            foreach (var (other, s) in neighbours[members[i]])
            {
                var j = _local[other];
                if (j >= 0 && members[j] == other)
                {
                    buffer.Add((j, s));
                }
            }

            edges[i] = [.. buffer];
        }

        foreach (var member in members)
        {
            _local[member] = -1;
        }

        var groups = Merge(m, edges);
        var result = new List<List<int>>(groups.Count);
        foreach (var g in groups)
        {
            result.Add(g.ConvertAll(i => members[i]));
        }

        return result;
    }

    // Runs once per linked component over its whole graph: worth optimising before tiering would.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<List<int>> Merge(int m, (int Other, double Similarity)[][] edges)
    {
        var slot = new int[m];
        var position = new int[m];
        var groups = new List<int>?[m];
        var pairs = new Dictionary<int, double>?[m];
        var queue = new SortedSet<(double Mean, int Left, int Right)>(BestFirst.Instance);
        for (var i = 0; i < m; i++)
        {
            slot[i] = i;
            groups[i] = [i];
            pairs[i] = [];
        }

        // Singleton groups: the mean of one pair is its similarity.
        for (var i = 0; i < m; i++)
        {
            foreach (var (j, s) in edges[i])
            {
                if (j > i)
                {
                    pairs[i]![j] = s;
                    pairs[j]![i] = s;
                    queue.Add((s, i, j));
                }
            }
        }

        var contributions = new List<(int Other, int Left, int Right, double Similarity)>();
        while (queue.Count > 0)
        {
            var (mean, p, q) = queue.Min;
            if (mean < threshold)
            {
                break;
            }

            // Forget every pair of the two groups; the merged group's pairs are worked out afresh.
            foreach (var (k, value) in pairs[p]!)
            {
                queue.Remove(Entry(p, k, value));
                pairs[k]!.Remove(p);
            }

            foreach (var (k, value) in pairs[q]!)
            {
                queue.Remove(Entry(q, k, value));
                pairs[k]!.Remove(q);
            }

            pairs[q] = null;
            pairs[p]!.Clear();
            var merged = groups[p]!;
            foreach (var i in groups[q]!)
            {
                slot[i] = p;
                position[i] = merged.Count;
                merged.Add(i);
            }

            groups[q] = null;

            // Each similarity between the merged group and another, placed where a nested loop would add it.
            contributions.Clear();
            foreach (var b in merged)
            {
                foreach (var (a, s) in edges[b])
                {
                    var k = slot[a];
                    if (k != p)
                    {
                        contributions.Add(k < p ? (k, position[a], position[b], s) : (k, position[b], position[a], s));
                    }
                }
            }

            contributions.Sort(static (x, y) =>
                x.Other != y.Other ? x.Other.CompareTo(y.Other) : x.Left != y.Left ? x.Left.CompareTo(y.Left) : x.Right.CompareTo(y.Right));
            for (var c = 0; c < contributions.Count;)
            {
                var k = contributions[c].Other;
                var sum = 0.0;
                for (; c < contributions.Count && contributions[c].Other == k; c++)
                {
                    sum += contributions[c].Similarity;
                }

                var value = sum / ((long)merged.Count * groups[k]!.Count);
                pairs[p]![k] = value;
                pairs[k]![p] = value;
                queue.Add(Entry(p, k, value));
            }
        }

        var result = new List<List<int>>();
        foreach (var g in groups)
        {
            if (g is not null)
            {
                result.Add(g);
            }
        }

        return result;
    }

    private static (double, int, int) Entry(int x, int y, double mean) => x < y ? (mean, x, y) : (mean, y, x);

    private static int[] Filled(int count, int value)
    {
        var array = new int[count];
        Array.Fill(array, value);
        return array;
    }

    /// <summary>Highest mean first; on a tie the pair a row-by-row scan meets first.</summary>
    private sealed class BestFirst : IComparer<(double Mean, int Left, int Right)>
    {
        public static BestFirst Instance { get; } = new();

        public int Compare((double Mean, int Left, int Right) x, (double Mean, int Left, int Right) y) =>
            x.Mean != y.Mean ? y.Mean.CompareTo(x.Mean) : x.Left != y.Left ? x.Left.CompareTo(y.Left) : x.Right.CompareTo(y.Right);
    }
}
