using FactCheck.Core.Claims;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// The noun an "of" right after a counted noun names: "1,900 letters of objection", "212 letters of support", "40 cases of
/// measles". Two counts of one noun with different such nouns count different things; null when the count has none, or
/// "of" opens a phrase of quantity or a determiner ("of the", "of them", "of all").
/// </summary>
internal static class CountedComplement
{
    // Words after "of" that do not name a kind: determiners, pronouns, and words of a whole ("of the 300", "of all ages").
    private static readonly HashSet<string> NoKind = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my", "them", "us",
        "all", "each", "every", "both", "whom", "which", "what", "some", "any", "many", "more", "about", "around", "up",
    };

    public static string? Of(QuantityClaim figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.Quantity.Counted is null || UnitConversion.KindOf(figure.Quantity.Unit) is not null || ClaimPlace.In(figure) is var at && at < 0)
        {
            return null;
        }

        var text = figure.Sentence.Text;
        return TextScan.NextWord(text, at + figure.Text.Length) is { Word: "of" } of
            && TextScan.NextWord(text, of.End) is { Word: var kind } && !NoKind.Contains(kind) && !char.IsDigit(kind[0])
                ? kind.TrimEnd('s')
                : null;
    }
}
