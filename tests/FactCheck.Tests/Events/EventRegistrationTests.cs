using FactCheck.Core.Compare.Events;
using FactCheck.Core.Normalize.Events;
using FactCheck.Core.Pipeline;

namespace FactCheck.Tests.Events;

/// <summary>The event stage is wired into the rule pipeline: its extractor last (it reads dates and quantities), its comparers present.</summary>
public sealed class EventRegistrationTests
{
    [Fact]
    public void Event_extractor_runs_after_all_others()
    {
        Assert.IsType<EventExtractor>(FactCheckerFactory.RuleExtractors()[^1]);
    }

    [Fact]
    public void Event_comparers_are_registered()
    {
        var comparers = FactCheckerFactory.Comparers();
        Assert.Contains(comparers, c => c is EventOutcomeComparer);
        Assert.Contains(comparers, c => c is EventStatusComparer);
        Assert.Contains(comparers, c => c is DerivedTimeComparer);
    }
}
