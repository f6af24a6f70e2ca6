using System.Text.RegularExpressions;

namespace FactCheck.Core.Normalize.Dates;

/// <summary>
/// A pattern anchored at the end of a short stretch of text ("…since\s+$"), with the words one of which a match
/// must end on ("since", "after", …), so that the stretch is searched only when its last word is one of them.
/// The search tries every place in the stretch; the last-word check is one backward scan and turns away nearly
/// every stretch before the text is copied out and searched.
/// </summary>
/// <remarks>
/// The check only turns away a stretch the pattern cannot match, so the answer is the pattern's own: every match
/// ends on one of <c>lastWords</c> (whole, ASCII letters) followed by nothing but white space and hyphens. The
/// check finds that word by skipping those from the end, then taking the run of letters and digits before them; a
/// run with a non-ASCII character is always searched, since case-insensitive matching may fold it onto a listed word.
/// </remarks>
internal sealed class TrailingWordPattern
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lastWords;

    public TrailingWordPattern(Regex pattern, params string[] lastWords)
    {
        Pattern = pattern;
        this.lastWords = new HashSet<string>(lastWords, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The pattern itself, for a search without the check.</summary>
    public Regex Pattern { get; }

    /// <summary>
    /// The pattern's match in <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, searched as
    /// a string of its own (so offsets are from <paramref name="start"/>), or <see cref="Match.Empty"/>.
    /// </summary>
    public Match Match(string text, int start, int end) =>
        MayMatch(text.AsSpan(start, end - start)) ? Pattern.Match(text[start..end]) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>False only when the stretch cannot end on one of the words, with white space or hyphens after it.</summary>
    public bool MayMatch(ReadOnlySpan<char> stretch)
    {
        var end = stretch.Length;
        // \s is char.IsWhiteSpace; separators are skipped too, which can only let more stretches through.
        while (end > 0 && (char.IsWhiteSpace(stretch[end - 1]) || char.IsSeparator(stretch[end - 1]) || stretch[end - 1] == '-'))
        {
            end--;
        }

        // Letters and digits are word characters (\w), so the run stops where the pattern's word would start.
        var start = end;
        while (start > 0 && char.IsLetterOrDigit(stretch[start - 1]))
        {
            start--;
        }

        var word = stretch[start..end];
        foreach (var c in word)
        {
            if (!char.IsAscii(c))
            {
                return true;
            }
        }

        return lastWords.Contains(word);
    }
}
