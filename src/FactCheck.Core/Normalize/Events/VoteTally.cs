using System.Text.RegularExpressions;

namespace FactCheck.Core.Normalize.Events;

/// <summary>Finds a vote tally ("61-38", "220 to 210", "by 61 votes to 38", "six to one", a match's "by seven sets to four") or a score set by set ("6-4, 3-6, 7-5") in a stretch of text.</summary>
internal static partial class VoteTally
{
    [GeneratedRegex(@"(?<!\d|\d[,.])(\d{1,3})\s*(?:-|–|—|\bto\b|\s+(?:votes?|sets?|frames?|legs?|games?|goals?)\s+to\b)\s*(\d{1,3})(?![\d%]|[,.]\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Tally();

    // "voted six to one", "by thirty-one votes to twenty-two", "by seven sets to four": a tally in words, not before a unit
    // ("two to three weeks").
    private const string Units = "one|two|three|four|five|six|seven|eight|nine";
    private const string Small = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:" + Units + "))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" + Units;

    [GeneratedRegex(@"\b(" + Small + @")(?:\s+(?:votes?|sets?|frames?|legs?|games?|goals?))?(?:\s+to\s+|-to-)(" + Small + @")\b(?!-|\s+(?:weeks?|days?|months?|years?|hours?|minutes?|percent|per\s+cent|times|points?|people|members|seats))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpelledTally();

    // A further set of a match's score after a comma, past a tie-break in brackets: "6-4, 3-6, 7-6 (7-4)".
    [GeneratedRegex(@"\G(?:\s*\(\d{1,2}\s*[-–]\s*\d{1,2}\))?\s*,\s*(\d{1,2})\s*[-–]\s*(\d{1,2})(?![\d%]|[,.]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex FurtherSet();

    // "from 62 to 64" is a change; "broke serve at 5-5", "level at 1-1" a score on the way, not the result; "trailed the
    // series 3-1" the standing in a series of games, not a game's score.
    [GeneratedRegex(@"\b(?:from|at|series)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NoTallyBefore();

    public static string? Find(string text, int start, int end) => Locate(text, start, end)?.Tally;

    /// <summary>
    /// The first tally in [start, end) as "61-38", with where it stands. "From 62 to 64" is a change,
    /// not a tally ("raising the retirement age from 62 to 64"), and "at 5-5" a score during the match; a comma or full stop may end a tally
    /// ("by 61 votes to 38, raising"), though not run into digits ("1,000", "2.5").
    /// </summary>
    public static (string Tally, Text.TextSpan Span)? Locate(string text, int start, int end)
    {
        var digits = First(Tally(), text, start, end);
        var words = First(SpelledTally(), text, start, end);
        var m = digits is null ? words : words is null || digits.Index <= words.Index ? digits : words;
        if (m is null)
        {
            return null;
        }

        var tally = $"{Value(m.Groups[1].Value)}-{Value(m.Groups[2].Value)}";
        var stop = m.Index + m.Length;
        if (ReferenceEquals(m, digits))
        {
            // A score set by set ("beat Brask 6-4, 3-6, 7-5") is one score: every set, in order.
            for (var set = FurtherSet().Match(text, stop); set.Success && set.Index + set.Length <= end; set = FurtherSet().Match(text, stop))
            {
                tally += $", {set.Groups[1].Value}-{set.Groups[2].Value}";
                stop = set.Index + set.Length;
            }
        }

        return (tally, new Text.TextSpan(m.Index, stop));
    }

    /// <summary>The first match of <paramref name="pattern"/> in [start, end) that is no change "from" one figure to another, nor a score "at" a point in the match.</summary>
    private static Match? First(Regex pattern, string text, int start, int end)
    {
        for (var m = pattern.Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            if (!NoTallyBefore().IsMatch(text.AsSpan(Math.Max(start, m.Index - 8), m.Index - Math.Max(start, m.Index - 8))))
            {
                return m;
            }
        }

        return null;
    }

    // "thirty-one" is thirty and one.
    private static string Value(string side) =>
        char.IsAsciiDigit(side[0]) ? side : side.ToLowerInvariant().Split('-').Sum(w => Quantities.NumberWords.Cardinals[w]).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
