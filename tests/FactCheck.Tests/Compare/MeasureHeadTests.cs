using FactCheck.Core.Compare;
using FactCheck.Core.Compare.Quantities;
using FactCheck.Core.Normalize.Quantities;
using static FactCheck.Tests.Support.Fixtures;

namespace FactCheck.Tests.Compare;

public sealed class MeasureHeadTests
{
    [Theory]
    [InlineData("The lake had fallen to 17% of its 4,800 megalitre (Ml) capacity by Tuesday.", "17%", "capacity")]
    [InlineData("The dam stood at 61% of its 2,100-megalitre volume.", "61%", "volume")]
    [InlineData("The offer represents a 28% premium to the last close.", "28%", "premium")]
    [InlineData("The rocket was to carry the 312-kilogram (688-pound) Heron-2 satellite into orbit.", "312-kilogram", "satellite")]
    [InlineData("The rocket was to carry the 312-kilogram (688-pound) Heron-2 satellite into orbit.", "688-pound", "satellite")]
    [InlineData("The 412 kg satellite is the largest the firm has built.", "412 kg", "satellite")]
    [InlineData("Halvard will pay a premium of 32% to the closing price.", "32%", "premium")]
    [InlineData("Shareholders will receive $54 a share in cash.", "$54", "share")]
    [InlineData("The deal values the group at $52 per share.", "$52", "share")]
    [InlineData("Inflation rose 3% to 5.8% in September.", "3%", "inflation+")] // a change of inflation
    [InlineData("Operating profit for the quarter rose to €54.8 million, the airline said.", "€54.8 million", "profit")]
    [InlineData("Revenue for the quarter was €612 million, up from €548 million.", "€612 million", "revenue")]
    [InlineData("The carrier said operating profit reached €48.5 million.", "€48.5 million", "profit")]
    [InlineData("The deal is worth $8.2 billion in cash.", "$8.2 billion", null)]
    [InlineData("Turnout was 67.4%, up from 61.9% in 2022.", "67.4%", "turnout")]
    [InlineData("Turnout reached 64.7%, according to the commission.", "64.7%", "turnout")]
    [InlineData("A total of 48,316 ballots were cast, a turnout of 41.6 percent of the city's 116,150 registered voters.", "41.6 percent", "turnout")]
    [InlineData("The party took 41.6 percent of the city's vote.", "41.6 percent", "vote")]
    [InlineData("It won a share of 41.6 percent of the vote.", "41.6 percent", "vote")]
    [InlineData("Unemployment rose to 5.1% in May.", "5.1%", "unemployment")]
    [InlineData("Inflation stood at 3% in March.", "3%", "inflation")]
    [InlineData("Inflation rose 3% in March.", "3%", "inflation+")]
    [InlineData("The director said attendance over the five days had risen by 28% compared with last year.", "28%", "attendance+")]
    [InlineData("Organisers said attendance for the week rose 18% on last year.", "18%", "attendance+")]
    [InlineData("A roof collapse trapped 37 miners some 460 metres underground.", "460 metres", "depth")]
    [InlineData("The fall sealed off a drift at a depth of 640 metres.", "640 metres", "depth")]
    [InlineData("The roof of a drift 640 metres below ground gave way.", "640 metres", "depth")]
    [InlineData("The tower is 300 metres tall.", "300 metres", "height")]
    [InlineData("The merged group will control 38 percent of the market.", "38 percent", "market")]
    [InlineData("The combined company will have a market share of 48 percent.", "48 percent", "market")]
    [InlineData("The glacier has lost 38 percent of its ice volume since 1990.", "38 percent", "volume")] // the group's last noun
    [InlineData("The glacier has lost 28 percent of its volume since 1990.", "28 percent", "volume")]
    [InlineData("The party won 31% of the popular vote.", "31%", "vote")]
    [InlineData("Labour won 31% of the vote in the city.", "31%", "vote")]
    [InlineData("The party's vote share of 29% was its lowest in decades.", "29%", "vote")]
    [InlineData("The new car park covers 2,400 square metres of former allotments.", "2,400 square metres", "park")] // a verb of extent
    [InlineData("The longest crack measures 14 metres, engineers said.", "14 metres", "crack")]
    [InlineData("An estimated 3.2 million litres of untreated sewage had been discharged.", "3.2 million litres", "sewage")] // an amount of stuff
    [InlineData("Admissions were 38% higher than in the same weeks last year.", "38%", "admissions")] // a comparison names nothing
    [InlineData("Admissions were up 83% compared with last year.", "83%", "admissions")]
    [InlineData("Admissions at the city's three hospitals were 38% higher than last year.", "38%", "admissions")]
    [InlineData("Crews pumped 40 tonnes of fuel oil from the hull.", "40 tonnes", "oil")]
    [InlineData("Families will pay $2.80 for a school lunch from September.", "$2.80", "lunch")] // the price of one thing
    [InlineData("The club charges $45 for an adult season ticket.", "$45", "ticket")]
    [InlineData("A school lunch will cost $2.95 from September.", "$2.95", "lunch")] // a verb of price, past its auxiliary
    [InlineData("The repairs cost $2.4 million, the council said.", "$2.4 million", "repair")]
    [InlineData("The trust paid $2.4 million for the old mill.", "$2.4 million", null)] // a purchase, not the price of one of a kind
    [InlineData("The final lasted 84 minutes, the longest of the week.", "84 minutes", "final")] // a verb of duration
    [InlineData("She won a final that lasted 84 minutes.", "84 minutes", "final")] // the noun a relative pronoun stands for
    public void Reads_the_noun_a_figure_qualifies(string sentence, string figure, string? expected)
    {
        var source = Source("a.txt", sentence);

        var unit = figure.Contains('%') || figure.Contains("percent", StringComparison.Ordinal) ? "%"
            : figure.Contains("metres", StringComparison.Ordinal) ? "m" : figure.Contains("minutes", StringComparison.Ordinal) ? "minute" : figure.Contains("litres", StringComparison.Ordinal) ? "l" : figure.Contains("tonnes", StringComparison.Ordinal) ? "t" : "USD";
        var head = MeasureHead.Of(QuantityAt(source, figure, Quantity.Of(1, unit)));

        Assert.Equal(expected is null ? null : FactCheck.Core.Text.WordStem.Of(expected.TrimEnd('+')) + (expected.EndsWith('+') ? MeasureHead.ChangeMark : ""), head);
    }

    [Fact]
    public void A_rate_is_headed_by_what_it_is_per()
    {
        var source = Source("a.txt", "Shareholders will receive $54 a share in cash.");

        Assert.Equal(FactCheck.Core.Text.WordStem.Of("share"), MeasureHead.Of(QuantityAt(source, "$54 a share", Quantity.Of(54, "USD") with { Per = "share" })));
    }

    [Fact]
    public void Two_levels_of_one_subject_in_other_words_are_one_fact()
    {
        // "Turnout" leads up to both figures; the sentences share little else.
        var sa = Source("a.txt", "Turnout was 67.4 per cent, the Electoral Commission said.");
        var sb = Source("b.txt", "Turnout reached 64.7%, according to the Electoral Commission, which will certify the final results on October 29.");
        var sc = Source("c.txt", "Civic Renewal took 36.2% of the vote, the party said on Monday.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "67.4 per cent", Quantity.Of(67.4m, "%"))]),
            (sb, [QuantityAt(sb, "64.7%", Quantity.Of(64.7m, "%"))]),
            (sc, [QuantityAt(sc, "36.2%", Quantity.Of(36.2m, "%"))]));

        var findings = new QuantityComparer().Compare(cluster).ToList();

        Assert.Equal(FindingKind.Conflict, Assert.Single(findings, f => f.Kind != FindingKind.SingleSource).Kind);
    }

    [Fact]
    public void Two_prices_of_a_share_in_other_words_are_one_fact()
    {
        var sa = Source("a.txt", "Shareholders of Corvex will receive $54 a share in cash under the terms.");
        var sb = Source("b.txt", "Halvard agreed to pay Corvex investors $52 per share in cash, the company said.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "$54", Quantity.Of(54, "USD"))]),
            (sb, [QuantityAt(sb, "$52", Quantity.Of(52, "USD"))]));

        var finding = Assert.Single(new QuantityComparer().Compare(cluster));

        Assert.Equal(FindingKind.Conflict, finding.Kind);
    }
}
