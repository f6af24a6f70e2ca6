using FactCheck.Core.Align;
using FactCheck.Core.Normalize.Quotes;

namespace FactCheck.Core.Compare.Quotes;

/// <summary>One sentence of a quotation, made comparable.</summary>
public sealed record QuoteSegment(QuoteClaim Claim, int Index, IReadOnlyList<string> Words, SpeakerEntity? Speaker)
{
    /// <summary>The stems of the segment's content words, for finding candidates to compare quickly.</summary>
    public IReadOnlySet<string> ContentStems { get; } = Words.Where(QuoteWords.IsContent).Select(QuoteWords.Stem).ToHashSet(StringComparer.Ordinal);

    public string SourceId => Claim.SourceId;

    public bool IsLabel => Claim.Form == QuoteForm.Scare;

    public override string ToString() => string.Join(' ', Words);
}

/// <summary>
/// The same statement of one speaker as the sources of a cluster render it: quotation sentences
/// aligned by content, possibly worded differently.
/// </summary>
public sealed record QuotedStatement(SpeakerEntity Speaker, IReadOnlyList<QuoteSegment> Segments)
{
    public IReadOnlyList<string> SourceIds => [.. Segments.Select(s => s.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public IReadOnlyList<QuoteClaim> Claims => [.. Segments.Select(s => s.Claim).Distinct()];
}

/// <summary>
/// Aligns the quotations of a cluster: who is who (<see cref="SpeakerDirectory"/>), each quotation
/// split into its sentences, and sentences of one speaker in different sources joined into one
/// statement when their words line up (a word-level LCS over light stems).
/// </summary>
public sealed class QuoteAlignment
{
    private QuoteAlignment(SpeakerDirectory speakers, IReadOnlyList<QuoteSegment> segments, IReadOnlyList<QuotedStatement> statements)
    {
        Speakers = speakers;
        Segments = segments;
        Statements = statements;
    }

    public SpeakerDirectory Speakers { get; }

    public IReadOnlyList<QuoteSegment> Segments { get; }

    /// <summary>Statements of a known speaker, each with segments from one source or more.</summary>
    public IReadOnlyList<QuotedStatement> Statements { get; }

    // The three quote comparers and the alias table read the same alignment of a cluster: work it out once.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Cluster, QuoteAlignment> Cache = [];

    public static QuoteAlignment Of(Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return Cache.GetValue(cluster, Build);
    }

    private static QuoteAlignment Build(Cluster cluster)
    {
        var claims = cluster.ClaimsOf<QuoteClaim>().ToList();
        var speakers = SpeakerDirectory.Build(claims);
        var segments = new List<QuoteSegment>();
        for (var k = 0; k < claims.Count; k++)
        {
            var claim = claims[k];
            var words = claim.Words;

            // "“You treated public money as your own,” the judge told him, “and you lectured us on thrift.”":
            // a quotation broken by its attribution is one sentence, compared whole with another report's.
            while (k + 1 < claims.Count && ContinuesSentence(claims[k], claims[k + 1]) && speakers.Of(claims[k + 1]) == speakers.Of(claim))
            {
                words = words + " " + claims[++k].Words;
            }

            var sentences = claim.Form == QuoteForm.Scare ? [QuoteWords.All(words)] : QuoteWords.Sentences(words);
            segments.AddRange(sentences.Where(s => s.Count > 0).Select((s, i) => new QuoteSegment(claim, i, s, speakers.Of(claim))));
        }

        var sets = new UnionFind(segments.Count);
        foreach (var (i, j) in Candidates(segments, 1))
        {
            var (a, b) = (segments[i], segments[j]);
            if (a.Speaker is not null && a.Speaker == b.Speaker && a.SourceId != b.SourceId && SameStatement(a, b))
            {
                sets.Union(i, j);
            }
        }

        // A speaker's only quoted sentence in each of two reports, opening with the same words ("I have made mistakes,
        // and I must take responsibility" against "I have made mistakes, but I have never acted for personal gain"), is
        // one statement told two ways, however much of the rest differs.
        var only = segments.Select((s, i) => (s, i)).Where(p => p.s.Speaker is not null && !p.s.IsLabel)
            .GroupBy(p => (p.s.SourceId, p.s.Speaker)).Where(g => g.Count() == 1).Select(g => g.Single()).ToList();
        foreach (var (a, i) in only)
        {
            foreach (var (b, j) in only)
            {
                if (i < j && a.Speaker == b.Speaker && a.SourceId != b.SourceId && SameEdge(a.Words, b.Words, fromEnd: false))
                {
                    sets.Union(i, j);
                }
            }
        }

        // Sentences of one source that line up with the same statement elsewhere join it too (a
        // headline and the body quoting the same words).
        var statements = segments
            .Select((s, i) => (s, root: sets.Find(i)))
            .Where(p => p.s.Speaker is not null)
            .GroupBy(p => p.root)
            .Select(g => new QuotedStatement(g.First().s.Speaker!, [.. g.Select(p => p.s)]))
            .ToList();
        return new QuoteAlignment(speakers, segments, statements);
    }

    /// <summary>
    /// Whether <paramref name="next"/> goes on with the sentence <paramref name="claim"/> broke off: the same source and
    /// sentence, direct quotations both, the first ending in a comma or none of . ! ? and the next opening in lower case.
    /// </summary>
    private static bool ContinuesSentence(QuoteClaim claim, QuoteClaim next)
    {
        if (claim.SourceId != next.SourceId || claim.Sentence.Index != next.Sentence.Index || claim.Form != QuoteForm.Direct || next.Form != QuoteForm.Direct)
        {
            return false;
        }

        var end = claim.Words.TrimEnd();
        var start = next.Words.TrimStart();
        return end.Length > 0 && start.Length > 0 && end[^1] is not ('.' or '!' or '?') && char.IsLower(start[0]);
    }

    /// <summary>
    /// Pairs (i &lt; j) of segments from different sources sharing at least <paramref name="minShared"/>
    /// content stems, found through an index of stems rather than by trying every pair. Stems so
    /// common that they join most segments are left out of the index; rarer shared words still pair them.
    /// </summary>
    public static IEnumerable<(int I, int J)> Candidates(IReadOnlyList<QuoteSegment> segments, int minShared)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < segments.Count; i++)
        {
            foreach (var stem in segments[i].ContentStems)
            {
                if (!postings.TryGetValue(stem, out var list))
                {
                    postings[stem] = list = [];
                }

                list.Add(i);
            }
        }

        var common = Math.Max(64, segments.Count / 4);
        for (var i = 0; i < segments.Count; i++)
        {
            var shared = new Dictionary<int, int>();
            foreach (var stem in segments[i].ContentStems)
            {
                var list = postings[stem];
                if (list.Count > common)
                {
                    continue;
                }

                foreach (var j in list)
                {
                    if (j > i && segments[j].SourceId != segments[i].SourceId)
                    {
                        shared[j] = shared.GetValueOrDefault(j) + 1;
                    }
                }
            }

            foreach (var (j, count) in shared.OrderBy(p => p.Key))
            {
                if (count >= minShared)
                {
                    yield return (i, j);
                }
            }
        }
    }

    /// <summary>
    /// Whether two sentences of one speaker render the same statement: the same words, or enough
    /// shared words in order; two labels of the same thing need share only one word.
    /// </summary>
    public static bool SameStatement(QuoteSegment a, QuoteSegment b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Words.SequenceEqual(b.Words))
        {
            return true;
        }

        var w = WordingComparison.Of(a.Words, b.Words);
        if (a.IsLabel && b.IsLabel)
        {
            return w.SharedContent >= 1 && a.Claim.IsCharacterization == b.Claim.IsCharacterization;
        }

        if (a.IsLabel != b.IsLabel)
        {
            return false;
        }

        var shorter = Math.Min(a.Words.Count, b.Words.Count);

        // A fragment quoted word for word from the fuller sentence ("forced through against the will of
        // the people" within "This reform was forced through against the will of the people").
        if (shorter >= 4 && w.SharedContent >= 2 && WordDiff.Matches(a.Words, b.Words, QuoteWords.Stem).Count == shorter)
        {
            return true;
        }

        // A longer sentence needs three meaning words in common, or two inside a run of three words the same
        // ("He is the final piece of the puzzle" against "He is not the final piece, but he is a big one"), or the same
        // ending ("There is no evidence this was a cyberattack" against "We can't rule out that this was a cyberattack").
        return shorter <= 7
            ? w.Overlap >= 0.6 && WordDiff.Matches(a.Words, b.Words, QuoteWords.Stem).Count >= 3 && w.SharedContent >= 1
            : w.Overlap >= 0.45 && (w.SharedContent >= 3 || (w.Overlap >= 0.6 && w.SharedContent >= 2 && LongestRun(a.Words, b.Words) >= SharedRun)
                || SameEdge(a.Words, b.Words, fromEnd: true));
    }

    private const int SharedRun = 3;

    // How many words two sentences must open with alike to be one statement when each is its speaker's only one in its
    // report, or end with alike when they share enough words besides.
    private const int SharedOpening = 4;

    /// <summary>
    /// Whether both sentences open (or, <paramref name="fromEnd"/>, end) with the same <see cref="SharedOpening"/> words (by
    /// stem), one of them a meaning word; an ending only on a meaning word, what the statement is about ("… this was a
    /// cyberattack"), not an idiom's ("… and that is the end of it").
    /// </summary>
    private static bool SameEdge(IReadOnlyList<string> a, IReadOnlyList<string> b, bool fromEnd)
    {
        if (a.Count < SharedOpening || b.Count < SharedOpening)
        {
            return false;
        }

        var meaning = false;
        for (var k = 0; k < SharedOpening; k++)
        {
            var (x, y) = fromEnd ? (a[a.Count - 1 - k], b[b.Count - 1 - k]) : (a[k], b[k]);
            if (QuoteWords.Stem(x) != QuoteWords.Stem(y))
            {
                return false;
            }

            meaning |= QuoteWords.IsContent(x);
        }

        return meaning && (!fromEnd || QuoteWords.IsContent(a[^1]));
    }

    /// <summary>The most words, by stem, that stand in a row in both sentences.</summary>
    private static int LongestRun(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var best = 0;
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            var stem = QuoteWords.Stem(a[i - 1]);
            for (var j = 1; j <= b.Count; j++)
            {
                current[j] = stem == QuoteWords.Stem(b[j - 1]) ? previous[j - 1] + 1 : 0;
                best = Math.Max(best, current[j]);
            }

            (previous, current) = (current, previous);
        }

        return best;
    }
}
