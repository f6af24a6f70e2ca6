using FactCheck.Core.Compare;
using FactCheck.Core.Compare.Quantities;
using FactCheck.Core.Normalize.Quantities;
using static FactCheck.Tests.Support.Fixtures;

namespace FactCheck.Tests.Compare;

public sealed class GenericStatementTests
{
    [Theory]
    [InlineData("Adults can weigh more than 300 kg.", "more than 300 kg", true)]
    [InlineData("Such storms can reach 300 km/h.", "300 km/h", true)]
    [InlineData("An adult tapir typically weighs 250 kg.", "250 kg", true)]
    [InlineData("Adult tapirs usually weigh 250 kg.", "250 kg", true)]
    [InlineData("The calf can already walk 2 km a day.", "2 km", false)]
    [InlineData("She now weighs 31 kilograms, the park said.", "31 kilograms", false)]
    [InlineData("Keepers bottle-feed her, and she now weighs 24 kg.", "24 kg", false)]
    [InlineData("Tomo can weigh 280 kg on a good diet.", "280 kg", false)]
    public void A_sentence_about_a_kind_is_generic(string sentence, string figure, bool generic)
    {
        var source = Source("a.txt", sentence);

        Assert.Equal(generic, GenericStatement.Is(QuantityAt(source, figure, Quantity.Of(1, "kg"))));
    }

    [Fact]
    public void What_is_true_of_a_kind_is_no_rival_to_the_story_s_own_figure()
    {
        var sa = Source("a.txt", "Tapir calves now weigh 31 kilograms at the park.");
        var sb = Source("b.txt", "Adult tapirs can weigh more than 300 kg at the park.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "31 kilograms", Quantity.Of(31, "kg"))]),
            (sb, [QuantityAt(sb, "more than 300 kg", new Quantity(300, 300, "kg", Bound: Bound.Above))]));

        Assert.DoesNotContain(new QuantityComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);
    }
}
