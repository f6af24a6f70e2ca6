using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// What befell the people a count counts: killed, injured, missing, displaced, rescued, arrested, trapped, ill,
/// from quantity-casualty-roles.txt, and how badly ("seriously injured" is not "injured"). Read from
/// the word just before the count ("killing at least 37 people") or within the five words after it
/// ("400 people were injured", "12 dead", "eight were critically injured", "21,000 are under evacuation orders"); null when neither names one.
/// </summary>
public static class CasualtyRole
{
    // Words that may stand between a count and what befell it: "were", "had been", "reportedly".
    private static readonly HashSet<string> Between = new(StringComparer.OrdinalIgnoreCase)
    {
        "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reportedly", "now", "also", "later",
        "under", "ordered", "told", "to", // "21,000 people are under evacuation orders", "12,000 were ordered to evacuate"
        "remain", "remained", "remains", "still", // "some 12,000 people remain trapped"
        "taken", "rushed", "airlifted", // "nine were taken to hospital", "40 were taken ill"
        "fell", "fallen", "became", "become", "feeling", "felt", // "120 passengers fell ill", "had become sick"
        "in", "a", // "11 in hospital", "four still in hospital", "two in a critical condition"
        "confirmed", "reported", "feared", "presumed", "believed", "declared", "listed", "as", "officially", // "17 people were confirmed dead", "listed as missing"
    };

    // Asides between a count and what befell it: "Five people, including three firefighters, were treated in hospital".
    private static readonly HashSet<string> AsideOpeners = new(StringComparer.OrdinalIgnoreCase) { "including", "among" };

    // How badly: "eight people were seriously injured" counts fewer than "58 people were injured".
    private static readonly HashSet<string> Gravely = new(StringComparer.OrdinalIgnoreCase)
    {
        "seriously", "critically", "badly", "severely", "gravely", "fatally", "slightly", "lightly", "moderately",
        "serious", "critical", // "in serious condition", "in a critical condition"
    };

    /// <summary>The role of the people <paramref name="claim"/> counts, read in its sentence; null when none is named.</summary>
    public static string? Of(QuantityClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var sentence = claim.Sentence.Text;
        var at = ClaimPlace.In(claim);
        if (at < 0)
        {
            return null;
        }

        if (TextScan.PreviousWord(sentence, at) is { } before && CasualtyWords.Roles.TryGetValue(before.Word, out var role))
        {
            return role;
        }

        var next = TextScan.NextWord(sentence, AfterAside(sentence, at + claim.Text.Length));
        string? degree = null;
        for (var words = 0; words < 5 && next is { } w; words++)
        {
            if (CasualtyWords.Roles.TryGetValue(w.Word, out var after))
            {
                after = InHospitalAfter(sentence, w.Word, w.End) ? Hospitalised : after;
                return degree is null ? after : $"{degree} {after}";
            }

            if (Gravely.Contains(w.Word))
            {
                degree = w.Word is "slightly" or "lightly" or "moderately" ? "slightly" : "seriously";
            }
            else if (!Between.Contains(w.Word))
            {
                return null;
            }

            next = TextScan.NextWord(sentence, w.End);
        }

        return null;
    }

    private const string Hospitalised = "hospitalised";

    /// <summary>Whether "treated" is followed by "in hospital" or "at a hospital": the treated are then those in hospital.</summary>
    private static bool InHospitalAfter(string sentence, string word, int end)
    {
        if (word != "treated" || TextScan.NextWord(sentence, end) is not { Word: "in" or "at" } on)
        {
            return false;
        }

        var next = TextScan.NextWord(sentence, on.End);
        if (next is { Word: "a" or "the" or "local" })
        {
            next = TextScan.NextWord(sentence, next.Value.End);
        }

        return next is { } place && CasualtyWords.Roles.GetValueOrDefault(place.Word) == Hospitalised;
    }

    /// <summary>Where the words after a count go on, past an aside set off by commas (", including three firefighters,").</summary>
    private static int AfterAside(string sentence, int end)
    {
        var comma = end;
        while (comma < sentence.Length && sentence[comma] == ' ')
        {
            comma++;
        }

        if (comma >= sentence.Length || sentence[comma] != ',' || TextScan.NextWord(sentence, comma + 1) is not { } opener || !AsideOpeners.Contains(opener.Word))
        {
            return end;
        }

        var close = sentence.IndexOf(',', opener.End);
        return close < 0 ? end : close + 1;
    }
}
