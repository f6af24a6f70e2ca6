namespace FactCheck.Core.Text;

/// <summary>
/// A quick test of whether a word may be in a set of words compared ignoring case: a bit for each (length, first letter,
/// second letter) the set's words have, ASCII letters folded to lower case. Most words of a sentence have no word of the
/// set of their shape, and are turned away before they are hashed. Two words equal ignoring case have one shape, so a word
/// turned away is in no case in the set. Lengths past 31 share a bit, and so do the ASCII characters that are no letter
/// (or none, for a word of one letter). A character outside ASCII among the first two may fold onto an ASCII letter ("ſ"
/// onto "s", the Kelvin sign onto "k"): a word with one is let through, and every word is when a word of the set has one.
/// </summary>
internal sealed class WordShapes
{
    private const int Slots = 27; // a-z, and one for any other ASCII character or none

    private const int Lengths = 32;

    private readonly ulong[] bits = new ulong[((Lengths * Slots * Slots) + 63) / 64];

    private readonly bool everyWord;

    public WordShapes(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var word in words)
        {
            if (KeyOf(word) is { } key)
            {
                bits[key >> 6] |= 1UL << (key & 63);
            }
            else
            {
                everyWord = true;
            }
        }
    }

    /// <summary>False only when <paramref name="word"/> equals none of the set's words, ignoring case.</summary>
    public bool MayHold(ReadOnlySpan<char> word) =>
        everyWord || KeyOf(word) is not { } key || (bits[key >> 6] & (1UL << (key & 63))) != 0;

    /// <summary>The word's bit; null when one of its first two characters lies outside ASCII.</summary>
    private static int? KeyOf(ReadOnlySpan<char> word)
    {
        var first = SlotOf(word, 0);
        var second = SlotOf(word, 1);
        return first < 0 || second < 0 ? null : (((Math.Min(word.Length, Lengths - 1) * Slots) + first) * Slots) + second;
    }

    /// <summary>The slot of the word's character at <paramref name="k"/>: its letter, the shared one, or -1 outside ASCII.</summary>
    private static int SlotOf(ReadOnlySpan<char> word, int k)
    {
        if (k >= word.Length)
        {
            return Slots - 1;
        }

        var c = word[k];
        return !char.IsAscii(c) ? -1 : char.IsAsciiLetter(c) ? (c | 0x20) - 'a' : Slots - 1;
    }
}
