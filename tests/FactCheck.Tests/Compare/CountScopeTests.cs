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
    [InlineData("In the Maple Terrace neighbourhood alone, 19 homes were flattened.", "19 homes", "apart:neighbourhood")]
    [InlineData("In Orly alone 40 flights were cancelled.", "40 flights", "apart:orly")]
    [InlineData("The tornado destroyed 37 homes, officials said.", "37 homes", null)]
    [InlineData("Tolland hit 16 maximums in the final alone, a tally that left his rival chasing.", "16 maximums", "apart:final")]
    [InlineData("Some 40 flights at Orly alone were cancelled.", "40 flights", "apart:orly")]
    [InlineData("He hit 16 maximums in the final, and he was not alone in that.", "16 maximums", null)]
    [InlineData("He left 16 people alone in the hall.", "16 people", null)]
    [InlineData("Some 8,400 visitors came through the gates at Lydford alone.", "8,400 visitors", "apart:lydford")] // past the verb, in the clause
    [InlineData("Some 8,400 visitors came through the gates on Sunday alone.", "8,400 visitors", "apart:day")] // a day, in any words
    [InlineData("About 1,200 people turned up yesterday alone.", "1,200 people", "apart:day")]
    [InlineData("On Saturday alone, 2,100 people came.", "2,100 people", "apart:day")]
    [InlineData("Some 8,400 visitors came, and the staff were left alone.", "8,400 visitors", null)] // another clause
    [InlineData("Some 8,400 visitors were left alone.", "8,400 visitors", null)] // no part
    [InlineData("Three men were winched aboard the helicopter Rescue 924, while the other two were picked up by the lifeboat.", "Three men", "apart:share")] // a share of a whole the sentence splits
    [InlineData("Of 74 staff, 52 roles will go, with the remaining 22 offered posts elsewhere.", "52 roles", "apart:share")]
    [InlineData("Of 74 staff, 52 roles will go, with the remaining 22 offered posts elsewhere.", "74 staff", null)] // the whole: a count stands between
    [InlineData("Police arrested 12 people, and the other protesters went home.", "12 people", null)] // the rest counts nothing
    [InlineData("It is a turnaround for a club that finished third last season with 38 points.", "38 points", "apart:earlier-season")]
    [InlineData("Compared with last season the club has 38 points.", "38 points", null)] // a base, not the figure's season
    [InlineData("The club has 38 points this season.", "38 points", null)]
    [InlineData("The remaining 51 cinemas will stay open.", "51 cinemas", "apart:remaining")]
    [InlineData("The other 51 cinemas will stay open.", "51 cinemas", "apart:remaining")]
    [InlineData("It has 51 cinemas remaining after the closures.", "51 cinemas", "apart:remaining")]
    [InlineData("Other 51 cinemas were sold.", "51 cinemas", null)]
    [InlineData("The chain runs 51 cinemas left to it by its founder.", "51 cinemas", null)]
    [InlineData("England had needed 164 runs with seven wickets in hand.", "seven wickets", "apart:remaining")]
    [InlineData("England beat South Africa by four wickets on Monday.", "four wickets", "apart:margin")]
    [InlineData("The home side lost by 12 points.", "12 points", "apart:margin")]
    [InlineData("The fund grew by 12 points.", "12 points", null)]
    [InlineData("Power was lost by 12 homes in the storm.", "12 homes", null)]
    [InlineData("Mokoena took three wickets in the first session.", "three wickets", "apart:first session")]
    [InlineData("The album sold 12,000 copies in its opening week.", "12,000 copies", "apart:opening week")]
    [InlineData("Mokoena took three wickets in the morning.", "three wickets", null)]
    [InlineData("England were thrashed by nine wickets on this ground last summer.", "nine wickets", "apart:margin")]
    public void Reads_where_a_count_holds(string sentence, string count, string? expected)
    {
        var source = Source("a.txt", sentence);

        Assert.Equal(expected, CountScope.Of(QuantityAt(source, count, Quantity.Of(1, "home"))));
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData(null, "lauremont", true)]
    [InlineData("whole", "lauremont", false)]
    [InlineData(null, "apart:neighbourhood", false)]
    [InlineData("apart:neighbourhood", "apart:neighbourhood", true)]
    public void A_part_set_off_by_alone_is_one_fact_only_with_that_part(string? a, string? b, bool compatible)
    {
        Assert.Equal(compatible, CountScope.Compatible(a, b));
        Assert.Equal(compatible, CountScope.Compatible(b, a));
    }

    [Theory]
    [InlineData("The tornado destroyed 37 homes in the town, county officials said on Wednesday.", "37 homes", "In the Maple Terrace neighbourhood alone, 19 homes were destroyed, county officials said on Wednesday.", "19 homes", "home")]
    [InlineData("The chain operates 68 cinemas in 11 states and will close 17 of them.", "68 cinemas", "The remaining 51 cinemas will stay open while the chain restructures.", "51 cinemas", "cinema")] // what remains
    public void A_part_is_no_rival_to_the_whole(string textA, string countA, string textB, string countB, string unit)
    {
        var sa = Source("a.txt", textA);
        var sb = Source("b.txt", textB);
        var counted = countA[(countA.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        var cluster = Cluster(
            (sa, [QuantityAt(sa, countA, Quantity.Of(int.Parse(countA.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture), unit) with { Counted = counted })]),
            (sb, [QuantityAt(sb, countB, Quantity.Of(int.Parse(countB.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture), unit) with { Counted = counted })]));

        Assert.DoesNotContain(new QuantityComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);
    }
}
