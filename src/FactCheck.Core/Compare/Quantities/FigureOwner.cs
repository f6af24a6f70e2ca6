using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// Whose a figure is, by a name in the possessive right before it ("Tuilagi's four wickets", "Helmark's 5.1 million
/// passengers") or a rival named before it ("Rival Helmark Air carried 5.1 million passengers"). Such a figure is one
/// fact only with a figure whose sentence names the same owner: "Brannigan … took five wickets" counts another bowler's,
/// a rival's passengers are not the company's own.
/// </summary>
internal static class FigureOwner
{
    /// <summary>
    /// The owner's name, lower-cased: a capitalised possessive right before the figure, else a rival named before it in its
    /// sentence; null when neither.
    /// </summary>
    public static string? Of(QuantityClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var sentence = claim.Sentence.Text;
        var at = ClaimPlace.In(claim);
        var end = at;
        while (end > 0 && char.IsWhiteSpace(sentence[end - 1]))
        {
            end--;
        }

        if (end < 3 || sentence[end - 1] is not ('s' or 'S') || sentence[end - 2] is not ('\'' or '’'))
        {
            return at > 0 ? RivalBefore(sentence, at) : null;
        }

        var start = end - 2;
        while (start > 0 && (char.IsLetter(sentence[start - 1]) || sentence[start - 1] == '-'))
        {
            start--;
        }

        // A name, not the first word of the sentence (which is capitalised whatever it is): "Tuilagi's", not "Its".
        return start < end - 2 && char.IsUpper(sentence[start]) && start > 0 ? sentence[start..(end - 2)].ToLowerInvariant() : null;
    }

    /// <summary>
    /// A rival named before the figure in its sentence ("Rival Helmark Air, which flies from the second terminal, carried
    /// 5.1 million passengers"): the figure is the rival's, lower-cased; null when no capitalised name follows "rival" or
    /// "competitor" ("a rival treatment from Moravec" names the thing, not whose it is).
    /// </summary>
    private static string? RivalBefore(string sentence, int at)
    {
        for (var w = TextScan.NextWord(sentence, TextScan.SkipSpaces(sentence, 0)); w is { } word && word.End <= at; w = NextWordAfter(sentence, word.End))
        {
            if (word.Word is "rival" or "rivals" or "competitor" && NextWordAfter(sentence, word.End) is { } name
                && name.Start == TextScan.SkipSpaces(sentence, word.End) && char.IsUpper(sentence[name.Start]) && name.End <= at)
            {
                return name.Word;
            }
        }

        return null;
    }

    /// <summary>The next word after <paramref name="from"/>, past any characters that are no letters.</summary>
    private static (int Start, int End, string Word)? NextWordAfter(string sentence, int from)
    {
        var i = from;
        while (i < sentence.Length && !char.IsLetter(sentence[i]))
        {
            i++;
        }

        return TextScan.NextWord(sentence, i);
    }

    /// <summary>Whether a figure owned by <paramref name="owner"/> may be one fact with <paramref name="other"/>: no owner, or the other's sentence names it.</summary>
    public static bool Admits(string? owner, QuantityClaim other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return owner is null || NamesWord(other.Sentence.Text, owner);
    }

    private static bool NamesWord(string sentence, string word)
    {
        for (var i = sentence.IndexOf(word, StringComparison.OrdinalIgnoreCase); i >= 0; i = sentence.IndexOf(word, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = i == 0 || !char.IsLetter(sentence[i - 1]);
            var after = i + word.Length == sentence.Length || !char.IsLetter(sentence[i + word.Length]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }
}
