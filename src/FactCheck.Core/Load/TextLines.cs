using FactCheck.Core.Text;

namespace FactCheck.Core.Load;

/// <summary>Line spans of a text (line ends excluded); "\n", "\r\n" and a lone "\r" all end a line.</summary>
internal static class TextLines
{
    public static IEnumerable<TextSpan> Of(string text, int from = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = from;
        while (start < text.Length)
        {
            var end = FrontMatterReader.LineEnd(text, start);
            yield return new TextSpan(start, end);
            start = FrontMatterReader.NextLine(text, end);
        }
    }

    /// <summary>The span with white space trimmed from both ends.</summary>
    public static TextSpan Trim(string text, TextSpan span)
    {
        var (start, end) = (span.Start, span.End);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    /// <summary>Runs of white space collapsed to one space.</summary>
    public static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
