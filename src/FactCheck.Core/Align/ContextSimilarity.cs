using System.Runtime.CompilerServices;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Align;

/// <summary>
/// How alike the contexts of two claims are: the content words of their sentences, less the
/// claims' own words, weighted by how rare each word is among the cluster's sentences (a word
/// every source uses says little about which fact a number belongs to). Weighted Jaccard, 0..1.
/// </summary>
/// <remarks>
/// An aligner asks for every pair of claims across sources, so each claim's words are worked out
/// once, as ids into the cluster's own vocabulary in the order they first occur, and a pair costs
/// two passes over short arrays. Weights are summed in the order of the first claim's words, then
/// the second's, so that a score is the same number whoever computes it.
/// </remarks>
public sealed class ContextSimilarity
{
    // How far either side of a claim its near context reaches, in characters of its sentence.
    private const int NearWindow = 40;

    // The weight of a word outside every sentence of the cluster (a word cut by the near window).
    private const double UnknownIdf = 1.0;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<double> _weights = [];
    private readonly Dictionary<Claim, int[]> _words = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Claim, int[]> _near = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Claim, int[]> _label = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string Source, int Sentence), List<Claim>> _bySentence = [];
    private readonly Func<Claim, string> _ownWords;
    private readonly Func<Claim, string> _sharedWords;
    private readonly List<string> _scratch = [];
    private readonly List<int> _found = [];
    private int[] _mark = [];
    private int _stamp;
    private bool _counted;

    /// <param name="claims">The claims to compare, of one cluster.</param>
    /// <param name="ownWords">
    /// The words of a claim that are not its context (by default its whole text): a comparer may keep
    /// some in ("construction" of "2,500 construction jobs" is context for "2,500 jobs … during construction").
    /// </param>
    /// <param name="sharedWords">
    /// The words of a claim that are no context for any claim of its sentence (by default none): a
    /// comparer of measures leaves out every unit in the sentence, so that of "about 60 km … at a depth
    /// of 35 km" neither figure has the other's unit as context, while counted nouns ("312 passengers")
    /// stay context for the figures beside them.
    /// </param>
    public ContextSimilarity(IEnumerable<Claim> claims, Func<Claim, string>? ownWords = null, Func<Claim, string>? sharedWords = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        _ownWords = ownWords ?? (c => c.Text);
        _sharedWords = sharedWords ?? (_ => "");
        var sentences = new HashSet<string>(StringComparer.Ordinal);
        var df = new List<int>();
        foreach (var claim in claims)
        {
            var place = (claim.SourceId, claim.Sentence.Index);
            if (!_bySentence.TryGetValue(place, out var same))
            {
                _bySentence[place] = same = [];
            }

            same.Add(claim);

            if (!sentences.Add(claim.Sentence.Text))
            {
                continue;
            }

            _stamp++;
            foreach (var w in Words(WithoutAttributionTail(claim.Sentence.Text)))
            {
                var id = Id(w);
                if (id == df.Count)
                {
                    df.Add(0);
                }

                if (_mark[id] != _stamp)
                {
                    _mark[id] = _stamp;
                    df[id]++;
                }
            }
        }

        var n = Math.Max(1, sentences.Count);
        for (var id = 0; id < df.Count; id++)
        {
            _weights.Add(Math.Log((n + 1.0) / df[id]) + 0.1);
        }

        _counted = true;
    }

    /// <summary>Similarity of the whole sentences around two claims.</summary>
    public double Of(Claim a, Claim b) => Weighted(SentenceWords(a), SentenceWords(b));

    /// <summary>
    /// Similarity of the few words next to each claim ("crested on Sunday" against "began on Friday"),
    /// which tells apart two claims that share one sentence.
    /// </summary>
    public double Near(Claim a, Claim b) => Weighted(NearWords(a), NearWords(b));

    /// <summary>
    /// Similarity of the words that lead up to each claim since the claim before it in its sentence
    /// ("ahead of Labour on 28%" against "Labour on 26%"): in "the Greens on 31%, Labour on 26% and the
    /// Conservatives on 22%" each figure's own label, which the sentence and the near window share.
    /// </summary>
    public double Label(Claim a, Claim b) => Weighted(LabelWords(a), LabelWords(b));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Weighted(int[] wa, int[] wb)
    {
        // Marks: _stamp = in b, _stamp + 1 = in a (and maybe b); two fresh values per call.
        _stamp += 2;
        var (inB, inA) = (_stamp, _stamp + 1);
        foreach (var w in wb)
        {
            _mark[w] = inB;
        }

        double shared = 0, all = 0;
        foreach (var w in wa)
        {
            var weight = _weights[w];
            all += weight;
            if (_mark[w] == inB)
            {
                shared += weight;
            }

            _mark[w] = inA;
        }

        foreach (var w in wb)
        {
            if (_mark[w] != inA)
            {
                all += _weights[w];
            }
        }

        return all == 0 ? 0 : shared / all;
    }

    private int[] NearWords(Claim claim)
    {
        if (!_near.TryGetValue(claim, out var words))
        {
            var sentence = claim.Sentence.Text;
            // The sentence's display text folds white space, so the claim's offset in it is approximate.
            var at = Math.Clamp(claim.Span.Start - claim.Sentence.Span.Start, 0, sentence.Length);
            var start = Math.Max(0, at - NearWindow);
            var end = Math.Min(sentence.Length, at + claim.Span.Length + NearWindow);
            words = _near[claim] = ContextWords(sentence[start..end], _ownWords(claim));
        }

        return words;
    }

    private int[] LabelWords(Claim claim)
    {
        if (!_label.TryGetValue(claim, out var words))
        {
            var sentence = claim.Sentence.Text;
            var at = Math.Clamp(claim.Span.Start - claim.Sentence.Span.Start, 0, sentence.Length);
            var from = Math.Max(0, at - NearWindow);
            foreach (var other in _bySentence.GetValueOrDefault((claim.SourceId, claim.Sentence.Index)) ?? [])
            {
                var end = other.Span.End - claim.Sentence.Span.Start;
                if (other.Span.End <= claim.Span.Start && end > from)
                {
                    from = Math.Min(end, at);
                }
            }

            words = _label[claim] = ContextWords(sentence[from..at], _ownWords(claim));
        }

        return words;
    }

    private int[] SentenceWords(Claim claim)
    {
        if (!_words.TryGetValue(claim, out var words))
        {
            // Less the shared words of the sentence's other claims too: two figures of one sentence then
            // have one context ("about 60 km … at a depth of 35 km"), and the words leading up to each
            // (Label) tell them apart, not which unit words the other happens to use.
            var inSentence = _bySentence.GetValueOrDefault((claim.SourceId, claim.Sentence.Index));
            var own = inSentence is null || inSentence.Count < 2
                ? _ownWords(claim)
                : _ownWords(claim) + " " + string.Join(' ', inSentence.Where(c => !ReferenceEquals(c, claim)).Select(_sharedWords));
            words = _words[claim] = ContextWords(WithoutAttributionTail(claim.Sentence.Text), own);
        }

        return words;
    }

    /// <summary>
    /// The sentence without a closing attribution (", the returning officer said.", ", according to
    /// the ministry."): who reported a number says nothing about which fact it is, and in a short
    /// sentence those words outweigh the one that does ("turnout").
    /// </summary>
    internal static string WithoutAttributionTail(string sentence)
    {
        var comma = sentence.LastIndexOf(',');
        if (comma <= 0)
        {
            return sentence;
        }

        var tail = sentence.AsSpan(comma + 1);
        var words = 0;
        var attributes = false;
        foreach (var range in tail.SplitAny(" \t\n\u00a0"))
        {
            var word = tail[range].Trim(".!?\"'”’)");
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > 8 || word.ContainsAny(",;:") || (words == 1 && ClauseOpeners.Contains(word)))
            {
                return sentence; // too long, or a clause of its own ("…, and the bank said nothing")
            }

            attributes |= SpeechVerbs.Contains(word) || (words == 1 && word.Equals("according", StringComparison.OrdinalIgnoreCase));
        }

        return attributes ? sentence[..comma] : sentence;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseOpeners = new HashSet<string>(
        ["and", "but", "or", "nor", "so", "yet", "while", "whereas", "as", "which", "who", "because", "although", "though", "after", "before", "when", "since", "if", "unless", "until"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbs =
        Data.Lexicon.Set("quote-speech-verbs").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The distinct content words of a context, less the claim's own words, as ids in the order they first occur.</summary>
    private int[] ContextWords(string context, string own)
    {
        _stamp += 2;
        var (isOwn, taken) = (_stamp, _stamp + 1);
        foreach (var w in Words(own))
        {
            // The id first: taking it may grow _mark, and "_mark[Id(w)] = …" would store into the array read before the call.
            var id = Id(w);
            _mark[id] = isOwn;
        }

        _found.Clear();
        foreach (var w in Words(context))
        {
            var id = Id(w);
            if (_mark[id] != isOwn && _mark[id] != taken)
            {
                _mark[id] = taken;
                _found.Add(id);
            }
        }

        return [.. _found];
    }

    private List<string> Words(string text)
    {
        _scratch.Clear();
        TermVector.AddContentWords(text, _scratch);
        return _scratch;
    }

    private int Id(string word)
    {
        if (!_ids.TryGetValue(word, out var id))
        {
            id = _ids[word] = _ids.Count;
            if (id >= _mark.Length)
            {
                Array.Resize(ref _mark, Math.Max(64, 2 * id));
            }

            // A word met after the counting (cut by the near window, or a claim's own word) is in no sentence's count.
            if (_counted)
            {
                _weights.Add(UnknownIdf + 0.1);
            }
        }

        return id;
    }
}
