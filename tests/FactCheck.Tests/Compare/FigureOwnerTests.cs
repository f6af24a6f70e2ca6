using FactCheck.Core.Compare;
using FactCheck.Core.Compare.Quantities;
using FactCheck.Core.Normalize.Quantities;
using static FactCheck.Tests.Support.Fixtures;

namespace FactCheck.Tests.Compare;

/// <summary>A figure a name owns in the possessive is one fact only with a figure whose sentence names that owner.</summary>
public sealed class FigureOwnerTests
{
    [Theory]
    [InlineData("Malakai Tuilagi's four wickets kept the visitors in the contest.", "four wickets", "tuilagi")]
    [InlineData("The rival carrier, Helmark’s 5.1 million passengers were a record.", "5.1 million passengers", "helmark")]
    [InlineData("The company's 38 aircraft are all leased.", "38 aircraft", null)] // no name
    [InlineData("Its 38 aircraft are all leased.", "38 aircraft", null)]
    [InlineData("Pryce's 14 maximums were three more than his opponent managed.", "14 maximums", "pryce")] // a name opening the sentence
    [InlineData("Yesterday's 3,000 runners set a record.", "3,000 runners", null)] // a day, not an owner
    [InlineData("Kofi Brannigan took five wickets on Sunday.", "five wickets", null)]
    [InlineData("Rival Helmark Air, which flies from the second terminal, carried 5.1 million passengers.", "5.1 million passengers", "helmark")]
    [InlineData("The drug will compete with Trevanza, a rival treatment from Moravec Pharma that posted sales of $2.4 billion.", "$2.4 billion", null)]
    public void Reads_the_name_in_the_possessive_before_a_figure(string text, string figure, string? owner)
    {
        var source = Source("a.txt", text);

        Assert.Equal(owner, FigureOwner.Of(QuantityAt(source, figure, Quantity.Of(1, "wicket"))));
    }

    [Fact]
    public void A_rivals_figure_is_not_the_companys_own()
    {
        var sa = Source("a.txt", "Corvane carried 3.61 million passengers in the first quarter, the airline said.");
        var sb = Source("b.txt", "That compares with Helmark's 5.1 million passengers in the first quarter, the airline said.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "3.61 million passengers", Quantity.Of(3_610_000, "passenger") with { Counted = "passengers" })]),
            (sb, [QuantityAt(sb, "5.1 million passengers", Quantity.Of(5_100_000, "passenger") with { Counted = "passengers" })]));

        Assert.DoesNotContain(new QuantityComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);
    }

    [Fact]
    public void An_owners_figure_still_meets_a_figure_that_names_the_owner()
    {
        var sa = Source("a.txt", "Tuilagi took four wickets for 77 runs on the final day.");
        var sb = Source("b.txt", "Tuilagi's five wickets for 77 runs kept the hosts in the contest on the final day.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "four wickets", Quantity.Of(4, "wicket") with { Counted = "wickets" })]),
            (sb, [QuantityAt(sb, "five wickets", Quantity.Of(5, "wicket") with { Counted = "wickets" })]));

        Assert.Contains(new QuantityComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);
    }

    [Theory]
    [InlineData("Brandvold made 38 saves in the win.", "38 saves", "brandvold")]
    [InlineData("Haataja finished with 26 saves for the visitors.", "26 saves", "haataja")]
    [InlineData("Goaltender Tove Brandvold, 24, made 38 saves in the win.", "38 saves", "brandvold")] // past an age aside
    [InlineData("Brandvold, who won the title two years ago, made 38 saves in the win.", "38 saves", "brandvold")] // past a clause on who she is
    [InlineData("Marsh, who won the title two years ago, struck 17 winners in the final.", "17 winners", "marsh")] // a player's shots
    [InlineData("Dunmore hit 23 winners to Marsh's 17.", "23 winners", "dunmore")]
    [InlineData("The keeper, who joined from Brandvold, made 38 saves in the win.", "38 saves", null)] // a name inside the clause is not its subject
    [InlineData("The goalkeeper made 38 saves in the win.", "38 saves", null)] // no name
    [InlineData("Police made 14 arrests after the match.", "14 arrests", "police")]
    [InlineData("Officers made 14 arrests after the match.", "14 arrests", null)] // a role
    [InlineData("Brandvold, who made 38 saves, was named the most valuable player.", "38 saves", null)] // no name right before the verb
    [InlineData("Team-mate Dana Kovacs chipped in with 19 saves, while the visitors tired.", "19 saves", "kovacs")] // a short phrase ending in "with"
    [InlineData("Captain Ilse Varga led all keepers with 24 saves.", "24 saves", "varga")]
    [InlineData("The Harriers finished the regular season on 49 saves.", "49 saves", "harriers")] // "on" after a verb of standing
    [InlineData("The Harriers won on 49 saves.", "49 saves", null)] // "on" after another verb
    [InlineData("The title went to the Norwegian, who ended the season on 412 saves.", "412 saves", "norwegian")] // the name before "who"
    [InlineData("Vidal, last year's overall champion, ended the season on 374 saves.", "374 saves", "vidal")] // past a short description
    [InlineData("In the end, the keeper finished the season on 374 saves.", "374 saves", null)] // no name before the comma
    [InlineData("Vidal, who was champion last year and again led the standings for most of the summer, ended the season on 374 saves.", "374 saves", null)] // no short description
    [InlineData("Crews from Dunmore tackled the blaze with 60 saves.", "60 saves", null)] // a name after a preposition is a place
    [InlineData("Varga said they won with 24 saves.", "24 saves", null)] // past a verb of saying
    public void Reads_the_player_a_tally_is_told_of(string text, string figure, string? player)
    {
        var source = Source("a.txt", text);

        Assert.Equal(player, FigureOwner.PlayerOf(QuantityAt(source, figure, Quantity.Of(1, "save") with { Counted = "saves" })));
    }

    [Theory]
    [InlineData("Velde needed six stitches to a cut above his eye.", false)] // the other fighter
    [InlineData("Arnott needed six stitches to a cut above his eye.", true)] // the same one
    public void A_tally_of_one_person_in_a_sentence_naming_another_is_still_that_person_s(string other, bool conflict)
    {
        var sa = Source("a.txt", "Velde came back in the last rounds and left Arnott needing two stitches in his lip.");
        var sb = Source("b.txt", other);
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "two stitches", Quantity.Of(2, "stitch") with { Counted = "stitches" })]),
            (sb, [QuantityAt(sb, "six stitches", Quantity.Of(6, "stitch") with { Counted = "stitches" })]));

        Assert.Equal(conflict, new QuantityComparer().Compare(cluster).Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("Haataja finished with 26 saves for the visitors.", false)] // another goaltender
    [InlineData("Brandvold finished with 26 saves.", true)] // the same one, told otherwise
    [InlineData("The Wolves goaltender made 26 saves.", true)] // no name: may be the same
    public void Two_players_tallies_are_two_facts(string other, bool conflict)
    {
        var sa = Source("a.txt", "Brandvold made 38 saves as the Kestrels held on.");
        var sb = Source("b.txt", other);
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "38 saves", Quantity.Of(38, "save") with { Counted = "saves" })]),
            (sb, [QuantityAt(sb, "26 saves", Quantity.Of(26, "save") with { Counted = "saves" })]));

        Assert.Equal(conflict, new QuantityComparer().Compare(cluster).Any(f => f.Kind == FindingKind.Conflict));
    }
}
