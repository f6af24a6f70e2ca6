using System.Collections.Concurrent;
using FactCheck.Core.Data;
using Humanizer;

namespace FactCheck.Core.Normalize.Quantities;

/// <summary>The thing a bare number counts: "1,000 prisoners", "6,000 fallen soldiers' remains", "one option".</summary>
/// <param name="End">Where the noun phrase ends.</param>
/// <param name="Phrase">The phrase as written ("fallen soldiers' remains").</param>
/// <param name="Unit">The head noun, singular and lower case ("remains", "prisoner", "round").</param>
public sealed record CountedNoun(int End, string Phrase, string Unit);

/// <summary>
/// Reads the noun phrase after a number, up to three words, stopping at function words, verbs
/// and punctuation. For a plural count the head is the first plural-looking word that is not a
/// possessive ("fallen soldiers' remains" → "remains"); for one, the last word of the phrase.
/// </summary>
public static class CountedNounReader
{
    // A name may stand in the phrase: "180,000 Bitsy Bear plush toys".
    private const int MaxWords = 4;

    private static readonly HashSet<string> Stop = Build();
    private static readonly HashSet<string> Irregular = Lexicon.Set("quantity-irregular-plurals");
    private static readonly HashSet<string> PluralOnly = Lexicon.Set("quantity-plural-only");

    // Humanizer's rules are regular expressions; nouns repeat a lot in news, so each is singularized once.
    private static readonly ConcurrentDictionary<string, string> Singular = new(StringComparer.Ordinal);

    private static readonly HashSet<string> FPlurals = Lexicon.Set("quantity-f-plurals");

    /// <summary>The singular of a plural noun: "-ves" turns to "f" or "fe" only for the few nouns that take it.</summary>
    private static string SingularOf(string plural) =>
        plural.EndsWith("ves", StringComparison.Ordinal) && !FPlurals.Contains(plural) ? plural[..^1] : plural.Singularize(inputIsKnownToBePlural: false);

    public static CountedNoun? Read(string text, int start, decimal count)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<(int Start, int End, bool Possessive)>();
        var joined = false;
        var q = start;
        while (words.Count < MaxWords)
        {
            var s = TextScan.SkipSpaces(text, q);
            // A paragraph break ends the phrase ("5,000 mAh battery", a blank line, "Orbit Devices"); a wrapped line does not.
            if (s >= text.Length || !char.IsLetter(text[s]) || (s == q && q != start) || (s - q > 2) || text.AsSpan(q, s - q).Count('\n') > 1)
            {
                break;
            }

            var e = TextScan.WordEnd(text, s);

            // Hyphened words hold together: "Russian-held", "long-range".
            while (e + 1 < text.Length && text[e] == '-' && char.IsLetter(text[e + 1]))
            {
                e = TextScan.WordEnd(text, e + 1);
            }

            var word = text[s..e].ToLowerInvariant();
            if (!joined && JoinsModifiers(text, word, e, count, words))
            {
                joined = true;
                q = e;
                continue; // "seven foreign and local workers": two modifiers of one noun, not the end of the phrase
            }

            if (Stop.Contains(word) || NumberWords.Cardinals.ContainsKey(word) || NumberWords.IsScale(word, out _))
            {
                break;
            }

            var possessive = false;
            if (e < text.Length && text[e] is '\'' or '’')
            {
                if (e + 1 < text.Length && text[e + 1] is 's' or 'S' && (e + 2 >= text.Length || !char.IsLetter(text[e + 2])))
                {
                    e += 2;
                    possessive = true;
                }
                else if (word.EndsWith('s'))
                {
                    e += 1;
                    possessive = true;
                }
            }

            words.Add((s, e, possessive));
            q = e;
            if (e < text.Length && !TextScan.IsSpace(text[e]))
            {
                break;
            }
        }

        if (words.Count == 0)
        {
            return null;
        }

        int head;
        if (count == 1)
        {
            head = words.FindLastIndex(w => !w.Possessive);
        }
        else
        {
            head = words.FindIndex(w => !w.Possessive && LooksPlural(text[w.Start..w.End].ToLowerInvariant()));
        }

        if (head < 0)
        {
            return null;
        }

        var noun = text[words[head].Start..words[head].End].ToLowerInvariant();
        var firstWord = text[words[0].Start..words[0].End].ToLowerInvariant();
        if (count == 1 && ((LooksPlural(noun) && !PluralOnly.Contains(noun)) || (LooksPlural(firstWord) && !PluralOnly.Contains(firstWord))))
        {
            return null; // "one needs to", "one says": the pronoun, with a verb after it
        }

        var unit = PluralOnly.Contains(noun) || count == 1 ? noun : Singular.GetOrAdd(noun, SingularOf);
        if (unit == "member" && head > 0 && text[words[head - 1].Start..words[head - 1].End].ToLowerInvariant() is "crew" or "staff" && !words[head - 1].Possessive)
        {
            unit = text[words[head - 1].Start..words[head - 1].End].ToLowerInvariant(); // "twenty-three crew members" are 23 crew
        }

        return new CountedNoun(words[head].End, text[words[0].Start..words[head].End], unit);
    }

    /// <summary>
    /// Whether <paramref name="word"/> ("and", "or", ending at <paramref name="end"/>) joins two modifiers of the counted
    /// noun: it follows a word that is no noun in the plural and goes on with a content word ("Seven foreign and
    /// local workers"). After a plural it joins two counts ("three men and two women") and ends the phrase.
    /// </summary>
    private static bool JoinsModifiers(string text, string word, int end, decimal count, List<(int Start, int End, bool Possessive)> words)
    {
        if (word is not ("and" or "or") || count == 1 || words.Count == 0 || words[^1].Possessive
            || LooksPlural(text[words[^1].Start..words[^1].End].ToLowerInvariant()))
        {
            return false;
        }

        var s = TextScan.SkipSpaces(text, end);
        if (s == end || s >= text.Length || !char.IsLetter(text[s]))
        {
            return false;
        }

        var next = text[s..TextScan.WordEnd(text, s)].ToLowerInvariant();
        return !Stop.Contains(next) && !NumberWords.Cardinals.ContainsKey(next) && !NumberWords.IsScale(next, out _);
    }

    /// <summary>
    /// Whether a lower-case word reads as a plural noun: an irregular or plural-only form, a compound of "men" ("binmen",
    /// "firemen"), or an "s" that is not "ss", "us" or "is".
    /// </summary>
    internal static bool LooksPlural(string word) =>
        Irregular.Contains(word) || PluralOnly.Contains(word)
        || (word.Length > 4 && word.EndsWith("men", StringComparison.Ordinal) && !SingularInMen.Contains(word))
        || (word.Length > 2 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal));

    // Singular nouns that end in "men", unlike "binmen" and "fishermen".
    private static readonly HashSet<string> SingularInMen = new(StringComparer.Ordinal)
    {
        "specimen", "regimen", "abdomen", "acumen", "stamen", "semen", "hymen", "dolmen", "cyclamen", "albumen", "bitumen",
        "lumen", "rumen", "foramen", "gravamen", "omen", "amen",
    };

    private static HashSet<string> Build()
    {
        var set = Lexicon.Set("stopwords");
        set.UnionWith(Lexicon.Set("quantity-counted-stop"));
        set.UnionWith(Lexicon.Entries("quantity-months").Select(m => m.ToLowerInvariant()));
        set.UnionWith(Lexicon.Set("quantity-time-words"));

        // Filler words that do modify a counted noun: "5 new cases", "3 other people", "2 more soldiers".
        set.ExceptWith(["new", "other", "more", "further", "few"]);
        return set;
    }
}
