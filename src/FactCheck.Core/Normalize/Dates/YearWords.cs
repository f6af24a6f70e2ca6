using System.Text.RegularExpressions;

namespace FactCheck.Core.Normalize.Dates;

/// <summary>
/// Years spelled out: "nineteen eighty six", "nineteen hundred ninety three", "two thousand and
/// fifteen", "one thousand seven hundred and eighty nine", "nineteen oh one". A bare "twenty five" is
/// not a year (the second part must be a ten, a teen, or "oh"/"zero" and a unit).
/// </summary>
internal static partial class YearWords
{
    private const string Units = "one|two|three|four|five|six|seven|eight|nine";
    private const string Teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private const string Tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private const string Century = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";

    // The word lists as prefix trees: the same matches, fewer failed branches for the interpreter (see WordTrie).
    private static readonly string UnitsTree = Tree(Units);
    private static readonly string TeensTree = Tree(Teens);
    private static readonly string TensTree = Tree(Tens);
    private static readonly string CenturyTree = Tree(Century);

    private static readonly string TwoDigits = $@"(?:(?:{TensTree})(?:[\s-](?:{UnitsTree}))?|{TeensTree}|(?:oh|zero)\s+(?:{UnitsTree}))";

    /// <summary>The pattern of a spelled-out year (no captures).</summary>
    public static readonly string Pattern =
        $@"(?:(?:{CenturyTree})\s+(?:hundred\s+(?:and\s+)?)?{TwoDigits}(?![\w-])|(?:{CenturyTree})\s+hundred(?![\w-])|two\s+thousand(?:\s+(?:and\s+)?(?:{TwoDigits}|{UnitsTree})(?![\w-]))?|one\s+thousand\s+(?:{UnitsTree})\s+hundred(?:\s+(?:and\s+)?(?:{TwoDigits}|{UnitsTree}))?(?![\w-]))";

    /// <summary>Words one of which every spelled-out year holds as a whole word: it starts with a century word or says "thousand".</summary>
    public static readonly string CueWords = Century.Replace('|', ' ') + " thousand";

    private static readonly Dictionary<string, int> Values = BuildValues();

    /// <summary>The year a spelled-out year names, or null.</summary>
    public static int? Parse(string text)
    {
        var words = Token().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w != "and").ToList();
        if (words.Count < 2)
        {
            return null;
        }

        if (words[0] == "one" && words.Count >= 4 && words[1] == "thousand" && words[3] == "hundred")
        {
            return 1000 + (Values[words[2]] * 100) + Rest(words.Skip(4));
        }

        if (words[0] == "two" && words[1] == "thousand")
        {
            return 2000 + Rest(words.Skip(2));
        }

        if (!Values.TryGetValue(words[0], out var century))
        {
            return null;
        }

        var rest = words.Skip(1).ToList();
        if (rest.Count > 0 && rest[0] == "hundred")
        {
            rest.RemoveAt(0);
        }

        return (century * 100) + Rest(rest);
    }

    private static string Tree(string words) => WordTrie.Alternation(words.Split('|'));

    private static int Rest(IEnumerable<string> words) =>
        words.Where(w => w is not ("oh" or "zero")).Sum(w => Values.TryGetValue(w, out var v) ? v : 0);

    private static Dictionary<string, int> BuildValues()
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        var units = Units.Split('|');
        for (var i = 0; i < units.Length; i++)
        {
            values[units[i]] = i + 1;
        }

        var teens = Teens.Split('|');
        for (var i = 0; i < teens.Length; i++)
        {
            values[teens[i]] = i + 10;
        }

        var tens = Tens.Split('|');
        for (var i = 0; i < tens.Length; i++)
        {
            values[tens[i]] = (i + 2) * 10;
        }

        return values;
    }

    [GeneratedRegex(@"[a-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
