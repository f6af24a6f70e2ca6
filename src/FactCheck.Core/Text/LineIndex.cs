namespace FactCheck.Core.Text;

/// <summary>Maps character offsets to 1-based line and column numbers.</summary>
public sealed class LineIndex
{
    // Offsets at which each line starts; line 1 starts at 0.
    private readonly int[] _lineStarts;

    public LineIndex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var skip = text.AsSpan(i).IndexOfAny('\n', '\r');
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = text[i];
            if (c == '\n')
            {
                starts.Add(i + 1);
            }
            else if (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))
            {
                // A lone CR (old Mac endings) ends a line too; CRLF is counted once, at its LF.
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        index = Math.Max(0, index);
        return (index + 1, offset - _lineStarts[index] + 1);
    }
}
