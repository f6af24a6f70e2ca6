using FactCheck.Core.Data;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Events;

/// <summary>
/// What became of a named person: dead ("Jory Penhallow, 58, died in hospital") or alive ("Jory Penhallow, the third man,
/// is recovering", "Mara Quill survived"). One report's dead against another's alive, for the same full name, is an
/// outcome conflict of a "fate" event. A critical condition is neither: reports a day apart may rightly differ there.
/// </summary>
internal static class FateReader
{
    /// <summary>The event family of a person's fate, and its two outcome kinds (which contradict each other).</summary>
    public const string Family = "fate";

    private const string Class = "fate";

    // Word sequences right after the name (and an apposition), each with what it says of the person. Longest first.
    private static readonly (string[] Words, string Kind)[] Phrases = [.. Lexicon.Entries("event-fate-phrases")
        .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
        .Select(parts => (parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), parts[0]))
        .OrderByDescending(p => p.Item1.Length)];

    // The phrases by their first word, longest first as above: only those can match at a word. Null when a phrase may
    // open with any word (a gap, a prefix, or no word at all): then every phrase is tried.
    private static readonly Dictionary<string, (string[] Words, string Kind)[]>? PhrasesByFirstWord =
        Phrases.Any(p => p.Words.Length == 0 || p.Words[0] == ".." || p.Words[0].EndsWith('*')) ? null : Phrases
            .GroupBy(p => p.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The words of every fate phrase; null when a phrase may open with any word.</summary>
    public static IEnumerable<IReadOnlyList<string>>? PhraseWords => PhrasesByFirstWord is null ? null : Phrases.Select(p => p.Words);

    private const int MaxApposition = 8;

    /// <summary>The fate claims of one sentence's words.</summary>
    public static IReadOnlyList<EventClaim> Read(AnalyzedSource source, Sentence sentence, IReadOnlyList<WordToken> tokens)
    {
        // A list only when a fate is found: most sentences tell none, and this runs on every one.
        List<EventClaim>? found = null;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // A full name: two or three capitalised words, not after "the" ("The Harbour Trust survived" names no person).
            // The shapes first: most words are no name, and the word list is asked only of two words shaped as one.
            if (!NameShaped(tokens[i]) || !NameShaped(tokens[i + 1]) || !IsNameWord(tokens[i]) || !IsNameWord(tokens[i + 1])
                || (i > 0 && (IsNameWord(tokens[i - 1]) || tokens[i - 1].Lower == "the")))
            {
                continue;
            }

            var end = i + 2;
            if (end < tokens.Count && IsNameWord(tokens[end]) && !Adjacent(source.Text, tokens[end - 1], tokens[end], ','))
            {
                end++;
            }

            if (NotPersons.Contains(tokens[end - 1].Lower))
            {
                continue; // "on Riverside Road was in a stable condition": a place, not a person
            }

            var next = SkipApposition(source.Text, tokens, end);
            if (next < 0 || Match(tokens, next) is not { } fate)
            {
                continue;
            }

            var span = new TextSpan(tokens[i].Start, tokens[fate.End - 1].End);
            (found ??= []).Add(new EventClaim
            {
                SourceId = source.Id,
                Span = span,
                Text = span.Of(source.Text),
                Sentence = sentence,
                EventType = Family,
                Participants = [.. tokens.Skip(i).Take(end - i).Select(t => t.Lower)],
                Status = EventStatus.Happened,
                Outcomes = [new EventOutcome(fate.Kind, Class, span.Of(source.Text), false, [])],
            });
            i = fate.End - 1;
        }

        return found ?? (IReadOnlyList<EventClaim>)[];
    }

    /// <summary>
    /// Where the words after a name go on: right after it, or after an apposition set off by commas ("Jory Penhallow, 58,",
    /// "Jory Penhallow, the third man,"); -1 when the commas do not close within a few words.
    /// </summary>
    private static int SkipApposition(string text, IReadOnlyList<WordToken> tokens, int at)
    {
        if (at >= tokens.Count || !Adjacent(text, tokens[at - 1], tokens[at], ','))
        {
            return at;
        }

        for (var k = at; k < tokens.Count && k < at + MaxApposition; k++)
        {
            if (k + 1 < tokens.Count && Adjacent(text, tokens[k], tokens[k + 1], ','))
            {
                return k + 1;
            }
        }

        return -1;
    }

    /// <summary>Whether only white space and the one <paramref name="mark"/> stand between two words.</summary>
    private static bool Adjacent(string text, WordToken a, WordToken b, char mark)
    {
        var between = text.AsSpan(a.End, b.Start - a.End).Trim();
        return between.Length == 1 && between[0] == mark;
    }

    private static (int End, string Kind)? Match(IReadOnlyList<WordToken> tokens, int at)
    {
        var phrases = Phrases;
        if (PhrasesByFirstWord is not null && (at >= tokens.Count || !PhrasesByFirstWord.TryGetValue(tokens[at].Lower, out phrases)))
        {
            return null;
        }

        foreach (var (words, kind) in phrases)
        {
            if (WordTokens.MatchAt(tokens, at, words, tokens.Count) is var end and >= 0)
            {
                return (end, kind);
            }
        }

        return null;
    }

    // A capitalised word of lower-case letters after the first ("Penhallow", "Müller"; not "NHS" or "Pell's"). A loop, not
    // LINQ: it runs on every word of every sentence.
    private static bool IsNameWord(WordToken t) => NameShaped(t) && !NotNames.Contains(t.Lower);

    /// <summary>A capitalised word of lower-case letters after the first: a name but for the words listed as none.</summary>
    private static bool NameShaped(WordToken t) => NameShaped(t.Text);

    /// <summary><see cref="NameShaped(WordToken)"/> of a word not split off as a token.</summary>
    public static bool NameShaped(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (var c in word[1..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    // Last words of names that name a place or a body ("Riverside Road", "Kessock General Hospital").
    private static readonly HashSet<string> NotPersons = Lexicon.Set("event-fate-not-persons");

    // Capitalised words that open sentences or name no one.
    private static readonly HashSet<string> NotNames = Lexicon.Set("stopwords");
}
