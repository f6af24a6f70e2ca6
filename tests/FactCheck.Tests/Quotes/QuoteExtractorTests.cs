using FactCheck.Core.Normalize.Quotes;

namespace FactCheck.Tests.Quotes;

/// <summary>Quotations, speakers, forms and channels extracted from invented text, one case a line in Cases/extraction.jsonl.</summary>
public sealed class QuoteExtractorTests
{
    public static TheoryData<string> Cases() => QuoteCaseFiles.Names("extraction.jsonl");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extracts_quote_speaker_and_channel(string name)
    {
        var c = QuoteCaseFiles.Case("extraction.jsonl", name);
        var (_, claims) = QuoteCaseFiles.Extract("case.txt", c.GetProperty("text").GetString()!);
        var expected = c.GetProperty("expect").EnumerateArray().ToList();

        Assert.Equal(expected.Count, claims.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var e = expected[i];
            var claim = claims[i];
            Assert.Equal(QuoteCaseFiles.Text(e, "quote"), claim.Words);
            Check(QuoteCaseFiles.Text(e, "speaker"), claim.Speaker?.Display, "speaker");
            Check(QuoteCaseFiles.Text(e, "role"), claim.Speaker?.Role, "role");
            Check(QuoteCaseFiles.Text(e, "form"), claim.Form.ToString().ToLowerInvariant(), "form");
            Check(QuoteCaseFiles.Text(e, "channel"), claim.Channel?.Kind, "channel");
            Check(QuoteCaseFiles.Text(e, "detail"), claim.Channel?.Detail, "channel detail");
            Check(QuoteCaseFiles.Text(e, "target"), claim.Target, "target");
            Check(QuoteCaseFiles.Text(e, "targetOwner"), claim.TargetOwner, "target owner");
        }
    }

    [Fact]
    public void Claim_text_is_the_span_with_its_marks_and_the_sentence_holds_the_opening_mark()
    {
        const string text = "The vote was close. \u201cWe won fairly,\u201d Ada Kerr said. Then she left.";
        var (source, claims) = QuoteCaseFiles.Extract("a.txt", text);

        var claim = Assert.Single(claims);
        Assert.Equal(text.Substring(claim.Span.Start, claim.Span.Length), claim.Text);
        Assert.StartsWith("\u201C", claim.Text, StringComparison.Ordinal);
        Assert.True(claim.Sentence.Span.Start <= claim.Span.Start && claim.Span.Start < claim.Sentence.Span.End);
        Assert.Contains(source.Sentences, s => s == claim.Sentence);
    }

    [Fact]
    public void Report_fields_carry_speaker_and_quote()
    {
        var (_, claims) = QuoteCaseFiles.Extract("a.txt", "\u201cWe won fairly,\u201d party leader Ada Kerr told reporters.");
        var fields = Assert.Single(claims).ReportFields().ToDictionary(p => p.Key, p => p.Value);

        Assert.Equal("Ada Kerr", fields["speaker"]);
        Assert.Equal("We won fairly", fields["quote"]);
        Assert.Equal("reporters", fields["channel"]);
        Assert.Equal('u', claims[0].IdPrefix);
    }

    private static void Check(string? expected, string? actual, string what)
    {
        if (expected == "-")
        {
            Assert.True(actual is null, $"{what}: expected none, got '{actual}'"); // "-" in a case file: nothing at all
        }
        else if (expected is not null)
        {
            Assert.True(string.Equals(expected, actual, StringComparison.Ordinal), $"{what}: expected '{expected}', got '{actual ?? "null"}'");
        }
    }
}
