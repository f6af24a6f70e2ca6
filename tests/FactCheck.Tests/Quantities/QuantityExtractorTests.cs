using System.Diagnostics;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Quantities;
using FactCheck.Core.Pipeline;
using Xunit.Abstractions;

namespace FactCheck.Tests.Quantities;

/// <summary>The extractor as the pipeline uses it: claims carry the source, exact text, sentence and quantity.</summary>
public sealed class QuantityExtractorTests(ITestOutputHelper output)
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

    [Fact]
    public void Quantity_extractor_runs_first_in_the_rule_pipeline()
    {
        Assert.IsType<QuantityExtractor>(FactCheckerFactory.RuleExtractors()[0]);
    }

    [Fact]
    public void Reading_is_fast_enough_for_the_normalize_stage()
    {
        // About 2 MB of invented news text, numbers every few sentences. The stage target is 10 MB/s a
        // core; processor time (not wall time, the machine is shared) must show at least a tenth of
        // it, so that a debug build on a loaded machine does not make the test flaky.
        var filler = "The delegations met again after a long pause, and the mediators said the atmosphere was calm but tense. ";
        var block = Article + filler + filler + "Prices rose 5% to $14.2 million, between 20 and 30 km, in 2014, at 3 p.m., Route 66, F-16. " + filler;
        var text = string.Concat(Enumerable.Repeat(block, 2_000_000 / block.Length));
        QuantityReader.Read(block);
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var found = QuantityReader.Read(text);
        process.Refresh();
        var seconds = Math.Max((process.TotalProcessorTime - before).TotalSeconds, 1e-3);
        var mbPerSecond = text.Length / 1e6 / seconds;
        output.WriteLine($"{text.Length / 1e6:F1} MB, {found.Count} quantities, {mbPerSecond:F1} MB/s of processor time");
        Assert.True(mbPerSecond > 1, $"only {mbPerSecond:F2} MB/s");
    }
}
