using FactCheck.Core.Compare;
using FactCheck.Core.Compare.Quantities;
using FactCheck.Core.Normalize.Quantities;
using static FactCheck.Tests.Support.Fixtures;

namespace FactCheck.Tests.Compare;

public sealed class CasualtyRoleTests
{
    [Theory]
    [InlineData("The quake struck on Tuesday, killing at least 37 people and injuring more than 400.", "at least 37 people", "dead")]
    [InlineData("More than 400 people were injured, the ministry said.", "More than 400 people", "injured")]
    [InlineData("Officials said 12 people had been reported missing.", "12 people", "missing")]
    [InlineData("Seventeen people were confirmed dead on Monday.", "Seventeen people", "dead")]
    [InlineData("Five people, including three firefighters, were treated in hospital.", "Five people", "hospitalised")]
    [InlineData("Eleven were taken to hospital and six were treated at the scene, the service said.", "six", "injured")]
    [InlineData("Of the 30 hurt, 11 remain in hospital.", "11", "hospitalised")]
    [InlineData("The fire officer said nine people had been taken to hospital.", "nine people", "hospitalised")]
    [InlineData("Eleven people were in hospital on Tuesday night.", "Eleven people", "hospitalised")]
    [InlineData("Five people, including three firefighters, said they saw the flames.", "Five people", null)]
    [InlineData("More than 4,000 people were forced from their homes over the weekend.", "More than 4,000 people", "displaced")]
    [InlineData("Officials said 12 people were missing after the flood.", "12 people", "missing")]
    [InlineData("About 4,200 residents were evacuated overnight.", "About 4,200 residents", "displaced")]
    [InlineData("Some 21,000 people are now under evacuation orders, officials said.", "21,000 people", "displaced")]
    [InlineData("Aid agencies estimate some 12,000 people remain trapped in the town.", "12,000 people", "trapped")]
    [InlineData("Nine miners were still trapped underground on Friday.", "Nine miners", "trapped")]
    [InlineData("Medics treated 41 runners and nine were taken to hospital.", "nine", "hospitalised")]
    [InlineData("About 12,000 residents were ordered to evacuate.", "About 12,000 residents", "displaced")]
    [InlineData("Police detained 40 people at a rally in the capital.", "40 people", "arrested")]
    [InlineData("Some 230,000 homes lost power.", "230,000 homes", null)]
    [InlineData("At least 14 people were seriously hurt.", "At least 14 people", "seriously injured")]
    [InlineData("Eight people were critically injured, officials said.", "Eight people", "seriously injured")]
    [InlineData("By Sunday, 120 passengers had fallen ill with vomiting.", "120 passengers", "ill")]
    [InlineData("The outbreak has sickened 64 pupils, the school said.", "64 pupils", "ill")]
    [InlineData("Some 40 guests were taken ill after the wedding meal.", "Some 40 guests", "ill")]
    [InlineData("Some 40 guests fell silent.", "Some 40 guests", null)]
    [InlineData("The fire killed one guest and sent 11 people to hospitals, officials said.", "11 people", "hospitalised")]
    public void Reads_what_befell_the_people_a_count_counts(string sentence, string count, string? expected)
    {
        var source = Source("a.txt", sentence);

        var role = CasualtyRole.Of(QuantityAt(source, count, Quantity.Of(1, "person")));

        Assert.Equal(expected, role);
    }

    [Fact]
    public void The_killed_and_the_injured_are_never_one_fact()
    {
        var sa = Source("a.txt", "The quake struck on Tuesday, killing at least 37 people and injuring hundreds, officials said.");
        var sb = Source("b.txt", "More than 400 people were injured when the quake struck on Tuesday, officials said.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "at least 37 people", new Quantity(37, 37, "person", Bound: Bound.AtLeast))]),
            (sb, [QuantityAt(sb, "More than 400 people", new Quantity(400, 400, "person", Bound: Bound.Above))]));

        var findings = new QuantityComparer().Compare(cluster).ToList();

        Assert.All(findings, f => Assert.Equal(FindingKind.SingleSource, f.Kind));
        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public void Those_in_hospital_are_no_rival_count_of_those_treated_at_the_scene()
    {
        var sa = Source("a.txt", "At a briefing at 11 a.m., the fire officer said nine people had been taken to hospital.");
        var sb = Source("b.txt", "Eleven of the injured were taken to hospital and six were treated at the scene, the service said.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "nine people", Quantity.Of(9, "person") with { Counted = "people" })]),
            (sb, [QuantityAt(sb, "six", Quantity.Of(6, "person") with { Counted = "people" })]));

        Assert.DoesNotContain(new QuantityComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);
    }
}
