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

    /// <summary>
    /// Whether the figure's clause marks a total still counting (<c>quantity-running-cues</c>), or a short phrase opening its
    /// sentence does ("So far, 41 people …"). Another clause's cue counts another figure: "have so far recovered four pieces
    /// in total, the largest being the 3.2kg main mass".
    /// </summary>
    public static bool Is(QuantityClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var text = claim.Sentence.Text;
        var at = ClaimPlace.In(claim);
        var (start, end) = (0, text.Length);
        if (at >= 0)
        {
            var cut = text.AsSpan(0, at).LastIndexOfAny(ClauseBreaks);
            start = cut < 0 || IsOpeningPhrase(text, cut) ? 0 : cut + 1;
            var next = text.AsSpan(at + claim.Text.Length).IndexOfAny(ClauseBreaks);
            end = next < 0 ? text.Length : at + claim.Text.Length + next;
        }

        var words = WordTokens.Split(text, start, end);
        return Cues.Occurs(words, 0, words.Count);
    }

    private const string ClauseBreaks = ",;:";

    // How many words a phrase that opens a sentence before its first comma may have ("So far,", "To date,").
    private const int OpeningWords = 3;

    /// <summary>Whether the break at <paramref name="cut"/> is the sentence's first and ends a short opening phrase.</summary>
    private static bool IsOpeningPhrase(string text, int cut) =>
        text.AsSpan(0, cut).IndexOfAny(ClauseBreaks) < 0 && WordTokens.Split(text, 0, cut).Count <= OpeningWords;
}
