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

    public double Of(Claim a, Claim b)
    {
        var wa = Words(a);
        var wb = Words(b);
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
