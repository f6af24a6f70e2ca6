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
