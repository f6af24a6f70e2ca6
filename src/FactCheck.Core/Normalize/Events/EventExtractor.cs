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
        IReadOnlyList<WordToken>? previous = null;
        foreach (var sentence in source.Sentences)
        {
            // One word split per sentence, shared by the readers.
            var tokens = WordTokens.Split(source.Text, sentence.Span.Start, sentence.Span.End);
            claims.AddRange(events.Read(sentence, tokens));
            claims.AddRange(facts.Read(sentence, tokens));
            claims.AddRange(FateReader.Read(source, sentence, tokens));
            claims.AddRange(StateReader.Read(source, sentence, tokens, dates, previous));
            previous = tokens;
        }

        return claims;
    }
}
