using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// What a percentage measures, read from the word right after it: a part of a whole ("sixty percent of the extra money")
/// or the size of a change ("the 40 percent increase", "rose 40%"). A part and a change are two facts, however alike
/// their sentences and whatever their figures.
/// </summary>
internal static class ShareKind
{
    /// <summary>A part of a whole: "60% of the money".</summary>
    public const string Part = "part";

    /// <summary>The size of a change: "a 40% increase", "rose 40%".</summary>
    public const string Change = "change";

    private static readonly HashSet<string> ChangeNouns = new(StringComparer.Ordinal)
    {
        "increase", "increases", "rise", "rises", "hike", "hikes", "cut", "cuts", "fall", "falls", "drop", "drops", "decline",
        "declines", "jump", "jumps", "reduction", "reductions", "boost", "surge", "uplift", "growth", "gain", "gains", "loss", "losses",
    };

    /// <summary><see cref="Part"/>, <see cref="Change"/>, or null when the words give neither (or the claim is no percentage).</summary>
    public static string? Of(QuantityClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Quantity.Unit != "%")
        {
            return null;
        }

        if (claim.Quantity.Direction != Direction.None)
        {
            return Change;
        }

        if (ClaimPlace.In(claim) is var at && at < 0 || TextScan.NextWord(claim.Sentence.Text, at + claim.Text.Length) is not { } next)
        {
            return null;
        }

        return next.Word == "of" ? Part : ChangeNouns.Contains(next.Word) ? Change : null;
    }
}
