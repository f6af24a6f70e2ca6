using System.Text.RegularExpressions;
using FactCheck.Core.Data;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Dates;

/// <summary>
/// Reads the tense around a date expression from the marker nearest to it in its sentence: "said
/// Friday" (past), "will meet on Friday" (future). The nearest marker wins because one sentence
/// often holds both ("X said Monday the talks will resume"). No marker: <see cref="Lean.Nearest"/>.
/// </summary>
public static partial class TenseDetector
{
    private static readonly HashSet<string> PastWords = Lexicon.Set("date-tense-past");

    private static readonly HashSet<string> FutureWords = Lexicon.Set("date-tense-future");

    private static readonly HashSet<string> FuturePhrases =
        new(FutureWords.Where(w => w.Contains(' ', StringComparison.Ordinal)), StringComparer.OrdinalIgnoreCase);

    // First words of the two-word phrases: only these are worth joining to the next word and looking up.
    private static readonly HashSet<string> FuturePhraseStarts =
        new(FuturePhrases.Select(p => p[..p.IndexOf(' ', StringComparison.Ordinal)]), StringComparer.OrdinalIgnoreCase);

    /// <summary>The lean for an expression at <paramref name="span"/> (offsets into <paramref name="text"/>).</summary>
    public static Lean Around(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        Lean? best = null;
        var bestDistance = int.MaxValue;
        var words = Word().Matches(text);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Index >= span.Start && w.Index < span.End)
            {
                continue; // the expression's own words ("last", "next") are not the sentence's tense
            }

            var lean = MarkerOf(w.Value, i + 1 < words.Count ? words[i + 1].Value : null, text, w.Index);
            if (lean is null || IsAttributionTail(text, span, w))
            {
                continue;
            }

            var distance = w.Index >= span.End ? w.Index - span.End : span.Start - (w.Index + w.Length);
            if (distance < bestDistance)
            {
                best = lean;
                bestDistance = distance;
            }
        }

        return best ?? Lean.Nearest;
    }

    /// <summary>
    /// A speech verb set off after the date by a comma (", the company said") dates the reporting,
    /// not what is reported: "it ships in April, the company said" is still a future April.
    /// </summary>
    private static bool IsAttributionTail(string text, TextSpan span, Match word) =>
        word.Index >= span.End && SpeechVerbs.Contains(word.Value) && text.AsSpan(span.End, word.Index - span.End).Contains(',');

    private static readonly HashSet<string> SpeechVerbs = Lexicon.Set("quote-speech-verbs");

    private static Lean? MarkerOf(string word, string? next, string text, int index)
    {
        if (next is not null && FuturePhraseStarts.Contains(word) && FuturePhrases.Contains(word + " " + next))
        {
            return Lean.Future;
        }

        // "'ll" glued to its subject ("we'll").
        if (word.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’ll", StringComparison.OrdinalIgnoreCase))
        {
            return Lean.Future;
        }

        if (FutureWords.Contains(word))
        {
            return Lean.Future;
        }

        if (PastWords.Contains(word) || word.EndsWith("'d", StringComparison.OrdinalIgnoreCase))
        {
            return Lean.Past;
        }

        // Regular past forms: "rejected", "claimed". Short "-ed" words ("bed", "red", "need") are not verbs.
        return word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("eed", StringComparison.OrdinalIgnoreCase)
            && char.IsLower(word[0]) && !(index > 0 && text[index - 1] == '-')
            ? Lean.Past
            : null;
    }

    [GeneratedRegex(@"[\p{L}][\p{L}'’]*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Word();
}
