using FactCheck.Core.Normalize.Quotes;

namespace FactCheck.Tests.Quotes;

/// <summary>Quotation marks found by <see cref="QuoteScanner"/>, one case a line in Cases/scanner.jsonl.</summary>
public sealed class QuoteScannerTests
{
    public static TheoryData<string> Cases() => QuoteCaseFiles.Names("scanner.jsonl");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_the_quoted_passages(string name)
    {
        var c = QuoteCaseFiles.Case("scanner.jsonl", name);
        var text = c.GetProperty("text").GetString()!;
        var expected = c.GetProperty("quotes").EnumerateArray().Select(q => q.GetString()!).ToList();

        var found = QuoteScanner.Scan(text).Select(q => text.Substring(q.Inner.Start, q.Inner.Length)).ToList();

        Assert.Equal(expected, found);
    }

    [Fact]
    public void Nested_passage_is_one_level_deeper_and_inside_its_parent()
    {
        var text = "\u201cShe told me, \u2018Wait here,\u2019 and walked off,\u201d he said.";
        var found = QuoteScanner.Scan(text);

        Assert.Equal(2, found.Count);
        Assert.Equal(0, found[0].Depth);
        Assert.Equal(1, found[1].Depth);
        Assert.True(found[0].Contains(found[1]));
    }
}
