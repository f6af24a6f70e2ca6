using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using FactCheck.Core.Claims;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Align;

/// <summary>
/// Groups sources that cover the same story. Each source becomes a TF-IDF vector of its content
/// words, its proper-name pairs and the days its claims resolve to. Sources are compared only when
/// they share a distinctive term (blocking through an inverted index, so a folder of thousands of
/// articles is not compared all against all); sources at least <see cref="Threshold"/> alike are
/// linked, and each linked group is then split by average-linkage agglomerative clustering at the
/// same threshold, so that one loose link does not chain two stories together. A source left alone
/// "stands apart" and is compared with no one.
/// </summary>
public sealed partial class SourceClusterer(double threshold = SourceClusterer.DefaultThreshold)
{
    public const double DefaultThreshold = 0.2;

    // A term in more documents than this is too common to block on: far more outlets than ever cover
    // one story. Common terms still count in the similarity of the pairs that blocking finds.
    private const int PostingCap = 50;

    public double Threshold { get; } = threshold;

    public IReadOnlyList<Cluster> Group(IReadOnlyList<AnalyzedSource> sources, IReadOnlyDictionary<string, IReadOnlyList<Claim>> claims)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(claims);
        var terms = sources
            .AsParallel().AsOrdered()
            .Select(s => TermsOf(s, claims.GetValueOrDefault(s.Id) ?? []))
            .ToList();
        return Group(sources, terms, claims);
    }

    /// <summary>Groups sources whose clustering terms (<see cref="TermsOf"/>, one per source, in order) are known.</summary>
    public IReadOnlyList<Cluster> Group(
        IReadOnlyList<AnalyzedSource> sources, IReadOnlyList<SourceTerms> terms, IReadOnlyDictionary<string, IReadOnlyList<Claim>> claims) =>
        GroupKeepingState(sources, terms, claims).Clusters;

    /// <summary>
    /// Groups sources as <see cref="Group(IReadOnlyList{AnalyzedSource}, IReadOnlyList{SourceTerms}, IReadOnlyDictionary{string, IReadOnlyList{Claim}})"/>
    /// does, and returns what a later run needs to group them again after a few of them changed (<see cref="Regroup"/>).
    /// </summary>
    public (IReadOnlyList<Cluster> Clusters, ClusteringState State) GroupKeepingState(
        IReadOnlyList<AnalyzedSource> sources, IReadOnlyList<SourceTerms> terms, IReadOnlyDictionary<string, IReadOnlyList<Claim>> claims)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(claims);
        if (terms.Count != sources.Count)
        {
            throw new ArgumentException("one term list per source", nameof(terms));
        }

        var state = GroupTerms(terms);
        var groups = state.Groups;
        var clusters = new List<Cluster>(groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            var clusterClaims = new List<Claim>();
            foreach (var k in g)
            {
                clusterClaims.AddRange(claims.GetValueOrDefault(sources[k].Id) ?? []);
            }

            clusters.Add(new Cluster(ClusterId(i), [.. g.Select(k => sources[k])], clusterClaims));
        }

        return (clusters, state);
    }

    /// <summary>The grouping of sources known by their clustering terms alone, as the state a later <see cref="Regroup"/> starts from.</summary>
    internal ClusteringState GroupTerms(IReadOnlyList<SourceTerms> terms)
    {
        // Term ids in the order terms are first met, source by source: the vectors' sums then run
        // in the same order whichever way the term lists were made.
        var vocabulary = new TermIds();
        var documents = new (int[] Terms, int[] Counts)[terms.Count];
        for (var i = 0; i < terms.Count; i++)
        {
            var ids = new int[terms[i].Count];
            var words = terms[i].TermArray;
            for (var k = 0; k < ids.Length; k++)
            {
                ids[k] = vocabulary.Of(words[k]);
            }

            documents[i] = (ids, terms[i].CountArray);
        }

        var (groups, components) = Partition(documents, vocabulary.Count);
        return new ClusteringState(vocabulary.InOrder(), documents, components, groups);
    }

    /// <summary>The id of the cluster at <paramref name="index"/> in the order of their first sources: "c1", "c2", ….</summary>
    public static string ClusterId(int index) => "c" + (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The groups of the documents (term ids and counts), as sorted lists of their indices in order
    /// of their first member, and each document's linked component (named by its smallest member).
    /// </summary>
    private (List<int[]> Groups, int[] Components) Partition((int[] Terms, int[] Counts)[] documents, int vocabularySize)
    {
        var vectors = TermVector.TfIdf(documents, vocabularySize);
        var neighbours = CandidateSimilarities(vectors, vocabularySize);

        // Link sources whose similarity reaches the threshold; each linked component is a candidate story.
        var all = Enumerable.Range(0, documents.Length);
        var componentOf = new int[documents.Length];
        var groups = SplitComponents(all, Link(documents.Length, all, neighbours), neighbours, componentOf);

        // Stable ids: clusters in order of their first source.
        groups.Sort((x, y) => x[0].CompareTo(y[0]));
        return (groups, componentOf);
    }

    /// <summary>The sources of <paramref name="count"/> linked to each other where <paramref name="sources"/>' similarities reach the threshold.</summary>
    private UnionFind Link(int count, IEnumerable<int> sources, IReadOnlyList<List<(int Other, double Similarity)>?> neighbours)
    {
        var links = new UnionFind(count);
        foreach (var a in sources)
        {
            foreach (var (b, s) in neighbours[a]!)
            {
                if (s >= Threshold)
                {
                    links.Union(a, b);
                }
            }
        }

        return links;
    }

    /// <summary>
    /// The groups of the linked components that <paramref name="sources"/> (ascending) make up, each
    /// sorted: every component's members in source order, split by average linkage. Each source's
    /// component (its smallest member) is written into <paramref name="componentOf"/>.
    /// </summary>
    private List<int[]> SplitComponents(
        IEnumerable<int> sources, UnionFind links, IReadOnlyList<List<(int Other, double Similarity)>> neighbours, int[] componentOf)
    {
        var members = new Dictionary<int, List<int>>();
        var roots = new List<int>();
        foreach (var i in sources)
        {
            var root = componentOf[i] = links.Find(i);
            if (!members.TryGetValue(root, out var list))
            {
                members[root] = list = [];
                roots.Add(root);
            }

            list.Add(i);
        }

        var linkage = new AverageLinkage(Threshold, neighbours);
        return [.. roots.SelectMany(root => linkage.Split(members[root]).Select(group =>
        {
            group.Sort();
            return group.ToArray();
        }))];
    }

    /// <summary>
    /// Cosine similarities of the pairs of sources that share at least one distinctive term, as each
    /// source's list of (other source, similarity).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<(int Other, double Similarity)>[] CandidateSimilarities(SparseVector[] vectors, int vocabularySize)
    {
        var (offsets, postings) = DistinctiveIndex(vectors, vocabularySize);

        // Each source's similarities to the sources after it, worked out on all cores with scratch
        // arrays per thread; then joined in source order, so each list is ordered as one thread
        // would have built it.
        var forward = new (int Other, double Similarity)[vectors.Length][];
        Parallel.For(
            0,
            vectors.Length,
            () => new Scratch(vectors.Length, vocabularySize),
            (a, _, scratch) =>
            {
                forward[a] = Forward(a, vectors, offsets, postings, scratch);
                return scratch;
            },
            _ => { });

        var neighbours = new List<(int, double)>[vectors.Length];
        for (var d = 0; d < vectors.Length; d++)
        {
            neighbours[d] = [];
        }

        for (var a = 0; a < vectors.Length; a++)
        {
            foreach (var (b, s) in forward[a])
            {
                neighbours[a].Add((b, s));
                neighbours[b].Add((a, s));
            }
        }

        return neighbours;
    }

    /// <summary>
    /// An inverted index of the distinctive terms only (in more than one document and at most
    /// <see cref="PostingCap"/>): the documents of term t, ascending, are postings[offsets[t]..offsets[t + 1]].
    /// </summary>
    private static (int[] Offsets, int[] Postings) DistinctiveIndex(SparseVector[] vectors, int vocabularySize)
    {
        var df = new int[vocabularySize];
        foreach (var v in vectors)
        {
            foreach (var t in v.TermArray)
            {
                df[t]++;
            }
        }

        var offsets = new int[vocabularySize + 1];
        for (var t = 0; t < vocabularySize; t++)
        {
            offsets[t + 1] = offsets[t] + (df[t] > 1 && df[t] <= PostingCap ? df[t] : 0);
        }

        var postings = new int[offsets[vocabularySize]];
        var filled = new int[vocabularySize];
        for (var d = 0; d < vectors.Length; d++)
        {
            foreach (var t in vectors[d].TermArray)
            {
                if (offsets[t + 1] > offsets[t])
                {
                    postings[offsets[t] + filled[t]++] = d;
                }
            }
        }

        return (offsets, postings);
    }

    /// <summary>The similarities of source <paramref name="a"/> to the later sources it shares a distinctive term with, in their order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Other, double Similarity)[] Forward(int a, SparseVector[] vectors, int[] offsets, int[] postings, Scratch scratch)
    {
        var va = vectors[a];
        var partners = scratch.Partners;
        partners.Clear();
        foreach (var t in va.TermArray)
        {
            for (var p = offsets[t]; p < offsets[t + 1]; p++)
            {
                var b = postings[p];
                if (b > a && scratch.SeenWith[b] != a)
                {
                    scratch.SeenWith[b] = a;
                    partners.Add(b);
                }
            }
        }

        if (partners.Count == 0)
        {
            return [];
        }

        partners.Sort();
        scratch.Spread(va);
        var result = new (int, double)[partners.Count];
        for (var i = 0; i < partners.Count; i++)
        {
            var b = partners[i];
            result[i] = (b, Cosine(va, vectors[b], scratch.WeightOf, scratch.RankOf, scratch.Products));
        }

        scratch.Unspread(va);
        return result;
    }

    /// <summary>One thread's working arrays for <see cref="Forward"/>.</summary>
    private sealed class Scratch
    {
        public Scratch(int documents, int vocabularySize)
        {
            SeenWith = new int[documents];
            Array.Fill(SeenWith, -1);
            WeightOf = new double[vocabularySize];
            RankOf = new int[vocabularySize];
        }

        public int[] SeenWith { get; }

        public double[] WeightOf { get; }

        public int[] RankOf { get; }

        public List<int> Partners { get; } = [];

        public double[] Products { get; private set; } = [];

        /// <summary>Lays <paramref name="v"/> out by term: its weights, its ranks (position + 1), room for its products.</summary>
        public void Spread(SparseVector v)
        {
            var (terms, weights) = (v.TermArray, v.WeightArray);
            for (var k = 0; k < terms.Length; k++)
            {
                WeightOf[terms[k]] = weights[k];
                RankOf[terms[k]] = k + 1;
            }

            if (Products.Length < terms.Length)
            {
                Products = new double[terms.Length];
            }
        }

        /// <summary>Clears what <see cref="Spread"/> laid out, ready for the next vector.</summary>
        public void Unspread(SparseVector v)
        {
            foreach (var t in v.TermArray)
            {
                WeightOf[t] = 0;
                RankOf[t] = 0;
            }
        }
    }

    /// <summary>
    /// The cosine of two L2-normalised vectors, <paramref name="a"/> spread out in
    /// <paramref name="weightOf"/> and <paramref name="rankOf"/> (its position + 1 per term). The
    /// products are summed in the order of the shorter vector's terms (the first on a tie), the
    /// order a plain look-up loop over it would take, so the bits never depend on the data layout.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Cosine(SparseVector a, SparseVector b, double[] weightOf, int[] rankOf, double[] products)
    {
        var sum = 0.0;
        var (bTerms, bWeights) = (b.TermArray, b.WeightArray);
        if (a.Count > b.Count)
        {
            for (var k = 0; k < bTerms.Length; k++)
            {
                // An absent term reads 0, and adding +0 leaves a sum of non-negative products unchanged.
                sum += bWeights[k] * weightOf[bTerms[k]];
            }

            return sum;
        }

        for (var k = 0; k < bTerms.Length; k++)
        {
            var rank = rankOf[bTerms[k]];
            if (rank > 0)
            {
                products[rank - 1] = weightOf[bTerms[k]] * bWeights[k];
            }
        }

        for (var k = 0; k < a.Count; k++)
        {
            sum += products[k];
            products[k] = 0;
        }

        return sum;
    }

    /// <summary>
    /// The terms a source is clustered on: the content words of its sentences, its proper-name
    /// pairs, and the days its date claims resolve to, each with how often it occurs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SourceTerms TermsOf(AnalyzedSource source, IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(claims);
        var bag = TermBag.ForThisThread();
        var words = new List<string>();
        foreach (var sentence in source.Sentences)
        {
            words.Clear();
            TermVector.AddContentWords(sentence.Text, words);
            foreach (var word in words)
            {
                bag.Add(word);
            }

            AddNamePairs(sentence.Text, bag);
        }

        // Days the story's events fall on, and the figures it states: two stories about the same days
        // and the same "$12.8 billion" are likelier one story, however differently they are worded.
        // Small whole numbers ("3 people", "18%") are too common to say anything.
        foreach (var claim in claims)
        {
            if (claim is DateClaim { Resolved: { Precision: DatePrecision.Day } d })
            {
                bag.Add("@" + d.ToIso());
            }
            else if (claim is QuantityClaim { Quantity: { Unit: not null } q } && q.Low == q.High && (Math.Abs(q.Low) >= 100 || q.Low != decimal.Truncate(q.Low)))
            {
                // Divided by a one with many decimals, a decimal drops its trailing zeros: "12.80" and "12.8" are one term.
                bag.Add("#" + (q.Low / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture));
            }
        }

        return bag.ToTerms();
    }

    /// <summary>Distinct terms in the order first met, with counts; a term given as characters becomes a string once.</summary>
    private sealed class TermBag
    {
        // One per thread, emptied for each source: the tables keep their size, so thousands of
        // sources do not each grow their own.
        [ThreadStatic]
        private static TermBag? _ofThisThread;

        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _terms = [];
        private readonly List<int> _counts = [];

        public static TermBag ForThisThread()
        {
            var bag = _ofThisThread ??= new TermBag();
            bag._index.Clear();
            bag._terms.Clear();
            bag._counts.Clear();
            return bag;
        }

        public void Add(string term)
        {
            if (_index.TryGetValue(term, out var i))
            {
                _counts[i]++;
                return;
            }

            _index[term] = _terms.Count;
            _terms.Add(term);
            _counts.Add(1);
        }

        public void Add(ReadOnlySpan<char> term)
        {
            if (_index.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(term, out var i))
            {
                _counts[i]++;
                return;
            }

            Add(term.ToString());
        }

        public SourceTerms ToTerms() => SourceTerms.Owning([.. _terms], [.. _counts]);
    }

    private static readonly SearchValues<char> NameSeparators = SearchValues.Create(" ,;:()\"\u201C\u201D");

    /// <summary>
    /// Adjacent capitalised words ("Ana Okafor"), which name the people and places of a story, as
    /// terms "^ana_okafor". Tokens are the runs between separators; the term is built in a buffer
    /// so that a pair seen before costs no allocation.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddNamePairs(string sentence, TermBag terms)
    {
        Span<char> buffer = stackalloc char[128];
        var rest = sentence.AsSpan();
        var previous = ReadOnlySpan<char>.Empty;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOfAny(NameSeparators);
            var token = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (token.IsEmpty)
            {
                continue;
            }

            if (previous.Length > 1 && token.Length > 1 && char.IsUpper(previous[0]) && char.IsUpper(token[0]))
            {
                var first = previous.TrimEnd(".'\u2019");
                var second = token.TrimEnd(".'\u2019s");
                var length = first.Length + second.Length + 2;
                var term = length <= buffer.Length ? buffer[..length] : new char[length];
                term[0] = '^';
                first.ToLowerInvariant(term[1..]);
                term[first.Length + 1] = '_';
                second.ToLowerInvariant(term[(first.Length + 2)..]);
                terms.Add(term);
            }

            previous = token;
        }
    }
}
