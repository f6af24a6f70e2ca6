using FactCheck.Core.Claims;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Normalize.Events;

/// <summary>
/// Finds event mentions (with their dates, places, participants, ordinals, status and outcomes) and
/// the time facts derived checks need. Runs after the quantity and date extractors and uses their
/// claims when present; it reads the few date forms it needs itself when they are absent.
/// </summary>
public sealed class EventExtractor : IClaimExtractor
{
    public IEnumerable<Claim> Extract(AnalyzedSource source, IReadOnlyList<Claim> earlier)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(earlier);
        // One walk over the earlier claims for both kinds, in their order.
        var dates = new List<DateClaim>();
        var quantities = new List<QuantityClaim>();
        foreach (var claim in earlier)
        {
            if (claim is DateClaim date && date.SourceId == source.Id)
            {
                dates.Add(date);
            }
            else if (claim is QuantityClaim quantity && quantity.SourceId == source.Id)
            {
                quantities.Add(quantity);
            }
        }

        var events = new SentenceEventReader(source, dates, quantities);
        var facts = new TimeFactReader(source, dates);
        var claims = new List<Claim>();
        var text = source.Text;
        SentenceWords? previous = null;
        foreach (var sentence in source.Sentences)
        {
            // One word split per sentence, shared by the readers, and made only when one needs it: most sentences hold
            // none of the words the event, fate and state readers start from, and no time fact.
            var words = new SentenceWords(text, sentence);
            var readers = SentenceGate.ReadersOf(text, sentence.Span.Start, sentence.Span.End);
            if ((readers & SentenceReaders.Events) != 0)
            {
                claims.AddRange(events.Read(sentence, words.Tokens));
            }

            claims.AddRange(facts.Read(sentence, words));
            if ((readers & SentenceReaders.Fates) != 0)
            {
                claims.AddRange(FateReader.Read(source, sentence, words.Tokens));
            }

            if ((readers & SentenceReaders.States) != 0)
            {
                claims.AddRange(StateReader.Read(source, sentence, words.Tokens, dates, previous?.Tokens));
            }

            previous = words;
        }

        return claims;
    }
}
