using System.Text.RegularExpressions;

namespace FactCheck.Core.Normalize.Events;

/// <summary>Finds a vote tally ("61-38", "220 to 210") in a stretch of text.</summary>
internal static partial class VoteTally
{
    [GeneratedRegex(@"(?<![\d,.])(\d{1,3})\s*(?:-|–|—|\bto\b)\s*(\d{1,3})(?![\d,.%])", RegexOptions.CultureInvariant)]
    private static partial Regex Tally();

    public static string? Find(string text, int start, int end) => Locate(text, start, end)?.Tally;

    /// <summary>The first tally in [start, end) as "61-38", with where it stands.</summary>
    public static (string Tally, Text.TextSpan Span)? Locate(string text, int start, int end)
    {
        var m = Tally().Match(text, start, end - start);
        return m.Success ? ($"{m.Groups[1].Value}-{m.Groups[2].Value}", new Text.TextSpan(m.Index, m.Index + m.Length)) : null;
    }
}
