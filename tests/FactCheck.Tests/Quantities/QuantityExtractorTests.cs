using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Quantities;
using FactCheck.Core.Pipeline;

namespace FactCheck.Tests.Quantities;

/// <summary>The extractor as the pipeline uses it: claims carry the source, exact text, sentence and quantity.</summary>
public sealed class QuantityExtractorTests
{
    private const string Article =
        "Northport Daily\n\nThe two cities agreed on Monday to swap 1,000 prisoners each, officials said.\n" +
        "The talks, held on May 16 at Gate 12 of the old port, also covered about 6,000 fallen soldiers' remains.\n" +
        "The province covers nearly 26,700 square kilometers, and more than 30% of it is forest.\n";

    [Fact]
    public void Claims_hold_the_exact_text_its_sentence_and_the_source()
    {
        var source = AnalyzedSource.Analyze(SourceDocument.FromPlainText("northport.txt", Article));
        var claims = new QuantityExtractor().Extract(source, []).Cast<QuantityClaim>().ToList();

        Assert.Equal(["two cities", "1,000 prisoners", "about 6,000 fallen soldiers' remains", "nearly 26,700 square kilometers", "more than 30%"], claims.Select(c => c.Text));
        foreach (var c in claims)
        {
            Assert.Equal("northport.txt", c.SourceId);
            Assert.Equal(Article.Substring(c.Span.Start, c.Span.Length), c.Text);
            Assert.True(c.Sentence.Span.Contains(new(c.Span.Start, c.Span.Start)), $"'{c.Text}' outside its sentence");
        }

        Assert.Equal("city", claims[0].Quantity.Unit);
        Assert.True(claims[1].Quantity.Each);
        Assert.Equal("remains", claims[2].Quantity.Unit);
        Assert.True(claims[2].Quantity.Approximate);
        Assert.Equal("km2", claims[3].Quantity.Unit);
        Assert.Equal(Bound.Above, claims[4].Quantity.Bound);
    }

    [Theory]
    [InlineData("Harbour Radio News team\n\nTwenty-four people have had salmonella confirmed, the council says.\n")]
    [InlineData("Harbour Radio News team.\n\nTwenty-four people have had salmonella confirmed, the council says.\n")]
    public void A_label_word_ending_the_paragraph_before_does_not_make_a_count_a_label(string article)
    {
        // "Team 24" is a label; "team" on the line above is another paragraph's word.
        var source = AnalyzedSource.Analyze(SourceDocument.FromPlainText("radio.txt", article));
        var claim = Assert.Single(new QuantityExtractor().Extract(source, []).Cast<QuantityClaim>());

        Assert.Equal("Twenty-four people", claim.Text);
        Assert.Equal(24m, claim.Quantity.Low);
    }

    [Fact]
    public void Quantity_extractor_runs_first_in_the_rule_pipeline()
    {
        Assert.IsType<QuantityExtractor>(FactCheckerFactory.RuleExtractors()[0]);
    }
}
