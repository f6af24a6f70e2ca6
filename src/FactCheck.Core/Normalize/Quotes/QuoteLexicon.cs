using FactCheck.Core.Data;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Quotes;

/// <summary>The word lists the quote rules read (Data/quote-*.txt), loaded once.</summary>
internal static class QuoteLexicon
{
    public static readonly HashSet<string> SpeechVerbs = Lexicon.Set("quote-speech-verbs");

    public static readonly HashSet<string> CharacterizationVerbs = Lexicon.Set("quote-characterization-verbs");

    public static readonly HashSet<string> Roles = Lexicon.Set("quote-roles");

    public static readonly HashSet<string> SpeechNouns = Lexicon.Set("quote-speech-nouns");

    public static readonly HashSet<string> NotNames = Lexicon.Set("quote-not-names");

    public static readonly HashSet<string> StopWords = Lexicon.Set("stopwords");

    /// <summary>Written title ("gen.", "general") → full title ("general").</summary>
    public static readonly IReadOnlyDictionary<string, string> Titles = Pairs("quote-titles");

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> TitlesBySpan =
        ((Dictionary<string, string>)Titles).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Short given name → full given name ("jim" → "james").</summary>
    public static readonly ILookup<string, string> Nicknames =
        Lexicon.Entries("quote-nicknames").Select(Split).Where(p => p is not null).ToLookup(p => p!.Value.Key, p => p!.Value.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>(channel, cue words) pairs, longest cue first so the most specific wins.</summary>
    public static readonly IReadOnlyList<(string Channel, string[] Cue)> ChannelCues =
        [.. Lexicon.Entries("quote-channels").Select(Split).Where(p => p is not null)
            .Select(p => (p!.Value.Key, p.Value.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .OrderByDescending(p => p.Item2.Length)];

    /// <summary>Written network name ("twitter", "x") → network ("X").</summary>
    public static readonly IReadOnlyDictionary<string, string> Networks =
        Lexicon.Entries("quote-networks").Select(Split).Where(p => p is not null)
            .ToDictionary(p => p!.Value.Value, p => p!.Value.Key, StringComparer.OrdinalIgnoreCase);

    // Auxiliaries and adverbs that may stand between a speaker and a speech verb ("had earlier said").
    public static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "had", "has", "have", "was", "is", "were", "are", "will", "would", "also", "then", "earlier", "previously",
        "later", "again", "once", "further", "repeatedly", "has", "did", "does", "do", "reportedly", "separately", "not",
        "never", "been", "being", "be", "had", "subsequently", "himself", "herself", "themselves", "itself", "too",
    };

    public static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "i", "we" };

    public static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "for", "to", "in", "on", "at", "by", "from", "with", "about", "against", "into", "over", "under", "between",
        "among", "toward", "towards", "through", "via", "regarding", "than", "like", "as",
    };

    public static bool IsTitle(string word) => Titles.ContainsKey(word);

    public static bool IsTitle(ReadOnlySpan<char> word) => TitlesBySpan.ContainsKey(word);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNamesBySpan = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsNotName(ReadOnlySpan<char> word) => NotNamesBySpan.Contains(word);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PronounsBySpan = Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsPronoun(ReadOnlySpan<char> word) => PronounsBySpan.Contains(word);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionsBySpan = Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsPreposition(ReadOnlySpan<char> word) => PrepositionsBySpan.Contains(word);

    public static bool IsRole(string word) => Roles.Contains(word);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RolesBySpan = Roles.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsRole(ReadOnlySpan<char> word) => RolesBySpan.Contains(word);

    public static bool IsSpeechVerb(string word) => SpeechVerbs.Contains(word);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbsBySpan = SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsSpeechVerb(ReadOnlySpan<char> word) => SpeechVerbsBySpan.Contains(word);

    // Every word of the lists a word of a mention is checked against, with the lists it is on: one lookup for them all.
    private static readonly Dictionary<string, Listed>.AlternateLookup<ReadOnlySpan<char>> ListsByWord = ListsOfEveryWord().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The lists a word is on, as the single lookups say: <see cref="Listed.Role"/> and <see cref="Listed.SpeechVerb"/> of
    /// the word in lower case (<paramref name="lower"/>), the others of it as written. A plain ASCII word folds to its lower
    /// case under the lists' comparer, so one lookup answers for both; any other word is looked up list by list.
    /// </summary>
    public static Listed ListsOf(ReadOnlySpan<char> text, ReadOnlySpan<char> lower)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return ListsByWord.TryGetValue(lower, out var listed) ? listed : Listed.None;
        }

        return (IsRole(lower) ? Listed.Role : Listed.None) | (IsSpeechVerb(lower) ? Listed.SpeechVerb : Listed.None)
            | (IsNotName(text) ? Listed.NotName : Listed.None) | (IsPronoun(text) ? Listed.Pronoun : Listed.None)
            | (IsTitle(text) ? Listed.Title : Listed.None);
    }

    /// <summary><see cref="ListsOf"/> of a plain ASCII word, in any case: the lists fold it to lower case themselves.</summary>
    public static Listed ListsOfAscii(ReadOnlySpan<char> text) => ListsByWord.TryGetValue(text, out var listed) ? listed : Listed.None;

    private static Dictionary<string, Listed> ListsOfEveryWord()
    {
        var lists = new Dictionary<string, Listed>(StringComparer.OrdinalIgnoreCase);
        foreach (var (words, list) in new (IEnumerable<string>, Listed)[]
        {
            (Roles, Listed.Role), (SpeechVerbs, Listed.SpeechVerb), (NotNames, Listed.NotName), (Pronouns, Listed.Pronoun), (Titles.Keys, Listed.Title),
        })
        {
            foreach (var word in words)
            {
                lists[word] = lists.GetValueOrDefault(word) | list;
            }
        }

        return lists;
    }

    // Most lower-case words of a document ("the", "said", "council") have no role of their shape, and need no look-up.
    private static readonly WordShapes RoleShapes = new(Roles);

    /// <summary>False only when <paramref name="word"/> (as written, in any case) cannot be on <see cref="Roles"/>.</summary>
    public static bool MayBeRole(ReadOnlySpan<char> word) => RoleShapes.MayHold(word);

    // The longest speech verb: a longer run of letters cannot be one.
    private static readonly int LongestSpeechVerb = SpeechVerbs.Max(v => v.Length);

    /// <summary>
    /// False only when no word of <paramref name="text"/> can be a speech verb, so that a sentence
    /// need not be tokenized to look for one. The verbs are plain letters, so a token that is one
    /// (compared in lower case, as <see cref="WordToken.Lower"/>) is also a maximal run of letters here.
    /// </summary>
    public static bool MayHoldSpeechVerb(ReadOnlySpan<char> text)
    {
        Span<char> lower = stackalloc char[LongestSpeechVerb];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            // A plain ASCII run is looked up as written (the set folds case); any other is lowered first, as a token's Lower is.
            // Most runs have no speech verb of their first two letters and length, and are passed over without a lookup.
            var run = text[start..i];
            if (run.Length <= lower.Length && (System.Text.Ascii.IsValid(run) ? run : WordToken.LowerOf(run, lower)) is var word
                && SpeechVerbShapes.MayHold(word) && SpeechVerbsBySpan.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    // Most words of a sentence ("the", "council", "on") have no speech verb of their shape, and need no look-up.
    private static readonly WordShapes SpeechVerbShapes = new(SpeechVerbs);

    public static bool IsCharacterizationVerb(string word) => CharacterizationVerbs.Contains(word);

    private static Dictionary<string, string> Pairs(string list)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in Lexicon.Entries(list).Select(Split))
        {
            if (pair is { } p)
            {
                map.TryAdd(p.Key, p.Value);
            }
        }

        return map;
    }

    private static KeyValuePair<string, string>? Split(string entry)
    {
        var bar = entry.IndexOf('|', StringComparison.Ordinal);
        return bar <= 0 ? null : new(entry[..bar].Trim(), entry[(bar + 1)..].Trim());
    }
}

/// <summary>The word lists a word of a mention is checked against (<see cref="QuoteLexicon.ListsOf"/>).</summary>
[Flags]
internal enum Listed : byte
{
    None = 0,
    Role = 1,
    SpeechVerb = 2,
    NotName = 4,
    Pronoun = 8,
    Title = 16,
}
