using FactCheck.Core.Load;

namespace FactCheck.Tests.Load;

/// <summary>Bylines: which lines are one, and which outlet each names.</summary>
public sealed class BylineReaderTests
{
    [Theory]
    [InlineData("By Jane Doe, Example Wire Service", "Example Wire Service")]
    [InlineData("By Jane Doe and John Roe | The Example Herald", "The Example Herald")]
    [InlineData("By J. R. Doe-Smith, Example Press Writer", "Example Press")]
    [InlineData("By Ana Maria de la Cruz, Senior Political Correspondent, The Example Times", "The Example Times")]
    [InlineData("BY JANE DOE, EXAMPLE POST", "EXAMPLE POST")]
    public void A_byline_names_its_outlet(string line, string outlet) =>
        Assert.Equal(outlet, BylineReader.Parse(line)?.Outlet);

    [Fact]
    public void A_byline_with_its_date_names_its_outlet_and_leaves_the_date_to_the_dateline()
    {
        var byline = BylineReader.Parse("By Jane Doe | Example Herald | June 18, 2026");

        Assert.Equal(new BylineReader.Byline("Example Herald", Dated: true), byline);
    }

    [Theory]
    [InlineData("KOSTEL, Oct 5 (Tidewater Wire) - Estravia's alliance won Sunday's election.", "Tidewater Wire")]
    [InlineData("SANTERRE, Corvalla Valley (TPA) — Three people have died in the fire.", "TPA")]
    [InlineData("PORT ELLIS, 14 March (Example News) – The ferry sank.", "Example News")]
    [InlineData("The company (Veltrano Motors) - said on Tuesday it would recall cars.", null)]
    [InlineData("KOSTEL - Estravia's alliance (NHA) won Sunday's election.", null)]
    public void A_wire_dateline_names_its_outlet(string paragraph, string? outlet) =>
        Assert.Equal(outlet, WireDatelineReader.Outlet(paragraph));

    [Theory]
    [InlineData("By Jane Doe, Staff Writer")]
    [InlineData("By Jane Doe")]
    public void A_byline_with_a_role_alone_names_no_outlet(string line)
    {
        var byline = BylineReader.Parse(line);

        Assert.NotNull(byline);
        Assert.Null(byline.Outlet);
    }

    [Theory]
    [InlineData("By Tuesday, the queue had grown to 52 ships.")]
    [InlineData("By June, prices had doubled")]
    [InlineData("By then, 40 ships were waiting")]
    [InlineData("By Jane Doe, 12 May 2025, updated")]
    [InlineData("Written by Jane Doe, Example Post")]
    public void A_sentence_is_no_byline(string line) => Assert.Null(BylineReader.Parse(line));
}
