namespace FactCheck.Core.Align;

/// <summary>
/// What grouping a folder leaves for the next run: every term by id, each source's term ids and
/// counts (as TF-IDF reads them), each source's linked component (named by its smallest member),
/// and the groups (sorted source indices, in order of their first member).
/// </summary>
public sealed record ClusteringState(
    IReadOnlyList<string> Vocabulary, (int[] Terms, int[] Counts)[] Documents, int[] Components, IReadOnlyList<int[]> Groups);

/// <summary>
/// The groups after some sources changed, the state to keep for the next run, and which sources
/// were grouped anew; every other source's group is one the previous run had, unchanged.
/// </summary>
public sealed record Regrouping(IReadOnlyList<int[]> Groups, ClusteringState State, bool[] Regrouped);

public sealed partial class SourceClusterer
{
    /// <summary>
    /// The groups a full grouping would give once the sources in <paramref name="changed"/> (index →
    /// their new terms) have changed, worked out from the <paramref name="previous"/> run's state
    /// with the work confined to what the change can reach.
    /// </summary>
    /// <remarks>
    /// Why the result is the full grouping's, bit for bit: a vector depends only on its source's
    /// counts, the number of sources and the document frequencies of its own terms, and the
    /// similarity of two sources only on their two vectors (summed in their own term order). So when
    /// the number of sources is unchanged, only the changed sources and those holding a term whose
    /// document frequency moved can have new vectors ("moved"); any other pair keeps its similarity,
    /// and whether it is a candidate pair at all. A linked component with no moved source has only
    /// unchanged links, inside and out, so it is a component the previous run had, with no moved source,
    /// and average linkage splits it as before. Everything else is grouped again: the sources reached
    /// by the new links from the moved sources and from every member of a previous component that held one.
    /// </remarks>
    public Regrouping Regroup(ClusteringState previous, IReadOnlyDictionary<int, SourceTerms> changed)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(changed);
        var n = previous.Documents.Length;

        // The changed sources' terms as ids: known terms keep theirs, new ones are numbered after the rest.
        foreach (var index in changed.Keys)
        {
            if (index < 0 || index >= n)
            {
                throw new ArgumentOutOfRangeException(nameof(changed), index, "no such source in the previous grouping");
            }
        }

        var (vocabulary, documents) = WithTerms(previous, [.. Enumerable.Range(0, n)], changed);
        var size = vocabulary.Count;
        var before = DocumentFrequencies(previous.Documents, size);
        var after = DocumentFrequencies(documents, size);
        var moved = new bool[n];
        foreach (var index in changed.Keys)
        {
            moved[index] = true;
        }

        for (var d = 0; d < n; d++)
        {
            foreach (var t in documents[d].Terms)
            {
                if (before[t] != after[t])
                {
                    moved[d] = true;
                    break;
                }
            }
        }

        var touched = new HashSet<int>();
        for (var d = 0; d < n; d++)
        {
            if (moved[d])
            {
                touched.Add(previous.Components[d]);
            }
        }

        // Walk the new links from the seeds; every source reached is grouped anew, with all its candidate pairs.
        var vectors = TermVector.TfIdf(documents, size);
        var (offsets, postings) = DistinctiveIndex(vectors, size);
        var scratch = new Scratch(n, size);
        var neighbours = new List<(int Other, double Similarity)>[n];
        var regrouped = new bool[n];
        var queue = new Queue<int>();
        for (var d = 0; d < n; d++)
        {
            if (moved[d] || touched.Contains(previous.Components[d]))
            {
                regrouped[d] = true;
                queue.Enqueue(d);
            }
        }

        while (queue.TryDequeue(out var x))
        {
            neighbours[x] = AllSimilarities(x, vectors, offsets, postings, scratch);
            foreach (var (y, s) in neighbours[x])
            {
                if (s >= Threshold && !regrouped[y])
                {
                    regrouped[y] = true;
                    queue.Enqueue(y);
                }
            }
        }

        // The regrouped sources' components (every link of theirs stays among them), split as a full grouping splits them.
        var regroupedSources = Enumerable.Range(0, n).Where(x => regrouped[x]).ToList();
        var links = Link(n, regroupedSources, neighbours);
        var components = (int[])previous.Components.Clone();
        var groups = previous.Groups.Where(g => !regrouped[g[0]]).ToList();
        groups.AddRange(SplitComponents(regroupedSources, links, neighbours, components));
        groups.Sort((a, b) => a[0].CompareTo(b[0]));
        return new Regrouping(groups, new ClusteringState([.. vocabulary], documents, components, groups), regrouped);
    }

    /// <summary>
    /// The full grouping of a folder whose files were added to or removed since the
    /// <paramref name="previous"/> run: source i is the previous run's source <paramref name="kept"/>[i]
    /// when that is 0 or more, its terms as they were; else its terms are <paramref name="fresh"/>[i].
    /// With the number of sources changed every weight may have, so all are grouped again, from the
    /// stored terms (no text is read): the groups are a full grouping's.
    /// </summary>
    public ClusteringState Rebuild(ClusteringState previous, IReadOnlyList<int> kept, IReadOnlyDictionary<int, SourceTerms> fresh)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(kept);
        ArgumentNullException.ThrowIfNull(fresh);
        for (var i = 0; i < kept.Count; i++)
        {
            if ((kept[i] < 0 && !fresh.ContainsKey(i)) || kept[i] >= previous.Documents.Length)
            {
                throw new ArgumentException($"source {i} is neither a previous source nor given terms", nameof(kept));
            }
        }

        var (vocabulary, documents) = WithTerms(previous, kept, fresh);
        var (groups, components) = Partition(documents, vocabulary.Count);
        return new ClusteringState([.. vocabulary], documents, components, groups);
    }

    /// <summary>
    /// The documents of a folder as term ids: source i is the previous run's source
    /// <paramref name="from"/>[i] (when 0 or more) unless <paramref name="fresh"/> gives its terms,
    /// which keep the ids of terms already known and number new ones after the rest.
    /// </summary>
    private static (List<string> Vocabulary, (int[] Terms, int[] Counts)[] Documents) WithTerms(
        ClusteringState previous, IReadOnlyList<int> from, IReadOnlyDictionary<int, SourceTerms> fresh)
    {
        var vocabulary = new List<string>(previous.Vocabulary);
        var documents = new (int[] Terms, int[] Counts)[from.Count];
        for (var i = 0; i < documents.Length; i++)
        {
            documents[i] = from[i] >= 0 ? previous.Documents[from[i]] : ([], []);
        }

        if (fresh.Count == 0)
        {
            return (vocabulary, documents);
        }

        var ids = new Dictionary<string, int>(vocabulary.Count, StringComparer.Ordinal);
        for (var t = 0; t < vocabulary.Count; t++)
        {
            ids[vocabulary[t]] = t;
        }

        foreach (var (index, terms) in fresh.OrderBy(p => p.Key))
        {
            var termIds = new int[terms.Count];
            for (var k = 0; k < termIds.Length; k++)
            {
                var term = terms.TermArray[k];
                if (!ids.TryGetValue(term, out var id))
                {
                    ids[term] = id = vocabulary.Count;
                    vocabulary.Add(term);
                }

                termIds[k] = id;
            }

            documents[index] = (termIds, terms.CountArray);
        }

        return (vocabulary, documents);
    }

    private static int[] DocumentFrequencies((int[] Terms, int[] Counts)[] documents, int vocabularySize)
    {
        var df = new int[vocabularySize];
        foreach (var (terms, _) in documents)
        {
            foreach (var t in terms)
            {
                df[t]++;
            }
        }

        return df;
    }

    /// <summary>
    /// Source <paramref name="x"/>'s similarity to every source it shares a distinctive term with,
    /// in source order: each pair worked out as the full grouping works it out (the earlier source
    /// spread out), so the bits are the same.
    /// </summary>
    private static List<(int Other, double Similarity)> AllSimilarities(int x, SparseVector[] vectors, int[] offsets, int[] postings, Scratch scratch)
    {
        var partners = new SortedSet<int>();
        foreach (var t in vectors[x].TermArray)
        {
            for (var p = offsets[t]; p < offsets[t + 1]; p++)
            {
                if (postings[p] != x)
                {
                    partners.Add(postings[p]);
                }
            }
        }

        var result = new List<(int, double)>(partners.Count);
        foreach (var y in partners)
        {
            var (a, b) = y > x ? (x, y) : (y, x);
            result.Add((y, PairSimilarity(vectors[a], vectors[b], scratch)));
        }

        return result;
    }

    /// <summary>The cosine of <paramref name="a"/> (the earlier source) and <paramref name="b"/>, as <see cref="Forward"/> works it out.</summary>
    private static double PairSimilarity(SparseVector a, SparseVector b, Scratch scratch)
    {
        scratch.Spread(a);
        var similarity = Cosine(a, b, scratch.WeightOf, scratch.RankOf, scratch.Products);
        scratch.Unspread(a);
        return similarity;
    }
}
