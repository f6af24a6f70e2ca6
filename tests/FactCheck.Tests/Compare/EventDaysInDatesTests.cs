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
}
