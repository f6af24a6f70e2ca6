using FactCheck.Core.Compare;
using FactCheck.Core.Compare.Quotes;

namespace FactCheck.Tests.Quotes;

/// <summary>The word-level classes of difference between two renderings of a quotation.</summary>
public sealed class WordingComparisonTests
{
    [Theory]
    [InlineData("The plan is dead.", "the plan is dead", Wording.Verbatim)]
    [InlineData("\u201cThe plan, frankly, is dead!\u201d", "The plan frankly is dead", Wording.Verbatim)]
    [InlineData("We\u2019re not leaving", "We are not leaving", Wording.Verbatim)]
    [InlineData("It can't last", "It cannot last", Wording.Verbatim)]
    [InlineData("No one is hiding anything here", "No one is hiding anything", Wording.Minor)]
    [InlineData("The plan is dead", "The plan is now dead", Wording.Minor)]
    [InlineData("That is why the agency is taking samples", "The agency is taking samples from the river as a precaution", Wording.Minor)] // each cut at the other end of one sentence
    [InlineData("The agency is taking samples from the river as a precaution", "That is why the agency is taking samples", Wording.Minor)]
    [InlineData("The plan is dead", "The plan is alive", Wording.Reworded)]
    [InlineData("We will win", "We will not win", Wording.Reworded)]
    [InlineData("Nobody gave us a chance back in January", "Nobody gave us a chance back in March", Wording.Reworded)] // a month is no function word
    [InlineData("We meet on Monday", "We meet on Friday", Wording.Reworded)]
    [InlineData("It may rain", "It might rain", Wording.Minor)] // "may" the verb, not the month
    [InlineData("The harvest failed", "Our schools reopen in May", Wording.Different)]
    [InlineData("We expect the route to be profitable within its first year", "We expect the route to be profitable within its first two years", Wording.Reworded)]
    [InlineData("The repairs will cost 12 million", "The repairs will cost 15 million", Wording.Reworded)]
    [InlineData("We lost three of our four engines", "We lost two of our four engines", Wording.Reworded)]
    [InlineData("Every family will have a roof over their head tonight and the help they need", "Every family will have a roof over their head and the help they need", Wording.Minor)] // one word left out
    [InlineData("We will rebuild every single home in the valley", "We will rebuild every home in the valley", Wording.Minor)]
    [InlineData("We lost four engines over the sea", "We lost engines over the sea", Wording.Reworded)] // the word left out is an amount
    [InlineData("We meet again on Monday to talk", "We meet again to talk", Wording.Reworded)] // or a day
    [InlineData("The harbour will reopen to ferries next week", "The harbour will reopen to ferries and yachts next week", Wording.Reworded)] // a word added and another: more than one
    [InlineData("This is not a mild childhood illness", "Measles is not a mild childhood illness", Wording.Minor)] // the pronoun's referent made plain
    [InlineData("It will reopen in the spring", "The pier will reopen in the spring", Wording.Reworded)] // two words for one: more than a swap
    [InlineData("This is not a mild childhood illness", "This is not a mild childhood infection", Wording.Reworded)] // no pronoun
    [InlineData("It closed on Monday", "Monday closed on Monday", Wording.Reworded)] // the word put in says a day
    public void Classifies_the_difference(string a, string b, Wording expected)
    {
        Assert.Equal(expected, WordingComparison.Of(QuoteWords.All(a), QuoteWords.All(b)).Wording);
    }

    [Fact]
    public void More_changed_words_mean_more_change()
    {
        var small = WordingComparison.Of(QuoteWords.All("the new line carries ten thousand passengers across the northern city districts"), QuoteWords.All("the new line carries ten thousand riders across the northern city districts"));
        var large = WordingComparison.Of(QuoteWords.All("the new line carries ten thousand passengers across the northern city districts"), QuoteWords.All("the new tram serves ten thousand riders across the eastern town districts"));

        Assert.True(small.Change < large.Change, $"{small.Change} should be below {large.Change}");
    }

    [Fact]
    public void Diff_keeps_every_word_of_both_sides_in_order()
    {
        var a = QuoteWords.All("we call for an immediate ceasefire now");
        var b = QuoteWords.All("we urge an immediate ceasefire");
        var diff = WordDiff.Diff(a, b);

        Assert.Equal(string.Join(' ', a), string.Join(' ', diff.Where(p => p.Op != DiffOp.Added).Select(p => p.Text)));
        Assert.Equal(string.Join(' ', b), string.Join(' ', diff.Where(p => p.Op != DiffOp.Removed).Select(p => p.Text)));
    }

    [Theory]
    [InlineData("running", "run")]
    [InlineData("stopped", "stop")]
    [InlineData("effectiveness", "effectively")]
    [InlineData("mediation", "mediating")]
    [InlineData("Harlow's", "harlow")]
    public void Stems_fold_word_endings(string a, string b)
    {
        Assert.Equal(QuoteWords.Stem(b.ToLowerInvariant()), QuoteWords.Stem(a.ToLowerInvariant()));
    }

    [Theory]
    [InlineData("Jim", "James", true)]
    [InlineData("J.", "James", true)]
    [InlineData("Bill", "William", true)]
    [InlineData("Anna", "Maria", false)]
    [InlineData("John", "Jane", false)]
    public void Given_names_match_by_short_form_or_initial(string a, string b, bool same)
    {
        Assert.Equal(same, Core.Normalize.Quotes.GivenNames.Match(a, b));
    }
}
