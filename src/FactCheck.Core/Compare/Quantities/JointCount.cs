using FactCheck.Core.Claims;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// Whether a count is of its counted noun and another thing joined to it: "about 38,000 homes and businesses" counts both,
/// so it is a total that a count of "34,300 households" alone is a part of, not a rival to.
/// </summary>
internal static class JointCount
{
    /// <summary>Whether the counted noun of <paramref name="figure"/> is followed by "and" and a plural noun ("homes and businesses").</summary>
    public static bool Is(QuantityClaim figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.Quantity.Counted is null || ClaimPlace.In(figure) is var at && at < 0)
        {
            return false;
        }

        var text = figure.Sentence.Text;
        return TextScan.NextWord(text, at + figure.Text.Length) is { Word: "and" } and var (_, end, _)
            && TextScan.NextWord(text, end) is { Word: var joined } and var (_, joinedEnd, _)
            && joined.Length > 3 && joined.EndsWith('s') && !joined.EndsWith("ss", StringComparison.Ordinal)
            && !NumberWords.Scales.ContainsKey(joined) && !NumberWords.IsDozen(joined)
            && !VerbAfter(text, joinedEnd);
    }

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
