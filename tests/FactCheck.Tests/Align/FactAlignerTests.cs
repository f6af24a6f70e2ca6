using FactCheck.Core.Align;
using FactCheck.Core.Normalize.Quantities;
using static FactCheck.Tests.Support.Fixtures;

namespace FactCheck.Tests.Align;

/// <summary>The fact aligner with similarities given outright, so that each test shows one rule.</summary>
public sealed class FactAlignerTests
{
    // Two reports give a count of the sick and of everyone on board; a third gives one figure, most like
    // the first report's count of the sick and weakly like the second report's count of everyone.
    private static List<QuantityClaim> Claims()
    {
        var a = Source("a.txt", "The outbreak sickened 212 passengers. The ship carried 2,840 passengers.");
        var b = Source("b.txt", "A total of 212 passengers fell ill. There were 2,840 passengers on board.");
        var c = Source("c.txt", "The number of sick has risen to 247 passengers.");
        return
        [
            QuantityAt(a, "212 passengers", Quantity.Of(212, "passenger")),
            QuantityAt(a, "2,840 passengers", Quantity.Of(2840, "passenger")),
            QuantityAt(b, "212 passengers", Quantity.Of(212, "passenger")),
            QuantityAt(b, "2,840 passengers", Quantity.Of(2840, "passenger")),
            QuantityAt(c, "247 passengers", Quantity.Of(247, "passenger")),
        ];
    }

    private static double Similarity(QuantityClaim x, QuantityClaim y)
    {
        var (p, q) = (x.Quantity.Low, y.Quantity.Low);
        return (Math.Min(p, q), Math.Max(p, q)) switch
        {
            (212, 212) or (2840, 2840) => 0.9,
            (212, 247) => x.SourceId == "a.txt" || y.SourceId == "a.txt" ? 0.6 : 0.1,
            (247, 2840) => x.SourceId == "b.txt" || y.SourceId == "b.txt" ? 0.4 : 0.1,
            _ => 0.0,
        };
    }

    [Fact]
    public void Without_a_rule_for_one_report_the_third_figure_joins_everything()
    {
        var (facts, _) = FactAligner.Align(Claims(), (_, _) => true, Similarity, 0.3);

        Assert.Single(facts);
    }

    [Fact]
    public void A_report_s_two_different_figures_are_never_made_one_fact()
    {
        var (facts, alone) = FactAligner.Align(Claims(), (_, _) => true, Similarity, 0.3, (x, y) => x.Quantity.Low == y.Quantity.Low);

        Assert.Empty(alone);
        Assert.Equal(2, facts.Count);
        Assert.Contains(facts, f => f.Select(c => c.Quantity.Low).Order().SequenceEqual([212m, 212m, 247m]));
        Assert.Contains(facts, f => f.All(c => c.Quantity.Low == 2840));
    }

    [Fact]
    public void Two_claims_that_cannot_be_one_fact_are_not_joined_through_a_third()
    {
        // Three players' tallies: a's is like b's and b's is like c's, but a's and c's are two players' and cannot meet.
        var a = Source("a.txt", "Ameobi scored 19 points.");
        var b = Source("b.txt", "The club finished with 38 points.");
        var c = Source("c.txt", "Orrell scored 24 points.");
        List<QuantityClaim> claims =
        [
            QuantityAt(a, "19 points", Quantity.Of(19, "point")),
            QuantityAt(b, "38 points", Quantity.Of(38, "point")),
            QuantityAt(c, "24 points", Quantity.Of(24, "point")),
        ];
        static bool Comparable(QuantityClaim x, QuantityClaim y) => !(x.SourceId != "b.txt" && y.SourceId != "b.txt");
        static double Like(QuantityClaim x, QuantityClaim y) => x.SourceId == "a.txt" || y.SourceId == "a.txt" ? 0.8 : 0.5;

        var (facts, alone) = FactAligner.Align(claims, Comparable, Like, 0.3, (_, _) => true);

        var fact = Assert.Single(facts);
        Assert.Equal([19m, 38m], fact.Select(q => q.Quantity.Low).Order());
        Assert.Equal(24m, Assert.Single(alone).Quantity.Low);
    }
}
