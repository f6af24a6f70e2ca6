using FactCheck.Core.Data;
using FactCheck.Core.Normalize.Events;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// Whether a figure is a capacity: what something can take, not what it took ("a design capacity of 2,400 riders per hour",
/// "can seat 40,000"). It is one fact only with another capacity: a lift "carries about 1,500 riders an hour" on a typical
/// day, well short of what it was built for.
/// </summary>
internal static class CapacityFigure
{
    private static readonly PhraseSet Cues = new(Lexicon.Entries("quantity-capacity-cues").Select(c => c.Split(' ')));

    // How many words before the figure, in its clause, a cue is looked for.
    private const int Reach = 6;

    public static bool Is(QuantityClaim figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var text = figure.Sentence.Text;
        var at = ClaimPlace.In(figure);
        if (at <= 0)
        {
            return false;
        }

        var start = text.AsSpan(0, at).LastIndexOfAny(ClauseBreaks) + 1;
        var words = WordTokens.Split(text, start, at);
        return Cues.Occurs(words, Math.Max(0, words.Count - Reach), words.Count);
    }

    private const string ClauseBreaks = ",;:";
}
