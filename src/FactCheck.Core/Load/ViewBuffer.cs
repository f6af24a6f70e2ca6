using FactCheck.Core.Text;

namespace FactCheck.Core.Load;

/// <summary>
/// The analysis view under construction: a copy of the raw text in which markup and boilerplate
/// are overwritten in place, never inserted or removed, so every offset stays a file offset.
/// Line ends ('\n', '\r') are never blanked, so line numbers stay true as well.
/// </summary>
internal sealed class ViewBuffer
{
    private readonly char[] _chars;
    private readonly List<TextSpan> _boilerplate = [];

    // The last string View() made, until the next change: the builders ask for the view several
    // times between changes, and a copy per ask is a copy of the whole file.
    private string? _view;

    public ViewBuffer(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        Raw = raw;
        _chars = raw.ToCharArray();
    }

    public string Raw { get; }

    public int Length => _chars.Length;

    public char this[int index] => _chars[index];

    /// <summary>Spans set aside as boilerplate so far (unsorted, may overlap).</summary>
    public IReadOnlyList<TextSpan> BoilerplateSpans => _boilerplate;

    /// <summary>Overwrites [start, end) with spaces, keeping line ends.</summary>
    public void Blank(int start, int end)
    {
        start = Math.Max(0, start);
        end = Math.Min(_chars.Length, end);
        _view = null;
        for (var i = start; i < end; i++)
        {
            if (_chars[i] is not ('\n' or '\r'))
            {
                _chars[i] = ' ';
            }
        }
    }

    /// <summary>Blanks [start, end) and remembers it as boilerplate.</summary>
    public void SetAside(int start, int end)
    {
        start = Math.Max(0, start);
        end = Math.Min(_chars.Length, end);
        if (end <= start)
        {
            return;
        }

        Blank(start, end);
        _boilerplate.Add(new TextSpan(start, end));
    }

    /// <summary>
    /// Writes <paramref name="replacement"/> at <paramref name="start"/> and blanks the rest of
    /// [start, end): a decoded entity takes the place of its first characters.
    /// </summary>
    public void Replace(int start, int end, string replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        if (replacement.Length > end - start)
        {
            throw new ArgumentException("a replacement may not be longer than what it replaces", nameof(replacement));
        }

        Blank(start, end);
        replacement.CopyTo(0, _chars, start, replacement.Length);
        _view = null;
    }

    /// <summary>
    /// Puts a line break where markup stood, so that text on either side of a block-level tag
    /// does not run together into one sentence. Only over a blanked, non-line-end position.
    /// </summary>
    public void BreakLineAt(int index)
    {
        if (index >= 0 && index < _chars.Length && _chars[index] == ' ' && Raw[index] is not ('\n' or '\r'))
        {
            _chars[index] = '\n';
            _view = null;
        }
    }

    public string View() => _view ??= new(_chars);

    /// <summary>The boilerplate spans sorted and merged.</summary>
    public IReadOnlyList<TextSpan> MergedBoilerplate()
    {
        var sorted = _boilerplate.OrderBy(s => s.Start).ThenBy(s => s.End).ToList();
        var merged = new List<TextSpan>();
        foreach (var span in sorted)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}
