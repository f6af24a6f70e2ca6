using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// The side a share of people takes, read from the words right after it: "two-thirds of voters oppose it" against
/// "a third of voters support the plan". Shares for and against are two facts, however alike their sentences.
/// </summary>
internal static class ShareStance
{
    // How many words after the share, within its clause, the verb of its side may stand ("58% of those asked said they
    // back the plan", "48% of people who responded to the council's consultation said they were against the plan").
    private const int Reach = 16;

    private static readonly HashSet<string> For = new(StringComparer.OrdinalIgnoreCase)
    {
        "support", "supports", "supported", "favour", "favours", "favoured", "favor", "favors", "favored", "back", "backs", "backed", "approve", "approves", "approved", "welcome", "welcomes", "welcomed",
    };

    private static readonly HashSet<string> Against = new(StringComparer.OrdinalIgnoreCase)
    {
        "oppose", "opposes", "opposed", "against", "reject", "rejects", "rejected", "disapprove", "disapproves", "disapproved",
    };

    /// <summary>"for", "against", or null when the words after a percentage name no side (or the claim is no percentage).</summary>
    public static string? Of(QuantityClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Quantity.Unit != "%" || ClaimPlace.In(claim) is var at && at < 0)
        {
            return null;
        }

        var sentence = claim.Sentence.Text;
        var from = at + claim.Text.Length;
        for (var words = 0; words < Reach && TextScan.NextWord(sentence, from) is { } w; words++)
        {
            if (sentence.AsSpan(from, w.Start - from).ContainsAny(",;.:"))
            {
                return null; // the clause ends first
            }

            if (For.Contains(w.Word))
            {
                return "for";
            }

            if (Against.Contains(w.Word))
            {
                return "against";
            }

            // Past a possessive's "'s" ("the council's consultation"), which is no word of its own.
            from = w.End + 2 <= sentence.Length && sentence[w.End] is '\'' or '’' && sentence[w.End + 1] == 's' ? w.End + 2 : w.End;
        }

        return null;
    }
}
