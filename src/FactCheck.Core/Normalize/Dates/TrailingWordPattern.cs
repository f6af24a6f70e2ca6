using System.Text.RegularExpressions;

namespace FactCheck.Core.Normalize.Dates;

/// <summary>
/// A pattern anchored at the end of a short stretch of text ("…since\s+$"), with the words one of which a match
/// must end on ("since", "after", …), so that the stretch is searched only when its last word is one of them.
/// The search tries every place in the stretch; the last-word check is one backward scan and turns away nearly
/// every stretch before the text is copied out and searched. A listed pair ("starting on") lets its last word
/// through only after the first, with white space between: "on" ends many stretches ("damaged 1,500 homes on"),
/// and a pattern that takes it only as "starting on" was searched, and failed, for every one of them.
/// </summary>
/// <remarks>
/// The check only turns away a stretch the pattern cannot match, so the answer is the pattern's own: every match
/// ends on one of <c>lastWords</c> (whole, ASCII letters) followed by nothing but white space and hyphens. The
/// check finds that word by skipping those from the end, then taking the run of letters and digits before them; a
/// run with a non-ASCII character is always searched, since case-insensitive matching may fold it onto a listed word.
/// For a pair, the word before is found the same way past white space only (the patterns join a pair with \s+).
/// </remarks>
internal sealed class TrailingWordPattern
{
    // Each last word, with the words one of which must stand before it (null: any, or none).
    private readonly Dictionary<string, HashSet<string>?>.AlternateLookup<ReadOnlySpan<char>> lastWords;

    /// <param name="pattern">The pattern, anchored at the end.</param>
    /// <param name="lastWords">The words a match can end on; "x y" for a last word y that a match has only after x.</param>
    public TrailingWordPattern(Regex pattern, params string[] lastWords)
    {
        Pattern = pattern;
        var words = new Dictionary<string, HashSet<string>?>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in lastWords.Where(w => !w.Contains(' ', StringComparison.Ordinal)))
        {
            words[entry] = null;
        }

        foreach (var pair in lastWords.Where(w => w.Contains(' ', StringComparison.Ordinal)).Select(w => w.Split(' ')))
        {
            if (!words.TryGetValue(pair[1], out var before))
            {
                words[pair[1]] = before = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }

            before?.Add(pair[0]); // a word listed alone needs nothing before it
        }

        this.lastWords = words.GetAlternateLookup<ReadOnlySpan<char>>();
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

        var start = WordBefore(stretch, end);
        var word = stretch[start..end];
        if (!IsAscii(word))
        {
            return true;
        }

        if (!lastWords.TryGetValue(word, out var before))
        {
            return false;
        }

        if (before is null)
        {
            return true;
        }

        end = start;
        while (end > 0 && (char.IsWhiteSpace(stretch[end - 1]) || char.IsSeparator(stretch[end - 1])))
        {
            end--;
        }

        var previous = stretch[WordBefore(stretch, end)..end];
        return end < start && (!IsAscii(previous) || before.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous));
    }

    /// <summary>Where the run of letters and digits ending at <paramref name="end"/> starts (letters and digits are \w, so the run stops where the pattern's word would start).</summary>
    private static int WordBefore(ReadOnlySpan<char> stretch, int end)
    {
        var start = end;
        while (start > 0 && char.IsLetterOrDigit(stretch[start - 1]))
        {
            start--;
        }

        return start;
    }

    private static bool IsAscii(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAscii(c))
            {
                return false;
            }
        }

        return true;
    }
}
