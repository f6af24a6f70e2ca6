using FactCheck.Core.Compare;
using FactCheck.Core.Compare.Quantities;
using FactCheck.Core.Normalize.Quantities;
using static FactCheck.Tests.Support.Fixtures;

namespace FactCheck.Tests.Compare;

public sealed class CountScopeTests
{
    [Theory]
    [InlineData("The recall covers 412,000 vehicles worldwide.", "412,000 vehicles", "whole")]
    [InlineData("The recall covers 158,000 vehicles in Lauremont.", "158,000 vehicles", "lauremont")]
    [InlineData("In the Maple Terrace neighbourhood alone, 19 homes were flattened.", "19 homes", "part:neighbourhood")]
    [InlineData("In Orly alone 40 flights were cancelled.", "40 flights", "part:orly")]
    [InlineData("The tornado destroyed 37 homes, officials said.", "37 homes", null)]
    [InlineData("Tolland hit 16 maximums in the final alone, a tally that left his rival chasing.", "16 maximums", "part:final")]
    [InlineData("Some 40 flights at Orly alone were cancelled.", "40 flights", "part:orly")]
    [InlineData("He hit 16 maximums in the final, and he was not alone in that.", "16 maximums", null)]
    [InlineData("He left 16 people alone in the hall.", "16 people", null)]
    [InlineData("The remaining 51 cinemas will stay open.", "51 cinemas", "part:remaining")]
    [InlineData("The other 51 cinemas will stay open.", "51 cinemas", "part:remaining")]
    [InlineData("It has 51 cinemas remaining after the closures.", "51 cinemas", "part:remaining")]
    [InlineData("Other 51 cinemas were sold.", "51 cinemas", null)]
    [InlineData("The chain runs 51 cinemas left to it by its founder.", "51 cinemas", null)]
    public void Reads_where_a_count_holds(string sentence, string count, string? expected)
    {
        var source = Source("a.txt", sentence);

        Assert.Equal(expected, CountScope.Of(QuantityAt(source, count, Quantity.Of(1, "home"))));
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData(null, "lauremont", true)]
    [InlineData("whole", "lauremont", false)]
    [InlineData(null, "part:neighbourhood", false)]
    [InlineData("part:neighbourhood", "part:neighbourhood", true)]
    public void A_part_set_off_by_alone_is_one_fact_only_with_that_part(string? a, string? b, bool compatible)
    {
        Assert.Equal(compatible, CountScope.Compatible(a, b));
        Assert.Equal(compatible, CountScope.Compatible(b, a));
    }

    [Fact]
    public void What_remains_of_a_whole_is_no_rival_to_the_whole()
    {
        var sa = Source("a.txt", "The chain operates 68 cinemas in 11 states and will close 17 of them.");
        var sb = Source("b.txt", "The remaining 51 cinemas will stay open while the chain restructures.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "68 cinemas", Quantity.Of(68, "cinema") with { Counted = "cinemas" })]),
            (sb, [QuantityAt(sb, "51 cinemas", Quantity.Of(51, "cinema") with { Counted = "cinemas" })]));

        Assert.DoesNotContain(new QuantityComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);
    }

    [Fact]
    public void A_neighbourhood_s_count_is_no_rival_to_the_town_s()
    {
        var sa = Source("a.txt", "The tornado destroyed 37 homes in the town, county officials said on Wednesday.");
        var sb = Source("b.txt", "In the Maple Terrace neighbourhood alone, 19 homes were destroyed, county officials said on Wednesday.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "37 homes", Quantity.Of(37, "home") with { Counted = "homes" })]),
            (sb, [QuantityAt(sb, "19 homes", Quantity.Of(19, "home") with { Counted = "homes" })]));

        Assert.DoesNotContain(new QuantityComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);
    }
}
