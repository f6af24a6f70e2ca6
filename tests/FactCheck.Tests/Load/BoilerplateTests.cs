using FactCheck.Core.Load;

namespace FactCheck.Tests.Load;

/// <summary>Which paragraphs are set aside as boilerplate, one paragraph per case, in a plain article.</summary>
public sealed class BoilerplateTests
{
    private const string Before = "Harbour Works Delayed Again\n\nThe harbour works will finish in 2027, two years late, the port board said on Monday.\n\n";
    private const string After = "\n\nThe board blamed a shortage of steel and a dispute with the main contractor.\n";

    [Theory]
    [InlineData("Advertisement", true)]
    [InlineData("ADVERTISEMENT", true)]
    [InlineData("Sponsored", true)]
    [InlineData("Read more", true)]
    [InlineData("Read more: Port board names new chair", true)]
    [InlineData("Related article: Steel prices climb for a third month", true)]
    [InlineData("Related: Contractor fined over safety breach", true)]
    [InlineData("See also", true)]
    [InlineData("Subscribe to our daily briefing", true)]
    [InlineData("Support The Coastal Ledger!", true)]
    [InlineData("… we have a small favor to ask.", true)]
    [InlineData("Please support us with a donation today.", true)]
    [InlineData("Donate now", true)]
    [InlineData("Share this article", true)]
    [InlineData("Follow us on social media", true)]
    [InlineData("This website uses cookies to improve your experience.", true)]
    [InlineData("Accept all cookies", true)]
    [InlineData("Photo: A crane at the harbour entrance", true)]
    [InlineData("Wire services contributed reporting.", true)]
    [InlineData("Our journalism is independent and reader-funded, and we need your help to keep it free for you.", true)]
    [InlineData("Get the Morning Ledger, our free newsletter, in your inbox every weekday. Local news costs money: back the Ledger from 4 crowns a month.", true)]
    [InlineData("The Harbour Voice is a non-profit newsroom. A gift of 30 crowns keeps a reporter at the port for a day. Give at harbourvoice.example/give.", true)]
    [InlineData("The port board will give at least 30 days' notice of any closure, its newsletter said.", false)]
    [InlineData("A gift of 2 million crowns from a local family paid for the new pier, the board said.", false)]
    [InlineData("The Coastal Ledger reported last week that the steel order had been cut by a third.", false)]
    [InlineData("Dockers said they would support the board's plan if wages rose by 4 percent.", false)]
    [InlineData("\"We will not let you down,\" the board's chair told reporters on Monday.", false)]
    [InlineData("Subscribers to the port's freight service will pay 3 percent more from April, the board said.", false)]
    [InlineData("Share prices of the contractor fell 6 percent on Monday after the announcement.", false)]
    [InlineData("Read the full statement, the board urged, before judging the decision.", false)]
    [InlineData("Source: the port board's annual report for 2024.", false)]
    [InlineData("Sources said the contractor would appeal within 14 days.", false)]
    [InlineData("Correction: An earlier version of this article said Green Path won 19 seats. It won 17.", true)]
    [InlineData("An earlier version of this story misstated the previous record as 45.8C.", true)]
    [InlineData("The board approved the correction of the budget figures on Monday.", false)]
    [InlineData("The ministry issued a correction: 312 people had been arrested, not 217.", false)]
    public void A_paragraph_is_set_aside_or_kept(string paragraph, bool setAside)
    {
        var raw = Before + paragraph + After;

        var doc = ViewBuilderTests.Build("txt", raw);

        ViewInvariant.Check(doc);
        var at = raw.IndexOf(paragraph, StringComparison.Ordinal);
        var inView = doc.Text.Substring(at, paragraph.Length);
        if (setAside)
        {
            Assert.True(string.IsNullOrWhiteSpace(inView), $"kept: {inView}");
            Assert.Contains(doc.Boilerplate, b => b.Start <= at && b.End >= at + paragraph.Trim().Length);
        }
        else
        {
            Assert.Equal(paragraph, inView);
        }

        Assert.Contains("finish in 2027", doc.Text, StringComparison.Ordinal);
        Assert.Contains("shortage of steel", doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- [Harbour Cup 2021: Tern wins in 41 days](https://example.test/2021-tern)\n- [Meet the 14 crews](https://example.test/crews)", true)]
    [InlineData("1. [Harbour Cup 2021: Tern wins in 41 days](https://example.test/2021-tern \"archive\")\n\n2. [Meet the 14 crews](https://example.test/crews)", true)]
    [InlineData("* [Harbour Cup 2021: Tern wins in 41 days](https://example.test/2021-tern)\n* [Meet the 14 crews](https://example.test/crews)\n* [Tracker](https://example.test/tracker)", true)]
    [InlineData("- [Read the full ruling](https://example.test/ruling)", false)]
    [InlineData("- [The board's report](https://example.test/report) puts the cost at 14 million.\n- [The contractor's reply](https://example.test/reply) disputes it.", false)]
    [InlineData("- The cost rose to 14 million.\n- The contractor disputes it.", false)]
    public void A_list_of_links_and_nothing_else_is_set_aside(string list, bool setAside)
    {
        var raw = Before + list + After;

        var doc = ViewBuilderTests.Build("md", raw);

        ViewInvariant.Check(doc);
        var firstItem = raw.IndexOf(list, StringComparison.Ordinal);
        var inView = doc.Text.Substring(firstItem, list.Length);
        Assert.Equal(setAside, !inView.Any(char.IsLetterOrDigit));
        Assert.Equal(setAside, doc.Boilerplate.Any(b => b.Start <= firstItem && b.End > firstItem));
        Assert.Contains("finish in 2027", doc.Text, StringComparison.Ordinal);
        Assert.Contains("shortage of steel", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_appeal_is_set_aside_but_a_paragraph_that_only_tells_about_the_outlet_is_kept()
    {
        const string raw = """
            Ferry Service Cut to Three Days a Week

            The island ferry will sail only on Mondays, Wednesdays and Fridays from May, the operator said.

            … we have a small favor to ask.

            As you know, The Island Courier has covered the islands for 40 years, and our reporters are proud of it.

            We, the staff of The Island Courier, want to keep going. Every contribution helps.

            Thank you for reading, and please consider a monthly gift.

            Islanders said the cut would leave 200 pupils without a way to school on two days.
            """;

        var doc = ViewBuilderTests.Build("txt", raw);

        ViewInvariant.Check(doc);
        Assert.DoesNotContain("small favor", doc.Text, StringComparison.Ordinal);
        Assert.Contains("for 40 years", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Every contribution", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("monthly gift", doc.Text, StringComparison.Ordinal);
        Assert.Contains("200 pupils", doc.Text, StringComparison.Ordinal);
        Assert.Contains("sail only on Mondays", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_lines_with_figures_are_facts_not_section_links()
    {
        const string raw = "Storm Toll Rises\n\nThe storm hit the coast overnight.\n\nKey figures\nDead 12\nInjured 40\nHomes damaged 300\n\nRescue teams are still searching.\n";

        var doc = ViewBuilderTests.Build("txt", raw);

        Assert.Contains("Injured 40", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Homes damaged 300", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_label_lines_need_a_run_of_three_to_be_set_aside()
    {
        const string raw = "Valley Road Reopens\n\nThe valley road reopened on Friday after 9 days.\n\nCrews worked overnight.\n\nLocal News\nMay 2024\nTransport\nApril 2024\n";

        var doc = ViewBuilderTests.Build("txt", raw);

        Assert.Contains("Valley Road Reopens", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Local News", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("April 2024", doc.Text, StringComparison.Ordinal);
        Assert.Equal("Valley Road Reopens", doc.Metadata.Title);
    }
}
