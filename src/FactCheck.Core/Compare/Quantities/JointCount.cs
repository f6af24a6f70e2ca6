using FactCheck.Core.Claims;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// Whether a count is of its counted noun and another thing joined to it: "about 38,000 homes and businesses" counts both,
/// so it is a total that a count of "34,300 households" alone is a part of, not a rival to. So is a count shared by
/// several ("the two players smashed 25 maximums between them"), a total of which each one's count ("hit 11 maximums")
/// is a part.
/// </summary>
internal static class JointCount
{
    /// <summary>
    /// Whether the counted noun of <paramref name="figure"/> is followed by "and" and a plural noun ("homes and businesses"),
    /// or a group noun, alone or after one word that qualifies it ("midwives and support staff").
    /// </summary>
    public static bool Is(QuantityClaim figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.Quantity.Counted is null || ClaimPlace.In(figure) is var at && at < 0)
        {
            return false;
        }

        var text = figure.Sentence.Text;
        var and = TextScan.NextWord(text, at + figure.Text.Length);
        if (and is { Word: "between" } between && TextScan.NextWord(text, between.End) is { Word: "them" or "us" or "the" or "both" })
        {
            return true; // "25 maximums between them", "between the two players"
        }

        if (and is { Word: "combined" })
        {
            return true; // "scored 41 points combined"
        }

        if (and is not { Word: "and" } || TextScan.NextWord(text, and.Value.End) is not var (_, joinedEnd, joined))
        {
            return false;
        }

        if (Plural(joined) || GroupNouns.Contains(joined))
        {
            return !VerbAfter(text, joinedEnd);
        }

        // "midwives and support staff", "nurses and other workers": a qualifying word, then the noun it qualifies.
        return !ObjectStarts.Contains(joined) && !NumberWords.Cardinals.ContainsKey(joined)
            && TextScan.NextWord(text, joinedEnd) is { Word: var head } and var (_, headEnd, _)
            && (Plural(head) || GroupNouns.Contains(head)) && !VerbAfter(text, headEnd);
    }

    private static bool Plural(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
        && !NumberWords.Scales.ContainsKey(word) && !NumberWords.IsDozen(word);

    // Nouns for a group of people that take no plural "s": "midwives and staff", "officers and crew".
    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal) { "staff", "personnel", "crew", "people", "children", "police" };

    // Words that follow a verb, not a noun: "employs about 700 people and produces about a fifth of its copper".
    private static readonly HashSet<string> ObjectStarts = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "its", "their", "his", "her", "our", "about", "around", "nearly", "almost", "some", "more", "up", "out",
    };

    /// <summary>Whether what follows the joined word at <paramref name="end"/> makes it a verb: an object or a figure.</summary>
    private static bool VerbAfter(string text, int end)
    {
        var next = TextScan.SkipSpaces(text, end);
        return (next < text.Length && char.IsDigit(text[next])) || TextScan.NextWord(text, end) is { Word: var w } && ObjectStarts.Contains(w);
    }
}
