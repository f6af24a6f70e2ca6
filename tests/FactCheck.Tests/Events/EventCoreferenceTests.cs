using FactCheck.Core.Compare.Events;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Events;
using FactCheck.Core.Text;

namespace FactCheck.Tests.Events;

/// <summary>When two sources' event mentions are taken to be the same event.</summary>
public sealed class EventCoreferenceTests
{
    [Fact]
    public void Same_ordinal_without_dates_is_the_same_round()
    {
        Assert.Equal(EventMatch.Same, EventCoreference.Match(Event("a", ordinal: 2), Event("b", ordinal: 2), bothUnique: false));
    }

    [Fact]
    public void Different_ordinals_are_different_rounds()
    {
        Assert.Equal(EventMatch.None, EventCoreference.Match(Event("a", ordinal: 2), Event("b", ordinal: 3), bothUnique: true));
    }

    [Fact]
    public void Different_families_never_corefer()
    {
        Assert.Equal(EventMatch.None, EventCoreference.Match(Event("a", day: 3), Event("b", day: 3) with { EventType = "vote" }, bothUnique: true));
    }

    [Fact]
    public void Disjoint_named_participants_are_different_events_even_on_one_day()
    {
        var senate = Event("a", day: 3) with { Participants = ["senate"] };
        var house = Event("b", day: 3) with { Participants = ["house"] };
        Assert.Equal(EventMatch.None, EventCoreference.Match(senate, house, bothUnique: true));
    }

    [Fact]
    public void Same_ordinal_on_different_days_is_flagged_as_another_day()
    {
        Assert.Equal(EventMatch.SameOnAnotherDay, EventCoreference.Match(Event("a", ordinal: 2, day: 2), Event("b", ordinal: 2, day: 9), bothUnique: false));
    }

    [Fact]
    public void Nothing_in_common_is_not_enough()
    {
        Assert.Equal(EventMatch.None, EventCoreference.Match(Event("a"), Event("b"), bothUnique: false));
        Assert.Equal(EventMatch.Same, EventCoreference.Match(Event("a"), Event("b"), bothUnique: true));
    }

    [Fact]
    public void Unresolved_month_days_still_match()
    {
        var a = Event("a") with { MonthDay = "06-02" };
        var b = Event("b", day: 2);
        Assert.Equal(EventMatch.Same, EventCoreference.Match(a, b with { MonthDay = "06-02" }, bothUnique: false));
    }

    private static EventClaim Event(string source, int? ordinal = null, int? day = null) => new()
    {
        SourceId = source,
        Span = new TextSpan(0, 5),
        Text = "talks",
        Sentence = new Sentence(0, new TextSpan(0, 5), "talks"),
        EventType = "talks",
        Ordinal = ordinal,
        Date = day is { } d ? CalendarDate.Day(2025, 6, d) : null,
    };
}
