using System.Collections.Frozen;
using System.Text;

using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Events;

/// <summary>The word readers of the event extractor, as flags: those a sentence can give anything to.</summary>
[Flags]
internal enum SentenceReaders
{
    None = 0,

    /// <summary><see cref="SentenceEventReader"/>: needs an event word or a verb of deciding.</summary>
    Events = 1,

    /// <summary><see cref="FateReader"/>: needs two name-shaped words and a word a fate phrase opens with.</summary>
    Fates = 2,

    /// <summary><see cref="StateReader"/>: needs a word a state phrase opens with.</summary>
    States = 4,

    All = Events | Fates | States,
}

/// <summary>
/// Which readers a sentence can give anything to, told from its words as spans, without a token per word: each
/// reader finds nothing in a sentence that holds none of the words or word pairs its phrases open with. Most
/// sentences wake few readers, and many none, and need not be split into tokens at all.
/// </summary>
internal static class SentenceGate
{
    /// <summary>What a word opens: the readers it wakes alone, and those it wakes when one of its followers comes next.</summary>
    private sealed class Opener
    {
        public SentenceReaders Alone;

        public readonly Dictionary<string, SentenceReaders> Followers = new(StringComparer.OrdinalIgnoreCase);

        public readonly Dictionary<string, SentenceReaders>.AlternateLookup<ReadOnlySpan<char>> FollowerLookup;

        public Opener() => FollowerLookup = Followers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static readonly FrozenDictionary<string, Opener> Openers = BuildOpeners();

    private static readonly FrozenDictionary<string, Opener>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup =
        Openers.GetAlternateLookup<ReadOnlySpan<char>>();

    // A fate phrase may open with any word: a name pair alone wakes the fate reader.
    private static readonly bool AnyWordOpensFate = FateReader.PhraseWords is null;

    // Which (length, first letter, second letter) keys some opener has: most words have none, and need no look-up.
    private static readonly WordShapes Keys = new(Openers.Keys);

    /// <summary>The readers the words of text[<paramref name="start"/>, <paramref name="end"/>) can give anything to.</summary>
    public static SentenceReaders ReadersOf(string text, int start, int end)
    {
        var found = SentenceReaders.None;
        var namePair = false;
        var previousNameShaped = false;
        Opener? previous = null;
        // One vectorized check for the whole sentence spares one for each word: most sentences are all ASCII.
        var allAscii = Ascii.IsValid(text.AsSpan(start, end - start));
        var i = start;
        while (WordTokens.NextWord(text, ref i, end, out var wordStart))
        {
            var word = text.AsSpan(wordStart, i - wordStart);
            // The readers look up a word lower-cased, case-blind: the same as looking up the word as written for ASCII
            // only. Any other word might open or follow anything.
            if (!allAscii && !Ascii.IsValid(word))
            {
                found |= SentenceReaders.All;
                previous = null;
            }
            else
            {
                if (previous is not null && previous.FollowerLookup.TryGetValue(word, out var followed))
                {
                    found |= followed;
                }

                previous = Keys.MayHold(word) && OpenerLookup.TryGetValue(word, out var opener) ? opener : null;
                found |= previous?.Alone ?? SentenceReaders.None;
            }

            var nameShaped = FateReader.NameShaped(word);
            namePair |= nameShaped && previousNameShaped;
            previousNameShaped = nameShaped;
        }

        return namePair && (AnyWordOpensFate || (found & SentenceReaders.Fates) != 0)
            ? found | SentenceReaders.Fates
            : found & ~SentenceReaders.Fates;
    }

    private static FrozenDictionary<string, Opener> BuildOpeners()
    {
        var openers = new Dictionary<string, Opener>(StringComparer.OrdinalIgnoreCase);
        Opener Of(string word) => openers.TryGetValue(word, out var opener) ? opener : openers[word] = new Opener();

        foreach (var word in EventLexicon.Triggers.Keys.Concat(EventLexicon.BodyVerbs.Keys))
        {
            Of(word).Alone |= SentenceReaders.Events;
        }

        // A phrase's second word must follow its first, unless it is a gap or a prefix ("in .. hospital", "releas*"): then
        // the first wakes the reader alone.
        void AddPhrases(IEnumerable<IReadOnlyList<string>> phrases, SentenceReaders reader)
        {
            foreach (var words in phrases)
            {
                var opener = Of(words[0]);
                if (words.Count == 1 || words[1] == ".." || words[1].EndsWith('*'))
                {
                    opener.Alone |= reader;
                }
                else
                {
                    opener.Followers[words[1]] = opener.Followers.GetValueOrDefault(words[1]) | reader;
                }
            }
        }

        AddPhrases(StateReader.PhraseWords, SentenceReaders.States);
        AddPhrases(FateReader.PhraseWords ?? [], SentenceReaders.Fates);
        return openers.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
