using System.Collections.Concurrent;
using System.Text;
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
    // A name may stand in the phrase: "180,000 Bitsy Bear plush toys", "1,150 Harrowvale Transit Authority bus drivers".
    private const int MaxWords = 5;

    private static readonly HashSet<string> Stop = Build();
    private static readonly HashSet<string> Irregular = Lexicon.Set("quantity-irregular-plurals");
    private static readonly HashSet<string> PluralOnly = Lexicon.Set("quantity-plural-only");

    /// <summary>The words that end the phrase: <see cref="Stop"/>, cardinals and scales, looked up in one go where they stand.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Ending = BuildEnding().GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularLookup = Irregular.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PluralOnlyLookup = PluralOnly.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words of the phrase being read, one list per thread (a figure's phrase is read to its end before the next).</summary>
    [ThreadStatic]
    private static List<(int Start, int End, bool Possessive)>? phraseWords;

    // Humanizer's rules are regular expressions; nouns repeat a lot in news, so each is singularized once.
    private static readonly ConcurrentDictionary<string, string> Singular = new(StringComparer.Ordinal);

    private static readonly HashSet<string> FPlurals = Lexicon.Set("quantity-f-plurals");

    /// <summary>The singular of a plural noun: "-ves" turns to "f" or "fe" only for the few nouns that take it.</summary>
    private static string SingularOf(string plural) =>
        plural.EndsWith("ves", StringComparison.Ordinal) && !FPlurals.Contains(plural) ? plural[..^1] : plural.Singularize(inputIsKnownToBePlural: false);

    public static CountedNoun? Read(string text, int start, decimal count)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = phraseWords ??= [];
        words.Clear();
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

            // The words are compared where they stand, lower-cased only when one is kept.
            var word = text.AsSpan(s, e - s);
            if (!joined && JoinsModifiers(text, word, e, count, words))
            {
                joined = true;
                q = e;
                continue; // "seven foreign and local workers": two modifiers of one noun, not the end of the phrase
            }

            if (TextScan.HoldsLowered(Ending, word))
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
                else if (word[^1] is 's' or 'S')
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

        var head = -1;
        for (var k = count == 1 ? words.Count - 1 : 0; k >= 0 && k < words.Count; k += count == 1 ? -1 : 1)
        {
            if (!words[k].Possessive && (count == 1 || LooksPlural(text.AsSpan(words[k].Start, words[k].End - words[k].Start))))
            {
                head = k;
                break;
            }
        }

        if (head < 0)
        {
            return null;
        }

        if (count == 1 && (IsPluralNoun(text.AsSpan(words[head].Start, words[head].End - words[head].Start))
            || IsPluralNoun(text.AsSpan(words[0].Start, words[0].End - words[0].Start))))
        {
            return null; // "one needs to", "one says": the pronoun, with a verb after it
        }

        var noun = text[words[head].Start..words[head].End].ToLowerInvariant();

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
    private static bool JoinsModifiers(string text, ReadOnlySpan<char> word, int end, decimal count, List<(int Start, int End, bool Possessive)> words)
    {
        if (!(word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase))
            || count == 1 || words.Count == 0 || words[^1].Possessive || LooksPlural(text.AsSpan(words[^1].Start, words[^1].End - words[^1].Start)))
        {
            return false;
        }

        var s = TextScan.SkipSpaces(text, end);
        if (s == end || s >= text.Length || !char.IsLetter(text[s]))
        {
            return false;
        }

        return !TextScan.HoldsLowered(Ending, text.AsSpan(s, TextScan.WordEnd(text, s) - s));
    }

    /// <summary>Whether a word as written, lower-cased, reads as a plural noun and is not one of the nouns only used in the plural.</summary>
    private static bool IsPluralNoun(ReadOnlySpan<char> word) => LooksPlural(word) && !TextScan.HoldsLowered(PluralOnlyLookup, word);

    /// <summary>
    /// <see cref="LooksPlural(string)"/> of a word as written, lower-cased, without copying it: a word of ASCII letters is
    /// tested where it stands (ignoring case is lower-casing there), another is lower-cased first.
    /// </summary>
    internal static bool LooksPlural(ReadOnlySpan<char> word)
    {
        if (!Ascii.IsValid(word))
        {
            return LooksPlural(word.ToString().ToLowerInvariant());
        }

        return IrregularLookup.Contains(word) || PluralOnlyLookup.Contains(word)
            || (word.Length > 4 && word.EndsWith("men", StringComparison.OrdinalIgnoreCase) && !SingularInMenLookup.Contains(word))
            || (word.Length > 2 && word[^1] is 's' or 'S' && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
                && !word.EndsWith("us", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("is", StringComparison.OrdinalIgnoreCase));
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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SingularInMenLookup =
        new HashSet<string>(SingularInMen, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

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

    private static HashSet<string> BuildEnding()
    {
        var set = new HashSet<string>(Stop, StringComparer.OrdinalIgnoreCase);
        set.UnionWith(NumberWords.Cardinals.Keys);
        set.UnionWith(NumberWords.Scales.Keys);
        return set;
    }
}
