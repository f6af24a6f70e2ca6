using FactCheck.Core.Claims;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Events;
using FactCheck.Core.Pipeline;

namespace FactCheck.Tests.Events;

/// <summary>Event dates as the whole rule pipeline reads them: the date extractor's claims, then the events.</summary>
public sealed class EventDatesInPipelineTests
{
    private static List<EventClaim> Events(string text, DateOnly published)
    {
        var source = AnalyzedSource.Analyze(SourceDocument.FromPlainText("a.txt", text, new SourceMetadata(null, null, published, null)));
        var found = new List<Claim>();
        foreach (var extractor in FactCheckerFactory.RuleExtractors())
        {
            found.AddRange(extractor.Extract(source, found));
        }

        return [.. found.OfType<EventClaim>()];
    }

    [Fact]
    public void A_date_right_before_the_event_word_dates_it_before_a_later_date_of_its_clause()
    {
        var mission = Assert.Single(Events("The June mission will be postponed until the cause of Saturday's failure is understood.", new DateOnly(2026, 4, 12)), e => e.EventType == "mission");

        Assert.Equal("2026-06", mission.Date?.ToIso());
    }

    [Fact]
    public void A_day_of_another_clause_before_the_event_word_does_not_date_it()
    {
        var ruling = Assert.Single(Events("The jury, which retired on Monday, convicted the former mayor on Friday.", new DateOnly(2026, 9, 18)), e => e.EventType == "ruling");

        Assert.Equal("2026-09-18", ruling.Date?.ToIso());
    }

    [Fact]
    public void A_day_after_the_report_never_dates_what_has_happened()
    {
        // The Monday is the court's, read forward from "will appear"; the arrest was on a day no date words name.
        var arrest = Assert.Single(Events("A 31-year-old man, arrested at 8.10pm on the day of the raid, has been charged with robbery and will appear before magistrates on Monday.", new DateOnly(2026, 9, 18)), e => e.EventType == "arrest");

        Assert.Equal(EventStatus.Happened, arrest.Status);
        Assert.Null(arrest.Date);
    }

    [Theory]
    [InlineData("for the first time since 2011 yesterday", "2026-03-07")]
    [InlineData("yesterday in the highest-scoring final since 2011,", null)] // yesterday lies beyond the words read before "beating"
    public void A_year_after_a_first_or_a_superlative_and_since_dates_the_last_such_occasion_not_the_event(string when, string? date)
    {
        var match = Assert.Single(Events($"Kestrel Bay won the cup {when} beating holders Aldwick 29-27.", new DateOnly(2026, 3, 8)), e => e.EventType == "match");

        Assert.Equal(date, match.Date?.ToIso());
    }

    [Theory]
    [InlineData("2019", false)]
    [InlineData("January", true)]
    public void A_happening_dated_years_before_its_report_is_no_rival_to_an_undated_one_of_the_story(string when, bool conflict)
    {
        // "a turnaround from 2019, when a similar scheme was rejected": an earlier vote, not the story's. A vote this
        // January may be the story's own, and its tally is then set against the other report's.
        var findings = FactCheck.Tests.Support.Fixtures.FindingsOf(
            $"Harwell will get its first skate park after councillors backed the scheme on Monday night.\n\nThe vote marks a turnaround from {when}, when a similar scheme for the same site was rejected by seven votes to six.",
            "Members voted by nine votes to four, with one abstention, at a full council meeting.",
            new DateOnly(2026, 5, 12));

        Assert.Equal(conflict, findings.Any(f => f.Kind == FactCheck.Core.Compare.FindingKind.Conflict && f.Type == "outcome"));
    }
}
