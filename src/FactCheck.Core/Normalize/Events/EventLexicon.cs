using System.Collections.Frozen;
using System.Globalization;
using FactCheck.Core.Data;

namespace FactCheck.Core.Normalize.Events;

/// <summary>
/// How an event word is used: a noun, a verb in the past tense, or a verb's base form; or a past participle
/// that names the event only in the passive with a person as subject ("the minister was dismissed", not
/// "the case was dismissed"), and then as done; or a past verb that names it only with an object after it
/// ("the panel overturned the red card", not "the carriage overturned" or "an overturned lorry"), and then as done.
/// </summary>
internal enum TriggerForm
{
    Noun,
    Past,
    Base,
    Passive,
    Transitive,
}

/// <summary>An event word: the family it names and its form.</summary>
internal sealed record Trigger(string Family, TriggerForm Form);

/// <summary>One line of the outcome list: the kind, its class, the word pattern, and the event family it is limited to.</summary>
internal sealed record OutcomePattern(string Kind, string Class, IReadOnlyList<string> Words, string? Family);

/// <summary>A phrase that tells an event's status.</summary>
internal sealed record StatusCue(EventStatus Status, IReadOnlyList<string> Words);

/// <summary>The event word lists (Data/event-*.txt), parsed once.</summary>
internal static class EventLexicon
{
    // Frozen: asked of every word of every sentence, and a frozen set turns most words away on their length alone.
    private static readonly Lazy<FrozenDictionary<string, Trigger>> LazyTriggers = new(() =>
        Rows("event-triggers").ToDictionary(
            r => r[0],
            r => new Trigger(r[1], Enum.Parse<TriggerForm>(r[2], ignoreCase: true)),
            StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<FrozenDictionary<string, Trigger>> LazyBodyVerbs = new(() =>
        Rows("event-body-verbs").ToDictionary(r => r[0], r => new Trigger(r[1], TriggerForm.Past), StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<VoteBodies> LazyVoteBodies = new(() => new VoteBodies(Lexicon.Entries("event-vote-bodies")));

    private static readonly Lazy<IReadOnlyList<OutcomePattern>> LazyOutcomes = new(() =>
        [.. Rows("event-outcomes").Select(r => new OutcomePattern(r[0], r[1], Words(r[2]), r.Length > 3 ? r[3] : null))]);

    private static readonly Lazy<OutcomeIndex> LazyOutcomeIndex = new(() => new OutcomeIndex(LazyOutcomes.Value));

    private static readonly Lazy<IReadOnlyList<StatusCue>> LazyCues = new(() =>
        [.. Rows("event-status-cues").Select(r => new StatusCue(Enum.Parse<EventStatus>(r[0], ignoreCase: true), Words(r[1])))]);

    private static readonly Lazy<IReadOnlyList<IReadOnlyList<string>>> LazyNegations = new(() =>
        [.. Lexicon.Entries("event-negations").Select(Words)]);

    private static readonly Lazy<IReadOnlyDictionary<string, int>> LazyOrdinals = new(() =>
        Rows("event-ordinals").ToDictionary(r => r[0], r => int.Parse(r[1], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<IReadOnlySet<(string, string)>> LazyContradictions = new(() =>
        Rows("event-outcome-contradictions").SelectMany(r => new[] { (r[0], r[1]), (r[1], r[0]) }).ToHashSet());

    private static readonly Lazy<IReadOnlyList<(bool IsTopic, string Word)>> LazyContext = new(() =>
        [.. Rows("event-outcome-context").Select(r => (r[0] == "topic", r[1]))]);

    private static readonly Lazy<HashSet<string>> LazyResultWords = new(() => Lexicon.Set("event-result-words"));

    public static FrozenDictionary<string, Trigger> Triggers => LazyTriggers.Value;

    public static IReadOnlyList<OutcomePattern> Outcomes => LazyOutcomes.Value;

    /// <summary>Verbs of deciding that name an event only with a body that decides by vote as their subject (event-body-verbs.txt).</summary>
    public static FrozenDictionary<string, Trigger> BodyVerbs => LazyBodyVerbs.Value;

    /// <summary>The bodies that decide by vote (event-vote-bodies.txt).</summary>
    public static VoteBodies Bodies => LazyVoteBodies.Value;

    /// <summary>
    /// The outcome patterns, in list order, whose first word matches <paramref name="word"/> (empty for most words).
    /// Spares trying every pattern at every word.
    /// </summary>
    public static OutcomePattern[] OutcomesFor(string word) => LazyOutcomeIndex.Value.For(word);

    public static IReadOnlyList<StatusCue> StatusCues => LazyCues.Value;

    private static readonly Lazy<PhraseSet[]> LazyCuesByStatus = new(() =>
    {
        var byStatus = new PhraseSet[Enum.GetValues<EventStatus>().Max(v => (int)v) + 1];
        for (var k = 0; k < byStatus.Length; k++)
        {
            var status = k;
            byStatus[k] = new PhraseSet(LazyCues.Value.Where(c => (int)c.Status == status).Select(c => c.Words));
        }

        return byStatus;
    });

    private static readonly Lazy<PhraseSet> LazyNegationSet = new(() => new PhraseSet(LazyNegations.Value));

    /// <summary>The cues for <paramref name="status"/>, asked as one.</summary>
    public static PhraseSet StatusCuesOf(EventStatus status) => LazyCuesByStatus.Value[(int)status];

    /// <summary>The negations, asked as one.</summary>
    public static PhraseSet NegationSet => LazyNegationSet.Value;

    public static IReadOnlyList<IReadOnlyList<string>> Negations => LazyNegations.Value;

    public static IReadOnlyDictionary<string, int> Ordinals => LazyOrdinals.Value;

    public static IReadOnlySet<(string, string)> Contradictions => LazyContradictions.Value;

    public static IReadOnlySet<string> ResultWords => LazyResultWords.Value;

    /// <summary>Words that mark a following outcome phrase as a topic (true) or a result (false).</summary>
    public static IReadOnlyList<(bool IsTopic, string Word)> OutcomeContext => LazyContext.Value;

    private static readonly Lazy<ContextIndex> LazyContextIndex = new(() => new ContextIndex(LazyContext.Value));

    /// <summary>
    /// What the first entry of <see cref="OutcomeContext"/> (in list order) that <paramref name="word"/> matches marks: a topic
    /// (true) or a result (false); null when it matches none.
    /// </summary>
    public static bool? ContextOf(string word) => LazyContextIndex.Value.Of(word);

    /// <summary>The outcome context list asked of one word at once: listed words looked up, the prefixes ("discuss*") tried in order.</summary>
    private sealed class ContextIndex
    {
        // Each listed word with the role of the first entry it matches (a prefix entry before it may match it too).
        private readonly FrozenDictionary<string, bool> _words;

        private readonly (string Prefix, bool IsTopic)[] _prefixes;

        public ContextIndex(IReadOnlyList<(bool IsTopic, string Word)> entries)
        {
            _words = entries.Where(e => !e.Word.EndsWith('*')).Select(e => e.Word).Distinct(StringComparer.OrdinalIgnoreCase)
                .ToFrozenDictionary(w => w, w => entries.First(e => WordTokens.WordMatches(w, e.Word)).IsTopic, StringComparer.OrdinalIgnoreCase);
            _prefixes = [.. entries.Where(e => e.Word.EndsWith('*')).Select(e => (e.Word[..^1], e.IsTopic))];
        }

        public bool? Of(string word)
        {
            if (_words.TryGetValue(word, out var isTopic))
            {
                return isTopic;
            }

            foreach (var (prefix, topic) in _prefixes)
            {
                if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return topic;
                }
            }

            return null;
        }
    }

    private static IReadOnlyList<string> Words(string phrase) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IEnumerable<string[]> Rows(string list) =>
        Lexicon.Entries(list).Select(e => e.Split('|', StringSplitOptions.TrimEntries));
}

/// <summary>
/// The outcome patterns by the word they open with. A word listed as a first word gets its patterns and the prefix
/// patterns ("releas*") it starts with, merged in list order, worked out once; any other word only the prefix patterns
/// of its first letter that it starts with. Every pattern whose first word matches is offered, in list order, so a
/// caller picks the same pattern as one trying them all.
/// </summary>
internal sealed class OutcomeIndex
{
    // Set when a pattern opens with a gap or a bare "*": it can match any word, so every pattern is a candidate.
    private readonly OutcomePattern[]? _everyWord;

    private readonly FrozenDictionary<string, OutcomePattern[]> _byFirstWord;

    // OrdinalIgnoreCase compares upper-case forms, so the first letters are keyed upper-case.
    private readonly Dictionary<char, OutcomePattern[]> _prefixesByLetter;

    public OutcomeIndex(IReadOnlyList<OutcomePattern> all)
    {
        if (all.Any(p => p.Words.Count == 0 || p.Words[0] is ".." or "*"))
        {
            _everyWord = [.. all];
            _byFirstWord = FrozenDictionary<string, OutcomePattern[]>.Empty;
            _prefixesByLetter = [];
            return;
        }

        var prefixed = all.Where(p => p.Words[0].EndsWith('*')).ToList();
        _prefixesByLetter = prefixed.GroupBy(p => char.ToUpperInvariant(p.Words[0][0])).ToDictionary(g => g.Key, g => g.ToArray());
        _byFirstWord = all.Select(p => p.Words[0]).Where(w => !w.EndsWith('*')).Distinct(StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(word => word, word => all.Where(p => WordTokens.WordMatches(word, p.Words[0])).ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The patterns, in list order, whose first word matches <paramref name="word"/>.</summary>
    public OutcomePattern[] For(string word)
    {
        if (_everyWord is not null)
        {
            return _everyWord;
        }

        if (_byFirstWord.TryGetValue(word, out var listed))
        {
            return listed;
        }

        if (word.Length == 0 || !_prefixesByLetter.TryGetValue(char.ToUpperInvariant(word[0]), out var prefixed))
        {
            return [];
        }

        // Most words start none of the prefixes: count first, and copy only for a word that does.
        var matching = 0;
        foreach (var p in prefixed)
        {
            if (WordTokens.WordMatches(word, p.Words[0]))
            {
                matching++;
            }
        }

        return matching == 0 ? [] : matching == prefixed.Length ? prefixed : Matching(prefixed, word);
    }

    // Apart from For: a lambda there would allocate its closure on every call, for every word asked.
    private static OutcomePattern[] Matching(OutcomePattern[] prefixed, string word) => [.. prefixed.Where(p => WordTokens.WordMatches(word, p.Words[0]))];
}

/// <summary>
/// The bodies that decide by vote. An entry written with a capital letter names a body only when the text
/// capitalises it too: "the House passed" is a chamber, "the house passed to his heirs" a building.
/// </summary>
internal sealed class VoteBodies(IEnumerable<string> entries)
{
    private readonly HashSet<string> any = new(entries.Where(e => !char.IsUpper(e[0])), StringComparer.OrdinalIgnoreCase);

    private readonly HashSet<string> capitalised = new(entries.Where(e => char.IsUpper(e[0])), StringComparer.OrdinalIgnoreCase);

    public bool Names(WordToken token) => any.Contains(token.Lower) || (token.IsCapitalized && capitalised.Contains(token.Lower));

    /// <summary>
    /// The kind of body a word names, one name for a body and its members: "councillors" sit on a council, "MPs" and
    /// "lawmakers" in a parliament; null when the word names none, or only members of some body ("members", "delegates").
    /// </summary>
    public string? KindOf(WordToken token) => !Names(token) ? null : token.Lower switch
    {
        "members" or "delegates" => null,
        "councillors" or "councilors" => "council",
        "senators" => "senate",
        "congress" or "assembly" or "legislature" or "lawmakers" or "legislators" or "mps" or "deputies" or "representatives" or "chamber" or "house" => "parliament",
        var other => other,
    };
}
