using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Events;
using FactCheck.Core.Normalize.Quantities;
using FactCheck.Core.Text;

namespace FactCheck.Tests.Events;

/// <summary>The event extractor reads the dates and quantities earlier extractors found (built by hand here).</summary>
public sealed class EventClaimInteropTests
{
    private const string Text = "The envoys met on Tuesday and agreed to exchange 40 prisoners each.";

    [Fact]
    public void Uses_an_earlier_date_claim_the_extractor_could_not_resolve_alone()
    {
        var source = Source(Text);
        var alone = Only(new EventExtractor().Extract(source, []));
        Assert.Null(alone.Date); // a weekday with no publication date cannot be placed

        var date = Claim<DateClaim>(source, "Tuesday") with { Resolved = CalendarDate.Day(2025, 6, 3) };
        var withDate = Only(new EventExtractor().Extract(source, [date]));
        Assert.Equal("2025-06-03", withDate.Date?.ToIso());
        Assert.Equal("Tuesday", withDate.DateText);
    }

    [Fact]
    public void Attaches_earlier_quantities_to_the_outcome_they_stand_in()
    {
        var source = Source(Text);
        var quantity = Claim<QuantityClaim>(source, "40 prisoners each") with { Quantity = new Quantity(40, 40, "prisoner", "prisoners", Each: true) };
        var e = Only(new EventExtractor().Extract(source, [quantity]));
        var outcome = Assert.Single(e.Outcomes);
        Assert.Equal("prisoner-exchange", outcome.Kind);
        Assert.Equal(40, Assert.Single(outcome.Quantities).Low);
    }

    [Fact]
    public void Ignores_claims_of_other_sources()
    {
        var source = Source(Text);
        var date = Claim<DateClaim>(source, "Tuesday") with { SourceId = "other.txt", Resolved = CalendarDate.Day(2025, 6, 3) };
        Assert.Null(Only(new EventExtractor().Extract(source, [date])).Date);
    }

    private static EventClaim Only(IEnumerable<FactCheck.Core.Claims.Claim> claims) => Assert.Single(claims.Cast<EventClaim>());

    private static AnalyzedSource Source(string text) => AnalyzedSource.Analyze(SourceDocument.FromPlainText("a.txt", text));

    private static T Claim<T>(AnalyzedSource source, string words)
        where T : FactCheck.Core.Claims.Claim
    {
        var at = source.Text.IndexOf(words, StringComparison.Ordinal);
        var span = new TextSpan(at, at + words.Length);
        FactCheck.Core.Claims.Claim claim = typeof(T) == typeof(DateClaim)
            ? new DateClaim { SourceId = source.Id, Span = span, Text = words, Sentence = source.Sentences[0], Resolved = null }
            : new QuantityClaim { SourceId = source.Id, Span = span, Text = words, Sentence = source.Sentences[0], Quantity = Quantity.Of(0) };
        return (T)claim;
    }
}
