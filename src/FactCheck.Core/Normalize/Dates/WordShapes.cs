namespace FactCheck.Core.Normalize.Dates;

/// <summary>
/// A quick test of whether a word may be in a set of words compared ignoring case, by its first letter and its length
/// as the set's words have them: most words of a sentence ("storm", "residents") are turned away before they are hashed.
/// A word opening with anything but an ASCII letter is always let through (ignoring case may fold it onto an ASCII
/// letter: 'ſ' onto 's'), and so is every word when one of the set's words opens with one.
/// </summary>
internal sealed class WordShapes
{
    // Bit n of a letter's mask: a word of the set opens with that letter and is n long (63: 63 or longer).
    private readonly ulong[] lengthsByLetter = new ulong[26];

    private readonly bool everyWord;

    public WordShapes(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length == 0 || !char.IsAsciiLetter(word[0]))
            {
                everyWord = true;
                continue;
            }

            lengthsByLetter[(word[0] | 0x20) - 'a'] |= 1UL << Math.Min(word.Length, 63);
        }
    }

    public bool MayHold(ReadOnlySpan<char> word)
    {
        if (everyWord || word.IsEmpty || !char.IsAsciiLetter(word[0]))
        {
            return true;
        }

        return (lengthsByLetter[(word[0] | 0x20) - 'a'] & (1UL << Math.Min(word.Length, 63))) != 0;
    }
}
