using System.Buffers;
using System.Globalization;
using FactCheck.Core.Data;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Quantities;

/// <summary>
/// Reads amounts stated without a figure, as the range each word allows (quantity-vague-amounts.txt):
/// "hundreds of protesters" is about 200–999 protesters, "tens of thousands of people" about
/// 20,000–99,999 people. Only before "of" and a plural counted noun: "thousands of", not "by the
/// thousands". Currencies are left out ("millions of dollars" says nothing checkable).
/// </summary>
internal static class VagueAmountReader
{
    private static readonly (string Phrase, (decimal Low, decimal High) Range)[] Amounts = [.. Lexicon.Entries("quantity-vague-amounts")
        .Select(e => e.Split('|'))
        .Select(p => (p[0].Trim(), (decimal.Parse(p[1], CultureInfo.InvariantCulture), decimal.Parse(p[2], CultureInfo.InvariantCulture))))];

    private static readonly PhraseMatcher<(decimal Low, decimal High)> Phrases = new(Amounts);

    // Where a phrase can start ("hundreds", "tens "), found by a vectorised search: most sentences hold
    // none, and the reader runs on every sentence, so it must cost next to nothing there.
    private static readonly SearchValues<string> Starts = SearchValues.Create(
        [.. Amounts.Select(a => a.Phrase.Contains(' ', StringComparison.Ordinal) ? a.Phrase[..(a.Phrase.IndexOf(' ', StringComparison.Ordinal) + 1)] : a.Phrase).Distinct()],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>The vague amounts of <paramref name="text"/> that overlap none of <paramref name="taken"/>, in text order.</summary>
    public static IEnumerable<QuantityMention> Read(string text, IReadOnlyList<QuantityMention> taken)
    {
        var readTo = 0;
        for (var from = 0; from < text.Length;)
        {
            var found = text.AsSpan(from).IndexOfAny(Starts);
            if (found < 0)
            {
                yield break;
            }

            var start = from + found;
            from = start + 1;
            if (start < readTo || (start > 0 && char.IsLetterOrDigit(text[start - 1])) || Phrases.MatchAt(text, start) is not { } hit)
            {
                continue;
            }

            if (TextScan.NextWord(text, hit.End) is not { Word: "of" } of)
            {
                continue;
            }

            var nounAt = of.End;
            if (TextScan.NextWord(text, nounAt) is { Word: "the" or "their" or "its" } article)
            {
                nounAt = article.End;
            }

            if (UnitLexicon.CurrencyAfter.MatchAt(text, TextScan.SkipSpaces(text, nounAt)) is not null
                || CountedNounReader.Read(text, nounAt, hit.Value.High) is not { } noun
                || !CountedNounReader.LooksPlural(noun.Phrase.Split(' ')[^1].ToLowerInvariant()))
            {
                continue;
            }

            var span = new TextSpan(start, noun.End);
            if (taken.Any(t => t.Span.Overlaps(span)))
            {
                continue;
            }

            readTo = span.End; // "tens of thousands of people" holds no second "thousands of people"
            yield return new QuantityMention(span, new Quantity(hit.Value.Low, hit.Value.High, noun.Unit, noun.Phrase, Approximate: true));
        }
    }
}
