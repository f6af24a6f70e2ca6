using FactCheck.Core.Claims;
using FactCheck.Core.Compare;
using FactCheck.Core.Normalize.Events;
using FactCheck.Core.Pipeline;
using static FactCheck.Tests.Support.Fixtures;

namespace FactCheck.Tests.Compare;

/// <summary>
/// The day an event took place, told differently by two reports, is one date conflict: the dates' own finding, not a
/// second one of the events the same two sentences name.
/// </summary>
public sealed class EventDaysInDatesTests
{
    [Fact]
    public void Two_days_for_one_event_are_one_date_conflict()
    {
        var findings = FindingsOf(
            "Harrowby Foods announced the recall of its oat bars on Monday after a supplier warning.",
            "Harrowby Foods announced the recall of its oat bars on Tuesday after a supplier warning.",
            new DateOnly(2026, 3, 11));

        var date = Assert.Single(findings, f => f.Kind == FindingKind.Conflict && f.Type == "date");
        Assert.DoesNotContain(date.Claims, c => c is EventClaim);
    }

    [Fact]
    public void An_event_day_the_dates_give_from_other_sentences_of_the_same_reports_is_one_date_conflict()
    {
        var findings = FindingsOf(
            "The man killed in Tuesday's fire at the Grand Hotel was named on Wednesday. Nearly 280 guests were evacuated after the fire broke out in a laundry room early Tuesday.",
            "The fire broke out shortly before 3 a.m. yesterday in a laundry room at the Grand Hotel, and nearly 280 guests were evacuated.",
            new DateOnly(2026, 3, 12));

        var conflicts = findings.Where(f => f.Kind == FindingKind.Conflict && f.Type == "date").ToList();
        Assert.Single(conflicts);
        Assert.DoesNotContain(conflicts[0].Claims, c => c is EventClaim);
    }
}
