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

/// <summary>
/// The tokens of a whole document outside its quotations, as <see cref="AttributionText.Tokens"/> reads them, each with its
/// traits: the name index reads every word of a document, but makes tokens of only the few runs that may name someone.
/// A word's traits are looked up when first asked for: only capitalised words and the runs of words joined to them can
/// name anyone, and most lower-case words of a document are never asked about.
/// </summary>
internal sealed class DocumentWords
{
    // One instance per thread, reused document after document: a document has thousands of tokens, and the index keeps none.
    [ThreadStatic]
    private static DocumentWords? _reused;

    // The bit that says a word's traits have been looked up (no trait uses it).
    private const WordTraits Known = (WordTraits)128;

    private readonly List<TokenPlace> _places = [];
    private WordTraits[] _traits = new WordTraits[1024];
    private string _text = "";

    public int Count => _places.Count;

    /// <summary>Where token <paramref name="index"/> stands.</summary>
    public TokenPlace this[int index] => _places[index];

    /// <summary>The document's tokens, in an instance that stays good until the next call on this thread.</summary>
    public static DocumentWords Read(AttributionText text, IReadOnlyList<TextSpan> quotations)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = _reused ??= new DocumentWords();
        words._text = text.Value;
        words._places.Clear();
        var cursor = text.Cursor(0, text.Value.Length, quotations);
        while (text.Read(ref cursor, out var place))
        {
            words._places.Add(place);
        }

        if (words._traits.Length < words._places.Count)
        {
            words._traits = new WordTraits[Math.Max(words._places.Count, words._traits.Length * 2)];
        }

        Array.Clear(words._traits, 0, words._places.Count);
        return words;
    }

    /// <summary>Whether token <paramref name="index"/> is a capitalised word: what <see cref="WordTraits.Capitalized"/> says, with nothing looked up.</summary>
    public bool IsCapitalized(int index)
    {
        var place = _places[index];
        return !place.IsQuotation && char.IsUpper(_text[place.Start]);
    }

    /// <summary>Whether token <paramref name="index"/> has any of <paramref name="traits"/>.</summary>
    public bool Is(int index, WordTraits traits)
    {
        var known = _traits[index];
        if (known == WordTraits.None)
        {
            var place = _places[index];
            known = (place.IsQuotation ? WordTraits.None : TraitsOf(_text.AsSpan(place.Start, place.End - place.Start))) | Known;
            _traits[index] = known;
        }

        return (known & traits) != 0;
    }

    private static WordTraits TraitsOf(ReadOnlySpan<char> text)
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
        var lower = capitalized || !ascii ? WordToken.LowerOf(text, stackalloc char[64]) : text;
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
