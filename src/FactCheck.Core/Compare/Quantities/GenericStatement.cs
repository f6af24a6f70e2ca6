using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// Whether a figure's sentence says what is true of a kind rather than what happened: its subject a bare plural or
/// "a"/"an" and a noun, then a modal or a word of habit ("Adults can weigh more than 300 kg", "Such storms can reach
/// 300 km/h", "An adult tapir typically weighs 250 kg"). Such a figure is background, no rival to the story's own
/// ("the calf now weighs 31 kilograms").
/// </summary>
internal static class GenericStatement
{
    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase)
    {
        "can", "could", "may", "might", "typically", "usually", "often", "generally", "normally", "tend",
    };

    private static readonly HashSet<string> Kinds = new(StringComparer.OrdinalIgnoreCase) { "such", "most", "many", "some" };

    private static readonly HashSet<string> Definite = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
    };

    public static bool Is(QuantityClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var sentence = claim.Sentence.Text;
        if (TextScan.NextWord(sentence, 0) is not { } first || (first.Start > 0 && !IsOpening(sentence.AsSpan(0, first.Start))))
        {
            return false;
        }

        // "Adults can …", "Such storms can …", "An adult tapir can …", "Adult tapirs typically …": up to three words of subject.
        var article = first.Word is "a" or "an" || Kinds.Contains(first.Word);
        if (Definite.Contains(first.Word))
        {
            return false; // "The calf can …", "Its engines can …": a particular one
        }

        var word = first;
        for (var words = 0; words < 3; words++)
        {
            if (TextScan.NextWord(sentence, word.End) is not { } next || !sentence.AsSpan(word.End, next.Start - word.End).IsWhiteSpace())
            {
                return false;
            }

            if (Modals.Contains(next.Word))
            {
                // An article or a kind word before the noun, or a bare plural ("Adults", "Adult tapirs").
                return article ? words > 0 : word.Word.Length > 3 && word.Word.EndsWith('s') && !word.Word.EndsWith("ss", StringComparison.Ordinal);
            }

            word = next;
        }

        return false;
    }

    // Only quotation marks or white space before the first word.
    private static bool IsOpening(ReadOnlySpan<char> before)
    {
        foreach (var c in before)
        {
            if (!char.IsWhiteSpace(c) && c is not ('"' or '“' or '\''))
            {
                return false;
            }
        }

        return true;
    }
}
