using FactCheck.Core.Align;
using FactCheck.Core.Normalize.Dates;
using static FactCheck.Tests.Support.Fixtures;

namespace FactCheck.Tests.Align;

/// <summary>
/// Words news reports use for one another (context-synonyms.txt) are one word to the context of a claim: two
/// sentences that differ only by such a pair give their claims the same context.
/// </summary>
public sealed class ContextSynonymTests
{
    [Theory]
    [InlineData("The blast tore through the depot on Monday.", "The explosion tore through the depot on Monday.")]
    [InlineData("An amateur spotted the comet on Monday.", "An amateur noticed the comet on Monday.")]
    [InlineData("The crowd cheered the winners on Monday.", "The spectators cheered the winners on Monday.")]
    [InlineData("The vessel sank off the cape on Monday.", "The boat sank off the cape on Monday.")]
    [InlineData("The council unveiled its housing scheme on Monday.", "The council announced its housing plan on Monday.")]
    [InlineData("The union said 40 sailings were cancelled during the strike on Monday.", "The union said 40 crossings were scrapped during the stoppage on Monday.")]
    [InlineData("The last ferry left the harbour on Monday.", "The last ferry departed the harbour on Monday.")]
    public void Sentences_that_differ_by_news_synonyms_give_one_context(string textA, string textB)
    {
        var sa = Source("a.txt", textA);
        var sb = Source("b.txt", textB);
        var a = DateAt(sa, "Monday", CalendarDate.Day(2026, 3, 9), DayOfWeek.Monday, relative: true);
        var b = DateAt(sb, "Monday", CalendarDate.Day(2026, 3, 9), DayOfWeek.Monday, relative: true);
        var third = Source("c.txt", "The inquiry opens on Monday in the capital.");
        var c = DateAt(third, "Monday", CalendarDate.Day(2026, 3, 9), DayOfWeek.Monday, relative: true);

        var context = new ContextSimilarity([a, b, c]);

        Assert.True(context.Of(a, b) > 0.99, $"context similarity {context.Of(a, b):F3}");
    }
}
