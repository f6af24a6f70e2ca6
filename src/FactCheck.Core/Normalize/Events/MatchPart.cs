using System.Text.RegularExpressions;

namespace FactCheck.Core.Normalize.Events;

/// <summary>
/// A part of a match named in the clause before a score ("in the fourth set as the Raiders edged it 25-23", "won the
/// opening frame 71-12"): the score is that part's, not the match's result.
/// </summary>
internal static partial class MatchPart
{
    // A part of a match by its place: "the fourth set", "the final quarter", "the opening frame".
    private const string Part = @"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|1st|2nd|3rd|4th|5th|opening|deciding|final|last)\s+(?:set|half|quarter|period|frame|inning|innings|leg)\b";

    [GeneratedRegex(@"\b" + Part + @"(?![\s\S]*\b(?:match|game|contest|tie|fixture)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PartThenNoMatch();

    [GeneratedRegex(@"^\s*(?:in|during|of|for)\s+the\s+" + Part, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PartAfter();

    /// <summary>Whether the score ending at <paramref name="scoreEnd"/> is told of a part named right after it: "outscored them 17-11 in the final quarter".</summary>
    public static bool After(string text, int scoreEnd) => PartAfter().IsMatch(text.AsSpan(scoreEnd, Math.Min(60, text.Length - scoreEnd)));

    /// <summary>
    /// Whether a part of a match stands in the clause before the score at <paramref name="score"/> (back to a comma,
    /// semicolon, colon or the sentence's start at <paramref name="from"/>), with no word for the whole match after it:
    /// "lost the opening set but won the match 3-1" tells the match's score.
    /// </summary>
    public static bool Before(string text, int from, int score)
    {
        var start = text.AsSpan(from, score - from).LastIndexOfAny(",;:") is var cut && cut >= 0 ? from + cut + 1 : from;
        return PartThenNoMatch().IsMatch(text.AsSpan(start, score - start));
    }
}
