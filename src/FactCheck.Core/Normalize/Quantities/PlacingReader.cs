using System.Buffers;
using System.Text.RegularExpressions;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Quantities;

/// <summary>
/// Where a competitor finished, as results report it: "finished second", "was third on Tidewater", "came home in fourth
/// place", "took bronze" (a medal is its place: gold first, silver second, bronze third). The figure is the place, with the
/// unit <see cref="Unit"/>, and the span runs from the verb, so the name before it says whose place it is. A place in a
/// league or a past season ("finished third in the league last term") is a standing over time, not the result of the
/// happening, and is not read; nor is an order of events ("was first to arrive", "the second time").
/// </summary>
public static partial class PlacingReader
{
    /// <summary>The unit of a place: "2nd place".</summary>
    public const string Unit = "place";

    /// <summary>What a place counts, as a counted noun names what a count counts.</summary>
    public const string Counted = "placing";

    [GeneratedRegex(
        @"\b(?:(?<verb>finished|finishes|came|comes|placed|places|ended|ends|was|is|crossed\s+the\s+line|came\s+home)\s+(?:(?:in|as)\s+)?(?:a\s+)?(?<joint>(?:joint|equal)[\s-]|tied\s+for\s+)?(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th)(?<place>\s+place|\s+overall)?|(?<verb>won|wins|took|takes|claimed|claims|earned|collected|grabbed|bagged|secured|scooped|landed|picked\s+up|settled\s+for)\s+(?:the\s+|a\s+)?(?<medal>gold|silver|bronze))(?![\w-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        PatternBudget.Milliseconds)]
    private static partial Regex Placing();

    // Words after a bare ordinal that make it an order of events or a rank of size, not a place: "the second time", "was
    // second only to", "finished third consecutive season", "was third in line".
    private static readonly HashSet<string> NotAPlace = new(StringComparer.OrdinalIgnoreCase)
    {
        "time", "times", "round", "half", "quarter", "set", "game", "leg", "stage", "day", "week", "month", "year", "season",
        "consecutive", "straight", "successive", "largest", "biggest", "highest", "lowest", "most", "least", "best", "worst",
        "only", "choice", "of", "medals", "person", "woman", "man", "team", "club", "player", "rider", "driver",
    };

    // A place told of a standing over time or of an earlier occasion: its clause names one of these.
    [GeneratedRegex(
        @"\b(?:league|ladder|table|standings|rankings|championship\s+race|last\s+(?:season|year|term|time|month|week)|previous|a\s+year\s+(?:ago|earlier)|years?\s+(?:ago|earlier|before)|(?:in|since)\s+(?:19|20)\d\d)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        PatternBudget.Milliseconds)]
    private static partial Regex Standing();

    // The words a place turns on. Most text holds few of them, so the pattern is tried only in a window around each.
    private static readonly SearchValues<string> PlaceWords = SearchValues.Create(
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "gold", "silver", "bronze"],
        StringComparison.OrdinalIgnoreCase);

    // How far before a place word its verb may open ("crossed the line in a joint"), and how far after its start the
    // pattern may read ("seventh overall" and the character after it).
    private const int VerbReach = 48;
    private const int PlaceReach = 24;

    public static IEnumerable<QuantityMention> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var read = 0;
        for (var at = 0; at < text.Length;)
        {
            var k = text.AsSpan(at).IndexOfAny(PlaceWords);
            if (k < 0)
            {
                yield break;
            }

            // The window opens at a word's start, not before the end of the last place read, so no place is read twice.
            var word = at + k;
            var from = WordStart(text, Math.Max(read, word - VerbReach));
            var to = Math.Min(text.Length, word + PlaceReach);
            at = word + 1;
            if (from > word || Placing().Match(text, from, to - from) is not { Success: true } m || m.Index > word || m.Index + m.Length <= word)
            {
                continue; // no place turns on this word
            }

            read = at = m.Index + m.Length;
            if (Accept(text, m) is { } mention)
            {
                yield return mention;
            }
        }
    }

    /// <summary>The first word start at or after <paramref name="i"/>: a window opened mid-word would read "became" as "came".</summary>
    private static int WordStart(string text, int i)
    {
        while (i > 0 && i < text.Length && char.IsLetterOrDigit(text[i - 1]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The place a match tells, or null when its words tell none (see the class summary).</summary>
    private static QuantityMention? Accept(string text, Match m)
    {
        var place = m.Groups["medal"].Success ? Medal(m.Groups["medal"].Value) : Ordinal(m.Groups["ord"].Value);
        var verb = m.Groups["verb"].Value.ToLowerInvariant();
        var bare = m.Groups["ord"].Success && !m.Groups["place"].Success;
        var next = TextScan.NextWord(text, m.Index + m.Length);
        // "was first reported", "is second to none", "safety came first": a bare first after "was", "is" or "came" is rarely a
        // place, nor is a bare ordinal after "was" or "is" and "to" or "in".
        if ((bare && place == 1 && verb is "was" or "is" or "came" or "comes")
            || (verb is "was" or "is" && next is { Word: "to" or "in" or "only" })
            || (bare && next is { } after && (NotAPlace.Contains(after.Word) || (after.Word == "in" && TextScan.NextWord(text, after.End) is { Word: "line" })))
            || AskedOf(text, m.Index)
            || (m.Groups["medal"].Success && next is { Word: "medals" or "medallists" or "medalists" })
            || Standing().IsMatch(Clause(text, m.Index, m.Index + m.Length)))
        {
            return null;
        }

        return new QuantityMention(new TextSpan(m.Index, m.Index + m.Length), new Quantity(place, place, Unit, Counted));
    }

    /// <summary>
    /// Whether the place is asked of no one in particular: "nobody remembers who came second". After a name and a comma, "who"
    /// is that name's: "Cormac Daly, who finished second".
    /// </summary>
    private static bool AskedOf(string text, int verb) =>
        TextScan.PreviousWord(text, verb) is { Word: "who" or "whoever" } who && TextScan.SkipSpacesBack(text, who.Start) is var end && (end == 0 || text[end - 1] != ',');

    /// <summary>"2nd", "3rd", "4th": a place as results write it.</summary>
    public static string Format(decimal place) => NumberWords.InDigits((int)place);

    private static int Medal(string medal) => medal.ToLowerInvariant() switch
    {
        "gold" => 1,
        "silver" => 2,
        _ => 3,
    };

    /// <summary>An ordinal word from the number lists ("third"), or digits with their suffix ("3rd").</summary>
    private static int Ordinal(string word)
    {
        var w = word.ToLowerInvariant();
        return NumberWords.Ordinals.TryGetValue(w, out var value)
            ? (int)value
            : int.Parse(w.AsSpan(0, w.Length - 2), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The clause around [start, end): back to the last break before it and on to the next after it.</summary>
    private static ReadOnlySpan<char> Clause(string text, int start, int end)
    {
        var from = text.AsSpan(0, start).LastIndexOfAny(ClauseBreaks) + 1;
        var to = text.AsSpan(end).IndexOfAny(ClauseBreaks);
        return text.AsSpan(from, (to < 0 ? text.Length : end + to) - from);
    }

    private const string ClauseBreaks = ",;.!?\n";
}
