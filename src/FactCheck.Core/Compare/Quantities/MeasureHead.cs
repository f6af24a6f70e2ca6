using FactCheck.Core.Data;
using FactCheck.Core.Normalize.Quantities;
using FactCheck.Core.Text;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// The noun a measured figure qualifies, which names it as a counted noun names a count: "a 28%
/// premium" and "a premium of 32%" are both premiums, "$54 a share" and "$52 per share" prices of a
/// share. Read from the word after the figure (past "a" or "per") or the word before "of" that leads
/// up to it, or the subject a verb of level leads from ("Turnout was 67.4%"); null when none is a content word.
/// A stem, so that "shares" meets "share".
/// </summary>
public static class MeasureHead
{
    private static readonly HashSet<string> Stop = Lexicon.Set("stopwords");

    /// <summary>The stem of the noun <paramref name="claim"/> qualifies; null for a count (its counted noun says it) or when none is found.</summary>
    public static string? Of(QuantityClaim claim) => Read(claim).Head;

    /// <summary>
    /// The head noun's stem, as <see cref="Of"/>, and whether the figure stands right before it ("the 312-kilogram
    /// satellite", "a 48-hour strike"), which names the thing as a counted noun names a count. A share never does: "a 3%
    /// rise" and "a 5% rise" are often two.
    /// </summary>
    public static (string? Head, bool Attributive) Read(QuantityClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var (head, attributive) = Find(claim);
        return (head, attributive && claim.Quantity.Unit != "%");
    }

    private static (string? Head, bool Attributive) Find(QuantityClaim claim)
    {
        if (claim.Quantity.Counted is not null)
        {
            return (null, false);
        }

        if (claim.Quantity.Per is { } per)
        {
            return (WordStem.Of(per), false); // "$54 a share" and "$52 per share": prices of a share
        }

        var sentence = claim.Sentence.Text;
        var at = ClaimPlace.In(claim);
        if (at < 0)
        {
            return (null, false);
        }

        var next = TextScan.NextWord(sentence, AfterConversion(sentence, at + claim.Text.Length));
        if (next is { Word: "a" or "an" or "per" } rate)
        {
            next = TextScan.NextWord(sentence, rate.End);
        }

        if (next is { } dimension && Dimensions.TryGetValue(dimension.Word, out var measured))
        {
            return (WordStem.Of(measured), false); // "460 metres underground", "640 metres below ground": a depth
        }

        // "some 16 nautical miles from Port Halmer", "six miles off Cape Ardel": a distance from a named place.
        if (next is { Word: "from" or "off" } from && IsDistance(claim.Quantity.Unit) && PlaceAt(sentence, from.End) is { } place)
        {
            return ("from " + place, false);
        }

        // "38 percent of the market" and "a market share of 48 percent", "31% of the vote" and "a vote share of 29%":
        // a share is headed by what it is a share of, the last noun of its group ("38 percent of its ice volume" and "28
        // percent of its volume" are shares of a volume).
        // A share named before it as well ("a turnout of 41.6 percent of the city's voters") is headed by that name.
        if (claim.Quantity.Unit == "%" && next is { Word: "of" } ofAfter && WholeAfter(sentence, ofAfter.End) is { } whole
            && !(TextScan.PreviousWord(sentence, at) is { Word: "of" } named && TextScan.PreviousWord(sentence, named.Start) is { } name && IsContent(name.Word) && name.Word != "share"))
        {
            return (WordStem.Of(whole), false);
        }

        // "3.2 million litres of untreated sewage" and "about two million litres of sewage": an amount of some stuff. "1,400
        // hectares of orchard", of some land, unless a subject names what it is the size of ("the site covers 104 acres of farmland").
        if (next is { Word: "of" } ofStuff
            && (UnitConversion.KindOf(claim.Quantity.Unit) is MeasureKind.Volume or MeasureKind.Weight
                || (UnitConversion.KindOf(claim.Quantity.Unit) is MeasureKind.Area && Subject(sentence, at) is null))
            && WholeAfter(sentence, ofStuff.End) is { } stuff)
        {
            return (WordStem.Of(stuff), false);
        }

        // "£2.80 for a school lunch", "£65,000 for a new roof": the price of one thing, headed by that thing.
        if (UnitLexicon.IsCurrency(claim.Quantity.Unit) && next is { Word: "for" } price
            && TextScan.NextWord(sentence, price.End) is { Word: "a" or "an" or "each" or "every" or "one" } && WholeAfter(sentence, price.End) is { } item)
        {
            return (WordStem.Of(item), false);
        }

        // "the library's $5.1 million annual budget": a word of a period says how often, the noun after it what is measured.
        if (next is { Word: "annual" or "yearly" or "monthly" or "weekly" or "daily" } period && TextScan.NextWord(sentence, period.End) is { } noun
            && IsContent(noun.Word))
        {
            next = noun;
        }

        if (next is { } after && IsContent(after.Word) && !Comparisons.Contains(after.Word))
        {
            return (WordStem.Of(NamedNoun(sentence, after).Word), true);
        }

        if (TextScan.PreviousWord(sentence, at) is { Word: "of" } of && TextScan.PreviousWord(sentence, of.Start) is { } before && IsContent(before.Word))
        {
            if (claim.Quantity.Unit == "%" && before.Word == "share" && TextScan.PreviousWord(sentence, before.Start) is { } whose && IsContent(whose.Word))
            {
                return (WordStem.Of(whose.Word), false); // "a market share of 48 percent": a share of the market
            }

            return (WordStem.Of(Dimensions.GetValueOrDefault(before.Word, before.Word)), false);
        }

        return (Subject(sentence, at), false);
    }

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "a", "an" };

    // The most words of a noun group a share is of ("its annual ice volume").
    private const int WholeWords = 3;

    /// <summary>The last noun of the group after "of" at <paramref name="from"/>, past its determiner; null when it opens with no content word.</summary>
    private static string? WholeAfter(string sentence, int from)
    {
        var word = TextScan.NextWord(sentence, from);
        if (word is { } determiner && Determiners.Contains(determiner.Word))
        {
            // The whole's own size is passed over: "17 per cent of its 4,800 megalitre (Ml) capacity" is a share of capacity.
            word = TextScan.NextWord(sentence, PastFigure(sentence, determiner.End));
        }

        string? last = null;
        for (var k = 0; k < WholeWords && word is { } w && IsContent(w.Word); k++)
        {
            last = w.Word;
            // A possessor is no whole: "41.6 percent of the city's vote" is a share of a vote.
            var possessive = sentence.AsSpan(w.End).StartsWith("'s", StringComparison.Ordinal) || sentence.AsSpan(w.End).StartsWith("’s", StringComparison.Ordinal);
            word = TextScan.NextWord(sentence, possessive ? w.End + 2 : PastAside(sentence, w.End));
        }

        return last;
    }

    /// <summary>Where a figure in digits at <paramref name="at"/> (after spaces) ends, with a hyphen after it ("4,800-megalitre"); <paramref name="at"/> when there is none.</summary>
    private static int PastFigure(string sentence, int at)
    {
        var i = TextScan.SkipSpaces(sentence, at);
        if (i >= sentence.Length || !char.IsDigit(sentence[i]))
        {
            return at;
        }

        while (i < sentence.Length && (char.IsDigit(sentence[i]) || (sentence[i] is ',' or '.' && i + 1 < sentence.Length && char.IsDigit(sentence[i + 1]))))
        {
            i++;
        }

        return i < sentence.Length && sentence[i] == '-' ? i + 1 : i;
    }

    /// <summary>Where a short aside in brackets after a word ends ("megalitre (Ml) capacity"); <paramref name="at"/> when none follows.</summary>
    private static int PastAside(string sentence, int at)
    {
        var open = TextScan.SkipSpaces(sentence, at);
        return open < sentence.Length && sentence[open] == '(' && sentence.IndexOf(')', open) is var close && close > open && close - open <= AsideChars
            ? close + 1
            : at;
    }

    // The longest aside in brackets a noun group is read past: an abbreviation or a unit, not a clause.
    private const int AsideChars = 12;

    /// <summary>
    /// Where the words after a figure go on past its conversion in brackets: "the 312-kilogram (688-pound) satellite".
    /// </summary>
    private static int AfterConversion(string sentence, int end)
    {
        var open = TextScan.SkipSpaces(sentence, end);
        if (open < sentence.Length && sentence[open] == '(' && sentence.IndexOf(')', open) is var close && close > open)
        {
            return close + 1;
        }

        // The conversion itself: "(688-pound) satellite".
        return open < sentence.Length && sentence[open] == ')' && sentence.LastIndexOf('(', open) >= 0 ? open + 1 : end;
    }

    /// <summary>
    /// The common noun after a name that stands between a figure and it ("the 412 kg Heron-2 satellite", "a 20-metre
    /// Kestrel Class patrol boat"): the model's name says which one, the noun what the figure measures. Up to two such
    /// words; <paramref name="word"/> itself when it is no name or no common noun follows.
    /// </summary>
    private static (int Start, int End, string Word) NamedNoun(string sentence, (int Start, int End, string Word) word)
    {
        var at = word;
        for (var k = 0; k < 2 && char.IsUpper(sentence[at.Start]); k++)
        {
            var nameEnd = at.End;
            while (nameEnd < sentence.Length && (char.IsLetterOrDigit(sentence[nameEnd]) || sentence[nameEnd] == '-'))
            {
                nameEnd++; // the rest of a model's name: "Heron-2"
            }

            if (TextScan.NextWord(sentence, nameEnd) is not { } next || !IsContent(next.Word))
            {
                return word;
            }

            at = next;
        }

        return char.IsUpper(sentence[at.Start]) ? word : at;
    }

    private static bool IsDistance(string? unit) => unit == "km" || UnitConversion.Convertible(unit, "km");

    /// <summary>The name that starts at the next word after <paramref name="from"/>: its run of capitalised words, lower-cased; null when the next word is not capitalised.</summary>
    private static string? PlaceAt(string sentence, int from)
    {
        var words = new List<string>();
        for (var w = TextScan.NextWord(sentence, from); w is { } word && char.IsUpper(sentence[word.Start]) && words.Count < 4; w = TextScan.NextWord(sentence, word.End))
        {
            words.Add(word.Word);
        }

        return words.Count > 0 ? string.Join(' ', words) : null;
    }

    /// <summary>
    /// The subject a figure is the level of: "Turnout was 67.4%", "turnout reached 64.7%", "unemployment rose to 5.1%",
    /// "inflation stood at 3%". The word before a verb of level (with its "to" or "at") that leads straight up to the
    /// figure; "rose 3%" gives a change, not a level, and no subject.
    /// </summary>
    private static string? Subject(string sentence, int at)
    {
        var verb = TextScan.PreviousWord(sentence, at);
        var verbs = LevelVerbs;
        if (verb is { Word: "up" or "down" } change)
        {
            verb = TextScan.PreviousWord(sentence, change.Start); // "Admissions were up 83%"
        }

        // A change ("attendance for the week rose 18%", "had risen by 28 per cent") is headed apart from a level of the
        // same thing ("inflation rose 3%" is no rival to "inflation stood at 3%"): its head is marked as a change.
        var isChange = false;
        if (verb is { Word: "to" or "at" or "by" } particle)
        {
            verbs = particle.Word == "at" ? VerbsAtLevel : VerbsToLevel;
            isChange = particle.Word == "by";
            verb = TextScan.PreviousWord(sentence, particle.Start);
        }
        else if (verb is { } bare && VerbsToLevel.Contains(bare.Word))
        {
            (verbs, isChange) = (VerbsToLevel, true);
        }

        if (verb is not { } v || !verbs.Contains(v.Word) || TextScan.PreviousWord(sentence, v.Start) is not { } subject)
        {
            return null;
        }

        // "attendance over the five days had risen by 28 per cent", "A school lunch will cost £2.95": past the verb's auxiliary.
        if (subject.Word is "had" or "has" or "have" or "will" or "would" or "now" && TextScan.PreviousWord(sentence, subject.Start) is { } beforeAuxiliary)
        {
            subject = beforeAuxiliary;
        }

        // "a final that lasted 84 minutes": the noun the relative pronoun stands for.
        if (subject.Word is "that" or "which" && TextScan.PreviousWord(sentence, subject.Start) is { } antecedent)
        {
            subject = antecedent;
        }

        // "Operating profit for the quarter rose to €54.8 million", "Admissions at the district's seven hospitals were 38%
        // higher": the subject's noun stands before its qualifying phrase, of up to five words.
        var back = subject.Start;
        for (var k = 0; k < QualifierWords && TextScan.PreviousWord(sentence, back) is { } w; k++)
        {
            if (w.Word == "s" && w.Start > 0 && sentence[w.Start - 1] is '\'' or '’')
            {
                back = w.Start - 1; // the possessive's "s" of "the district's"
                continue;
            }

            if (Qualifiers.Contains(w.Word))
            {
                if (k > 0 && TextScan.PreviousWord(sentence, w.Start) is { } noun && IsContent(noun.Word))
                {
                    subject = noun;
                }

                break;
            }

            back = w.Start;
        }

        return !IsContent(subject.Word) ? null : isChange ? WordStem.Of(subject.Word) + ChangeMark : WordStem.Of(subject.Word);
    }

    /// <summary>What marks the head of a change: "inflat+" heads "inflation rose 3%", "inflat" heads "inflation stood at 3%".</summary>
    public const string ChangeMark = "+";

    // The most words of a phrase qualifying a subject, past its preposition ("at the district's seven hospitals", its "'s" one).
    private const int QualifierWords = 5;

    // Prepositions that open a phrase qualifying a subject: "profit for the quarter", "sales in the period".
    private static readonly HashSet<string> Qualifiers = new(StringComparer.OrdinalIgnoreCase) { "for", "in", "of", "over", "during", "at" };

    // Verbs that state a level: "was 67.4%", "reached 64.7%"; with "at": "stood at 3%"; with "to": "rose to 5.1%".
    private static readonly HashSet<string> LevelVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "is", "were", "are", "reached", "hit", "remained", "stayed", "totalled", "totaled", "totals",
        // verbs of extent: "The extension covers 43 hectares", "the cub weighed 142 grams", "the crack measures 1.4 metres"
        "covers", "covered", "spans", "spanned", "measures", "measured", "weighs", "weighed",
        // verbs of price: "A school lunch will cost £2.95", "the repairs cost £2m"
        "cost", "costs",
        // verbs of duration: "The final lasted 84 minutes"
        "lasted", "lasts",
    };

    private static readonly HashSet<string> VerbsAtLevel = new(StringComparer.OrdinalIgnoreCase)
    {
        "stood", "stands", "remained", "stayed", "held", "came", "peaked", "settled",
    };

    private static readonly HashSet<string> VerbsToLevel = new(StringComparer.OrdinalIgnoreCase)
    {
        "rose", "fell", "climbed", "dropped", "jumped", "slipped", "eased", "increased", "decreased", "grew", "declined", "edged",
        "risen", "fallen", "grown", "rises", "falls", "grows",
    };

    // Words after a length, or before its "of", that say which dimension it measures: "640 metres below ground" and
    // "at a depth of 640 metres" are both depths.
    private static readonly Dictionary<string, string> Dimensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["deep"] = "depth", ["depth"] = "depth", ["underground"] = "depth", ["below"] = "depth", ["beneath"] = "depth", ["down"] = "depth",
        ["high"] = "height", ["tall"] = "height", ["height"] = "height", ["above"] = "height",
        ["long"] = "length", ["length"] = "length",
        ["wide"] = "width", ["width"] = "width", ["across"] = "width",
    };

    private static readonly HashSet<string> DimensionStems = new(Dimensions.Values.Select(WordStem.Of), StringComparer.Ordinal);

    /// <summary>Whether <paramref name="head"/> (as <see cref="Of"/> gives it) is a dimension: a depth, a height, a length or a width.</summary>
    public static bool IsDimension(string? head) => head is not null && DimensionStems.Contains(head);

    // Words that compare a figure with another ("38% higher than", "up 83% compared with"): they say how, not what.
    private static readonly HashSet<string> Comparisons = new(StringComparer.Ordinal)
    {
        "higher", "lower", "more", "less", "fewer", "greater", "above", "below", "compared", "up", "down", "over", "under",
    };

    private static bool IsContent(string word) => word.Length > 2 && !Stop.Contains(word);
}
