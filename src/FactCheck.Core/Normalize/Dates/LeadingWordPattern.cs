using System.Text.RegularExpressions;

namespace FactCheck.Core.Normalize.Dates;

/// <summary>
/// A pattern anchored at the start of a short stretch of text ("^\s*(?:and|or)\s+…"), with the words (and symbols)
/// one of which a match must open with after white space, so that the stretch is copied out and searched only when
/// it opens with one of them: the mirror of <see cref="TrailingWordPattern"/>, for the text after a date.
/// </summary>
/// <remarks>
/// The check only turns away a stretch the pattern cannot match: every match is white space, then one of
/// <c>symbols</c> or one of <c>firstWords</c> (whole, ASCII letters). A first word with a non-ASCII character is
/// always searched, since case-insensitive matching may fold it onto a listed word.
/// </remarks>
internal sealed class LeadingWordPattern
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> firstWords;

    private readonly string symbols;

    public LeadingWordPattern(Regex pattern, string symbols, params string[] firstWords)
    {
        Pattern = pattern;
        this.symbols = symbols;
        this.firstWords = new HashSet<string>(firstWords, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The pattern itself, for a search without the check.</summary>
    public Regex Pattern { get; }

    /// <summary>
    /// The pattern's match in <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, searched as
    /// a string of its own (so offsets are from <paramref name="start"/>), or <see cref="Match.Empty"/>.
    /// </summary>
    public Match Match(string text, int start, int end) =>
        MayMatch(text.AsSpan(start, end - start)) ? Pattern.Match(text[start..end]) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>False only when the stretch cannot open, after white space, with one of the symbols or words.</summary>
    public bool MayMatch(ReadOnlySpan<char> stretch)
    {
        // \s is char.IsWhiteSpace; separators are skipped too, which can only let more stretches through.
        var i = 0;
        while (i < stretch.Length && (char.IsWhiteSpace(stretch[i]) || char.IsSeparator(stretch[i])))
        {
            i++;
        }

        if (i < stretch.Length && symbols.Contains(stretch[i], StringComparison.Ordinal))
        {
            return true;
        }

        // Letters and digits are word characters (\w), so the run ends where the pattern's word must end.
        var start = i;
        while (i < stretch.Length && char.IsLetterOrDigit(stretch[i]))
        {
            i++;
        }

        var word = stretch[start..i];
        foreach (var c in word)
        {
            if (!char.IsAscii(c))
            {
                return true;
            }
        }

        return firstWords.Contains(word);
    }
}
