using FactCheck.Core.Claims;

namespace FactCheck.Core.Align;

/// <summary>
/// How alike the contexts of two claims are: the content words of their sentences, less the
/// claims' own words, weighted by how rare each word is among the cluster's sentences (a word
/// every source uses says little about which fact a number belongs to). Weighted Jaccard, 0..1.
/// </summary>
public sealed class ContextSimilarity
{
    private readonly Dictionary<string, double> _idf;
    private readonly Dictionary<Claim, HashSet<string>> _words = new(ReferenceEqualityComparer.Instance);

    public ContextSimilarity(IEnumerable<Claim> claims)
    {
        var sentences = claims.Select(c => c.Sentence.Text).Distinct(StringComparer.Ordinal).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            foreach (var w in TermVector.ContentWords(s).Distinct(StringComparer.Ordinal))
            {
                df[w] = df.GetValueOrDefault(w) + 1;
            }
        }

        var n = Math.Max(1, sentences.Count);
        _idf = df.ToDictionary(p => p.Key, p => Math.Log((n + 1.0) / p.Value), StringComparer.Ordinal);
    }

    // How far either side of a claim its near context reaches, in characters of its sentence.
    private const int NearWindow = 40;

    private readonly Dictionary<Claim, HashSet<string>> _near = new(ReferenceEqualityComparer.Instance);

    /// <summary>Similarity of the whole sentences around two claims.</summary>
    public double Of(Claim a, Claim b) => Weighted(Words(a), Words(b));

    /// <summary>
    /// Similarity of the few words next to each claim ("crested on Sunday" against "began on Friday"),
    /// which tells apart two claims that share one sentence.
    /// </summary>
    public double Near(Claim a, Claim b) => Weighted(NearWords(a), NearWords(b));

    private double Weighted(HashSet<string> wa, HashSet<string> wb)
    {
        double shared = 0, all = 0;
        foreach (var w in wa.Union(wb))
        {
            var weight = _idf.GetValueOrDefault(w, 1.0) + 0.1;
            all += weight;
            if (wa.Contains(w) && wb.Contains(w))
            {
                shared += weight;
            }
        }

        return all == 0 ? 0 : shared / all;
    }

    private HashSet<string> NearWords(Claim claim)
    {
        if (!_near.TryGetValue(claim, out var set))
        {
            var sentence = claim.Sentence.Text;
            // The sentence's display text folds white space, so the claim's offset in it is approximate.
            var at = Math.Clamp(claim.Span.Start - claim.Sentence.Span.Start, 0, sentence.Length);
            var start = Math.Max(0, at - NearWindow);
            var end = Math.Min(sentence.Length, at + claim.Span.Length + NearWindow);
            var own = TermVector.ContentWords(claim.Text).ToHashSet(StringComparer.Ordinal);
            set = TermVector.ContentWords(sentence[start..end]).Where(w => !own.Contains(w)).ToHashSet(StringComparer.Ordinal);
            _near[claim] = set;
        }

        return set;
    }

    private HashSet<string> Words(Claim claim)
    {
        if (!_words.TryGetValue(claim, out var set))
        {
            var own = TermVector.ContentWords(claim.Text).ToHashSet(StringComparer.Ordinal);
            set = TermVector.ContentWords(claim.Sentence.Text).Where(w => !own.Contains(w)).ToHashSet(StringComparer.Ordinal);
            _words[claim] = set;
        }

        return set;
    }
}
