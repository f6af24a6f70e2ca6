using FactCheck.Core.Data;
using FactCheck.Core.Normalize.Events;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// A total still counting when it was told: its sentence says so ("Visitors have so far donated £2,150", "has raised
/// £6,400 to date"). Such a total only grows, so a report published later that gives a higher one tells of the same total
/// grown between the reports, not of a rival figure.
/// </summary>
internal static class RunningTotal
{
    private static readonly PhraseSet Cues = new(Lexicon.Entries("quantity-running-cues").Select(c => c.Split(' ')));

    /// <summary>Whether the figure's sentence marks a total still counting (<c>quantity-running-cues</c>).</summary>
    public static bool Is(QuantityClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var words = WordTokens.Split(claim.Sentence.Text, 0, claim.Sentence.Text.Length);
        return Cues.Occurs(words, 0, words.Count);
    }
}
