using System.Text;
using FactCheck.Core.Data;

namespace FactCheck.Core.Compare.Quotes;

/// <summary>
/// Quoted words made comparable: lower case, one kind of apostrophe, punctuation and editorial
/// brackets dropped, contractions spelled out ("we’re" → "we are"), split into the quotation's
/// sentences. <see cref="Stem"/> folds word endings so "mediation" and "mediating" align.
/// </summary>
public static class QuoteWords
{
    private static readonly HashSet<string> StopWords = Lexicon.Set("stopwords");

    // Function words that still carry meaning in a quotation: a changed negation is a changed claim.
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "no", "not", "never", "nothing", "none", "nobody", "neither", "nor", "cannot", "without",
    };

    // Number words, cardinal and ordinal ("two", "third"): a changed amount in a quotation is a changed claim, though
    // the stop-word list holds some of them. Not "one", as often a pronoun as a number ("no one", "the one who").
    private static readonly HashSet<string> NumberWords = new(
        Normalize.Quantities.NumberWords.Cardinals.Keys.Concat(Normalize.Quantities.NumberWords.Ordinals.Keys).Concat(Normalize.Quantities.NumberWords.Scales.Keys)
            .Where(w => w != "one"),
        StringComparer.OrdinalIgnoreCase);

    private static readonly (string Suffix, string Full)[] Contractions =
    [
        ("n't", " not"), ("'re", " are"), ("'ll", " will"), ("'ve", " have"), ("'m", " am"), ("'d", " would"),
    ];

    private static readonly HashSet<string> IsContractors = new(StringComparer.Ordinal)
    {
        "it", "that", "there", "here", "what", "he", "she", "who", "where", "this", "let",
    };

    /// <summary>The comparable words of a quotation, sentence by sentence; none are empty.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Sentences(string words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var sentences = new List<IReadOnlyList<string>>();
        var current = new List<string>();
        var sb = new StringBuilder();
        for (var i = 0; i <= words.Length; i++)
        {
            var c = i < words.Length ? words[i] : ' ';
            if (char.IsLetterOrDigit(c) || (c is '\'' or '\u2019' && sb.Length > 0 && i + 1 < words.Length && char.IsLetter(words[i + 1])))
            {
                sb.Append(c == '\u2019' ? '\'' : char.ToLowerInvariant(c));
                continue;
            }

            if (c is '.' or ',' && sb.Length > 0 && i + 1 < words.Length && char.IsDigit(words[i + 1]) && char.IsDigit(sb[^1]))
            {
                continue; // "1,000", "3.5"
            }

            Flush(sb, current);
            if (c is '.' or '!' or '?' && current.Count > 0 && (i + 1 >= words.Length || char.IsWhiteSpace(words[i + 1]) || words[i + 1] is '"' or '\u201D' or '\u2019' or '\''))
            {
                sentences.Add(current);
                current = [];
            }
        }

        if (current.Count > 0)
        {
            sentences.Add(current);
        }

        return sentences;
    }

    /// <summary>All comparable words of a quotation in one list.</summary>
    public static IReadOnlyList<string> All(string words) => [.. Sentences(words).SelectMany(s => s)];

    /// <summary>Whether a word carries meaning (not a function word, or a negation).</summary>
    public static bool IsContent(string word) => IsTelling(word) || !StopWords.Contains(word);

    /// <summary>Whether a word states what the claim is on its own: a negation, an amount or a calendar name.</summary>
    public static bool IsTelling(string word) =>
        Negations.Contains(word) || NumberWords.Contains(word) || IsCalendarName(word) || word.Any(char.IsAsciiDigit);

    // Month and weekday names: "back in January" against "back in March" is a changed claim, though the stop-word list
    // holds them. Not "may", as often the verb.
    private static bool IsCalendarName(string word) => Text.CalendarNames.Contains(word) && !word.Equals("may", StringComparison.OrdinalIgnoreCase);

    /// <summary>The project's one stemmer (see <see cref="Text.WordStem"/>).</summary>
    public static string Stem(string word) => Text.WordStem.Of(word);

    private static void Flush(StringBuilder sb, List<string> into)
    {
        if (sb.Length == 0)
        {
            return;
        }

        var word = sb.ToString();
        sb.Clear();
        if (word == "cannot")
        {
            into.Add("can");
            into.Add("not");
            return;
        }

        if (word == "can't" || word == "won't")
        {
            into.Add(word == "can't" ? "can" : "will");
            into.Add("not");
            return;
        }

        foreach (var (suffix, full) in Contractions)
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                into.Add(word[..^suffix.Length]);
                into.Add(full.Trim());
                return;
            }
        }

        if (word.EndsWith("'s", StringComparison.Ordinal) && IsContractors.Contains(word[..^2]))
        {
            into.Add(word[..^2]);
            into.Add("is");
            return;
        }

        into.Add(word);
    }
}
