using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Times;
using FactCheck.Core.Pipeline;
using FsCheck;
using FsCheck.Fluent;

namespace FactCheck.Tests.TimesOfDay;

/// <summary>The time-of-day extractor beyond single cases: its place in the pipeline, and robustness on any text.</summary>
public sealed class TimeOfDayExtractorTests
{
    [Fact]
    public void The_rule_pipeline_reads_times_after_dates()
    {
        var extractors = FactCheckerFactory.RuleExtractors().ToList();
        var time = extractors.FindIndex(e => e is TimeOfDayExtractor);
        Assert.True(time > extractors.FindIndex(e => e is DateExtractor), "times read the dates found before them");
    }

    [Fact]
    public void Arbitrary_text_never_throws_and_every_claim_is_its_own_span()
    {
        var words = Gen.Elements("at", "about", "shortly", "before", "after", "between", "and", "from", "to", "until", "7:42", "7.42", "19:30", "0542",
            "9", "a.m.", "p.m.", "am", "pm", "AM", "noon", "midnight", "GMT", "local", "time", "(", ")", "-", "–", "on", "Monday", ".", ",", ":", "\n", "the");
        var texts = Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
            words.ListOf().Select(ws => string.Join(" ", ws)),
            words.ListOf().Select(ws => string.Concat(ws)));

        Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var source = AnalyzedSource.Analyze(SourceDocument.FromPlainText("a.txt", text, new SourceMetadata(null, null, new DateOnly(2025, 7, 1), null)));
            var dates = new DateExtractor().Extract(source, []).ToList();
            foreach (var claim in new TimeOfDayExtractor().Extract(source, dates).Cast<TimeOfDayClaim>())
            {
                if (claim.Span.Start < 0 || claim.Span.End > text.Length || claim.Span.Length <= 0 || claim.Text != text.Substring(claim.Span.Start, claim.Span.Length)
                    || claim.Low < 0 || claim.High < claim.Low || claim.High >= 2 * 24 * 60)
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }
}
