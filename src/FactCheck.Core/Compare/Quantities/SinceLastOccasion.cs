using FactCheck.Core.Normalize.Events;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// Whether a span of time is how long since the last such occasion: "the first elephant birth at the zoo in 17 years", "its
/// lowest turnout in two decades". It measures the gap before the happening, never how long something lasted ("a gestation
/// of nearly 22 months"), so it is one fact only with another such span or one told as a gap (<see cref="ToldAsGap"/>).
/// </summary>
internal static class SinceLastOccasion
{
    public static bool Is(QuantityClaim figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var text = figure.Sentence.Text;
        // A span that stands alone ("in 17 years.", "in 20 years for the region"), not a word of a noun group ("most
        // employers in four-day workweek pilots").
        return UnitLexicon.IsDuration(figure.Quantity.Unit) && !figure.Text.Contains('-', StringComparison.Ordinal)
            && ClaimPlace.In(figure) is var at && at >= 0
            && TextScan.PreviousWord(text, at) is { Word: "in" or "for" } before && EventDateReader.AfterLastOccasion(text, before.Start)
            && TextScan.NextWord(text, at + figure.Text.Length) is null or { Word: "and" or "at" or "on" or "for" or "as" or "when" or "after" or "since" };
    }

    /// <summary>
    /// Whether a span is told as a gap in other words: "after 95 years", or in a sentence of an absence or a gap ("ending an
    /// absence that stretches back 95 years", "had been absent for 17 years").
    /// </summary>
    public static bool ToldAsGap(QuantityClaim figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var text = figure.Sentence.Text;
        return (ClaimPlace.In(figure) is var at && at >= 0 && TextScan.PreviousWord(text, at) is { Word: "after" })
            || text.Contains("absen", StringComparison.OrdinalIgnoreCase) || text.Contains(" gap", StringComparison.OrdinalIgnoreCase);
    }
}
