using FactCheck.Core.Compare;
using FactCheck.Core.Compare.Quantities;
using FactCheck.Core.Normalize.Quantities;
using static FactCheck.Tests.Support.Fixtures;

namespace FactCheck.Tests.Compare;

/// <summary>An age is the fact of the person it is set beside: two named people's ages are two facts.</summary>
public sealed class AgeHolderTests
{
    [Theory]
    [InlineData("Captain Rosa Delany, 31, said the club had earned it.", "31", "rosa delany")]
    [InlineData("Delany, 31, lifted the cup.", "31", "delany")]
    [InlineData("The farmhouse belongs to Owen Tarrant, aged 64, and his sister.", "64", "owen tarrant")]
    [InlineData("Coach Mila Brandt (52) watched from the stand.", "52", "mila brandt")]
    [InlineData("The 22-year-old Tamsin Ollery came off the bench.", "22-year-old", "tamsin ollery")]
    [InlineData("Then 22-year-old substitute Tamsin Ollery scored twice.", "22-year-old", "tamsin ollery")]
    [InlineData("The 22-year-old was arrested on Friday.", "22-year-old", null)] // no name
    [InlineData("The 22-year-old was arrested by Sergeant Hollis.", "22-year-old", null)] // a name past a verb is not the person
    [InlineData("A 41-year-old man from Dunmore was charged.", "41-year-old", null)]
    public void Reads_the_person_an_age_is_of(string text, string figure, string? name)
    {
        var source = Source("a.txt", text);
        var holder = AgeHolder.Of(QuantityAt(source, figure, Quantity.Of(1, "age")));

        Assert.Equal(name, holder is null ? null : $"{holder.Given} {holder.Family}".Trim());
    }

    [Theory]
    [InlineData("Owen Tarrant, 58, said the flash woke him.", FindingKind.Conflict)] // the same man
    [InlineData("Tarrant, 58, said the flash woke him.", FindingKind.Conflict)] // his surname alone
    [InlineData("Helen Tarrant, 58, said the flash woke her.", FindingKind.SingleSource)] // his wife
    [InlineData("The 58-year-old Helen Tarrant said the flash woke her.", FindingKind.SingleSource)]
    public void Two_named_peoples_ages_are_two_facts(string other, FindingKind expected)
    {
        var sa = Source("a.txt", "Owen Tarrant, 55, who farms the land with his wife Helen, said the flash woke the whole house.");
        var sb = Source("b.txt", other);
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "55", Quantity.Of(55, "age"))]),
            (sb, [QuantityAt(sb, other.Contains("year-old", StringComparison.Ordinal) ? "58-year-old" : "58", Quantity.Of(58, "age"))]));

        Assert.Equal(expected, new QuantityComparer().Compare(cluster).First().Kind);
    }

    [Theory]
    [InlineData("Helen Tarrant runs the farm shop. Mrs Tarrant, 58, said the flash woke the whole house.", FindingKind.SingleSource)] // his wife, named in full before
    [InlineData("Owen Tarrant runs the farm. Mr Tarrant, 58, said the flash woke the whole house.", FindingKind.Conflict)] // the same man, named in full
    [InlineData("Owen Tarrant and Helen Tarrant run the farm. Mr Tarrant, 58, said the flash woke the whole house.", FindingKind.Conflict)] // two Tarrants: the name does not say which
    [InlineData("The farm is quiet again. Mr Tarrant, 58, said the flash woke the whole house.", FindingKind.Conflict)] // no one named in full
    public void A_surname_alone_is_the_person_its_report_names_in_full(string other, FindingKind expected)
    {
        var sa = Source("a.txt", "Owen Tarrant, 55, who farms the land, said the flash woke the whole house.");
        var sb = Source("b.txt", other);
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "55", Quantity.Of(55, "age"))]),
            (sb, [QuantityAt(sb, "58", Quantity.Of(58, "age"))]));

        Assert.Equal(expected, new QuantityComparer().Compare(cluster).First().Kind);
    }
}
