using FactCheck.Core.Compare;
using FactCheck.Core.Compare.Quantities;
using FactCheck.Core.Normalize.Quantities;
using static FactCheck.Tests.Support.Fixtures;

namespace FactCheck.Tests.Compare;

public sealed class MeasureHeadTests
{
    [Theory]
    [InlineData("The offer represents a 28% premium to the last close.", "28%", "premium")]
    [InlineData("Halvard will pay a premium of 32% to the closing price.", "32%", "premium")]
    [InlineData("Shareholders will receive $54 a share in cash.", "$54", "share")]
    [InlineData("The deal values the group at $52 per share.", "$52", "share")]
    [InlineData("Inflation rose 3% to 5.8% in September.", "3%", null)]
    [InlineData("The deal is worth $8.2 billion in cash.", "$8.2 billion", null)]
    public void Reads_the_noun_a_figure_qualifies(string sentence, string figure, string? expected)
    {
        var source = Source("a.txt", sentence);

        var head = MeasureHead.Of(QuantityAt(source, figure, Quantity.Of(1, figure.Contains('%') ? "%" : "USD")));

        Assert.Equal(expected is null ? null : FactCheck.Core.Text.WordStem.Of(expected), head);
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
