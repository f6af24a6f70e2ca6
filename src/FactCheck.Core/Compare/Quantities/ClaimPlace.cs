using FactCheck.Core.Claims;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>Where a claim's text stands in its sentence's display text, which folds white space (so the claim's own offset is approximate).</summary>
internal static class ClaimPlace
{
    /// <summary>The offset of the claim's text in <c>claim.Sentence.Text</c> nearest the claim's own offset; -1 when the text is not there.</summary>
    public static int In(Claim claim)
    {
        var sentence = claim.Sentence.Text;
        var guess = Math.Clamp(claim.Span.Start - claim.Sentence.Span.Start, 0, sentence.Length);
        var best = -1;
        for (var i = sentence.IndexOf(claim.Text, StringComparison.Ordinal); i >= 0; i = sentence.IndexOf(claim.Text, i + 1, StringComparison.Ordinal))
        {
            if (best < 0 || Math.Abs(i - guess) < Math.Abs(best - guess))
            {
                best = i;
            }
        }

        return best;
    }
}
