using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Quotes;

/// <summary>What the name index asks of a token of the document, looked up once as the document is read.</summary>
[Flags]
internal enum WordTraits : byte
{
    None = 0,

    /// <summary>A word, not punctuation or a quotation (<see cref="WordToken.IsWord"/>).</summary>
    Word = 1,

    /// <summary><see cref="WordToken.IsCapitalized"/>.</summary>
    Capitalized = 2,

    /// <summary><see cref="WordToken.IsPossessive"/>.</summary>
    Possessive = 4,

    /// <summary><see cref="MentionParser.IsNameWord(WordToken)"/>.</summary>
    Name = 8,

    /// <summary><see cref="WordToken.IsRole"/>.</summary>
    Role = 16,

    /// <summary>A capitalised title ("President", "Gen.").</summary>
    Title = 32,
}

/// <summary>A token of a whole document as the name index reads it: where it stands and what it is, with no token made of it.</summary>
internal readonly record struct DocumentWord(int Start, int End, bool IsQuotation, WordTraits Traits)
{
    public TokenPlace Place => new(Start, End, IsQuotation);

    /// <summary>Whether the word has any of <paramref name="traits"/>.</summary>
    public bool Is(WordTraits traits) => (Traits & traits) != 0;
}

/// <summary>
/// The tokens of a whole document outside its quotations, as <see cref="AttributionText.Tokens"/> reads them, each with its
/// traits: the name index reads every word of a document, but makes tokens of only the few runs that may name someone.
/// </summary>
internal static class DocumentWords
{
    // One list per thread, reused document after document: a document has thousands of tokens, and the index keeps none.
    [ThreadStatic]
    private static List<DocumentWord>? _words;

    /// <summary>The document's tokens, in a list that stays good until the next call on this thread.</summary>
    public static List<DocumentWord> Read(AttributionText text, IReadOnlyList<TextSpan> quotations)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = _words ??= [];
        words.Clear();
        Span<char> buffer = stackalloc char[64];
        var cursor = text.Cursor(0, text.Value.Length, quotations);
        while (text.Read(ref cursor, out var place))
        {
            var traits = place.IsQuotation ? WordTraits.None : TraitsOf(text.Value.AsSpan(place.Start, place.End - place.Start), buffer);
            words.Add(new DocumentWord(place.Start, place.End, place.IsQuotation, traits));
        }

        return words;
    }

    private static WordTraits TraitsOf(ReadOnlySpan<char> text, Span<char> buffer)
    {
        // Punctuation is one character: no possessive, and nothing to look up.
        if (!char.IsLetterOrDigit(text[0]))
        {
            return WordTraits.None;
        }

        var traits = WordTraits.Word;
        if (WordToken.EndsPossessive(text))
        {
            traits |= WordTraits.Possessive;
        }

        // Of a word not capitalised only whether it is a role is asked, and most words cannot be one (see MayBeRole).
        var capitalized = char.IsUpper(text[0]);
        if (!capitalized && !QuoteLexicon.MayBeRole(text))
        {
            return traits;
        }

        // Most words are plain ASCII in lower case: the lists' comparer folds case, so the word is looked up as written,
        // and only a capitalised word (asked whether it is a name) is lowered.
        var ascii = System.Text.Ascii.IsValid(text);
        var lower = capitalized || !ascii ? WordToken.LowerOf(text, buffer) : text;
        var listed = ascii ? QuoteLexicon.ListsOfAscii(text) : QuoteLexicon.ListsOf(text, lower);
        if ((listed & Listed.Role) != 0)
        {
            traits |= WordTraits.Role;
        }

        if (capitalized)
        {
            traits |= WordTraits.Capitalized;
            if (MentionParser.IsNameWord(text, lower, listed))
            {
                traits |= WordTraits.Name;
            }

            if ((listed & Listed.Title) != 0)
            {
                traits |= WordTraits.Title;
            }
        }

        return traits;
    }
}
