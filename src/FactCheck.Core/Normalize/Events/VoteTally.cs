using System.Text.RegularExpressions;

namespace FactCheck.Core.Normalize.Events;

/// <summary>Finds a vote tally ("61-38", "220 to 210", "by 61 votes to 38") in a stretch of text.</summary>
internal static partial class VoteTally
{
    [GeneratedRegex(@"(?<!\d|\d[,.])(\d{1,3})\s*(?:-|–|—|\bto\b|\s+votes?\s+to\b)\s*(\d{1,3})(?![\d%]|[,.]\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Tally();

    [GeneratedRegex(@"\bfrom\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FromBefore();

    public static string? Find(string text, int start, int end) => Locate(text, start, end)?.Tally;

    /// <summary>
    /// The first tally in [start, end) as "61-38", with where it stands. "From 62 to 64" is a change,
    /// not a tally ("raising the retirement age from 62 to 64"); a comma or full stop may end a tally
    /// ("by 61 votes to 38, raising"), though not run into digits ("1,000", "2.5").
    /// </summary>
    public static (string Tally, Text.TextSpan Span)? Locate(string text, int start, int end)
    {
        for (var m = Tally().Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            if (!FromBefore().IsMatch(text.AsSpan(Math.Max(start, m.Index - 8), m.Index - Math.Max(start, m.Index - 8))))
            {
                return ($"{m.Groups[1].Value}-{m.Groups[2].Value}", new Text.TextSpan(m.Index, m.Index + m.Length));
            }
        }

        return null;
    }
}
