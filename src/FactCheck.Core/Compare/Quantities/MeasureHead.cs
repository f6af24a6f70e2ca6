using FactCheck.Core.Data;
using FactCheck.Core.Normalize.Quantities;
using FactCheck.Core.Text;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// The noun a measured figure qualifies, which names it as a counted noun names a count: "a 28%
/// premium" and "a premium of 32%" are both premiums, "$54 a share" and "$52 per share" prices of a
/// share. Read from the word after the figure (past "a" or "per") or the word before "of" that leads
/// up to it; null when neither is a content word. A stem, so that "shares" meets "share".
/// </summary>
public static class MeasureHead
{
    private static readonly HashSet<string> Stop = Lexicon.Set("stopwords");

    /// <summary>The stem of the noun <paramref name="claim"/> qualifies; null for a count (its counted noun says it) or when none is found.</summary>
    public static string? Of(QuantityClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Quantity.Counted is not null)
        {
            return null;
        }

        var sentence = claim.Sentence.Text;
        var at = ClaimPlace.In(claim);
        if (at < 0)
        {
            return null;
        }

        var next = TextScan.NextWord(sentence, at + claim.Text.Length);
        if (next is { Word: "a" or "an" or "per" } rate)
        {
            next = TextScan.NextWord(sentence, rate.End);
        }

        if (next is { } after && IsContent(after.Word))
        {
            return WordStem.Of(after.Word);
        }

        if (TextScan.PreviousWord(sentence, at) is { Word: "of" } of && TextScan.PreviousWord(sentence, of.Start) is { } before && IsContent(before.Word))
        {
            return WordStem.Of(before.Word);
        }

        return null;
    }

    private static bool IsContent(string word) => word.Length > 2 && !Stop.Contains(word);
}
