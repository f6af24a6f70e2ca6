using FactCheck.Core.Claims;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// Whether a count is of what is left beside something the sentence or the story set apart: "reopened its other 11 lifts",
/// "the remaining 40 staff", "another 11 people", "beating six other group winners". Such a count is a part, never a rival
/// to the whole ("one of 12 lifts") nor to a count of all ("40 staff").
/// </summary>
internal static class RemainderCount
{
    private static readonly HashSet<string> RemainderWords = new(StringComparer.Ordinal) { "other", "remaining", "another" };

    public static bool Is(QuantityClaim figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        // "Beating six other group winners": the word may follow the number, opening what it counts.
        return (figure.Quantity.Counted is { } counted && counted.StartsWith("other ", StringComparison.OrdinalIgnoreCase))
            || (ClaimPlace.In(figure) is var at && at >= 0
                && TextScan.PreviousWord(figure.Sentence.Text, at) is { Word: var before } && RemainderWords.Contains(before));
    }

    /// <summary>
    /// Whether a remainder is of what is left beside a thing its own sentence names right before it ("cared for at Hollins
    /// Lodge and two other homes"), not beside the story's subject ("at three other homes"): the two leave out different
    /// things, so their counts are two facts.
    /// </summary>
    public static bool BesideNamedThing(QuantityClaim figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var text = figure.Sentence.Text;
        var at = ClaimPlace.In(figure);
        return at > 0 && Is(figure) && TextScan.PreviousWord(text, at) is { Word: "and" } and
            && TextScan.PreviousWordSpan(text, and.Start) is var (start, _) && char.IsUpper(text[start]) && start > 0;
    }
}
