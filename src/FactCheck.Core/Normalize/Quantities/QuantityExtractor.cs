using FactCheck.Core.Claims;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Quantities;

/// <summary>Emits a <see cref="QuantityClaim"/> for every quantity <see cref="QuantityReader"/> finds in a source.</summary>
public sealed class QuantityExtractor : IClaimExtractor
{
    public IEnumerable<Claim> Extract(AnalyzedSource source, IReadOnlyList<Claim> earlier)
    {
        ArgumentNullException.ThrowIfNull(source);
        var text = source.Text;
        var claims = new List<Claim>();
        foreach (var mention in QuantityReader.Read(text))
        {
            var sentence = SentenceOf(source.Sentences, mention.Span);
            if (sentence is null)
            {
                continue;
            }

            claims.Add(new QuantityClaim
            {
                SourceId = source.Id,
                Span = mention.Span,
                Text = mention.Span.Of(text),
                Sentence = sentence,
                Quantity = mention.Quantity,
            });
        }

        return claims;
    }

    /// <summary>The sentence holding the start of <paramref name="span"/> (sentences are in text order).</summary>
    private static Sentence? SentenceOf(IReadOnlyList<Sentence> sentences, TextSpan span)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var s = sentences[mid].Span;
            if (span.Start < s.Start)
            {
                hi = mid - 1;
            }
            else if (span.Start >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return sentences[mid];
            }
        }

        return null;
    }
}
