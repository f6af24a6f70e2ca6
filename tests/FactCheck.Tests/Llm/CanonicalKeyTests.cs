using FactCheck.Core.Canonicalize;
using FactCheck.Core.Claims;

namespace FactCheck.Tests.Llm;

/// <summary>The keys comparers may group canonical forms by.</summary>
public sealed class CanonicalKeyTests
{
    [Theory]
    [InlineData("The Two Sides", "exchange", "prisoner", "prisoner", "two sides", "exchange", "prisoner", "prisoner")]
    [InlineData("two  sides,", "Exchange", "a prisoner", "PRISONER", "the two sides", "exchange", "prisoner", "prisoner")]
    [InlineData("inflation", "rise", null, "%", "Inflation", "rise", "", "%")]
    public void Forms_that_say_the_same_thing_share_a_topic(string? s1, string? p1, string? o1, string? u1, string? s2, string? p2, string? o2, string? u2)
    {
        var a = new CanonicalForm(s1, p1, o1, "2031-03-04", null, null, null) { Value = "1000", Unit = u1 };
        var b = new CanonicalForm(s2, p2, o2, null, "Varden", "officials", null) { Value = "1200", Unit = u2 };

        Assert.Equal(CanonicalKey.Topic(a), CanonicalKey.Topic(b));
    }

    [Fact]
    public void Different_objects_make_different_topics()
    {
        var a = new CanonicalForm("army", "lose", "soldier", null, null, null, null);
        var b = new CanonicalForm("army", "lose", "tank", null, null, null, null);

        Assert.NotEqual(CanonicalKey.Topic(a), CanonicalKey.Topic(b));
    }

    [Theory]
    [InlineData("prisoner", "Prisoner", true)]
    [InlineData("prisoner", "soldier", false)]
    [InlineData(null, null, false)]
    [InlineData("", " ", false)]
    public void Units_match_only_when_both_forms_name_the_same_one(string? a, string? b, bool same)
    {
        CanonicalForm Form(string? unit) => new(null, null, null, null, null, null, null) { Unit = unit };

        Assert.Equal(same, CanonicalKey.SameUnit(Form(a), Form(b)));
        Assert.False(CanonicalKey.SameUnit(Form(a), null));
    }

    [Fact]
    public void Empty_forms_share_no_topic()
    {
        var empty = new CanonicalForm(null, null, null, null, null, null, null);

        Assert.False(CanonicalKey.SameTopic(empty, empty));
        Assert.True(CanonicalKey.SameTopic(empty with { Subject = "army" }, empty with { Subject = "The Army" }));
    }

    [Theory]
    [InlineData("1000", "1000")]
    [InlineData("1,000", "1000")]
    [InlineData("4.2", "4.2")]
    [InlineData("1000-1200", null)]
    [InlineData(null, null)]
    public void Values_parse_when_they_are_one_number(string? value, string? expected)
    {
        var form = new CanonicalForm(null, null, null, null, null, null, null) { Value = value };

        Assert.Equal(expected is null ? null : decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), CanonicalKey.Value(form));
    }

    [Fact]
    public void The_report_text_shows_the_value_with_its_unit()
    {
        var form = new CanonicalForm("both sides", "exchange", "prisoner", null, null, null, "prisoner exchange") { Value = "1000", Unit = "prisoner" };

        Assert.Equal("both sides | exchange | prisoner | 1000 prisoner | prisoner exchange", form.ToString());
    }
}
