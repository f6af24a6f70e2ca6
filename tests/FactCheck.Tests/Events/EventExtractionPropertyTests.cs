using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Events;
using FsCheck;
using FsCheck.Fluent;

namespace FactCheck.Tests.Events;

/// <summary>Extraction on arbitrary text never throws, and every claim's span lies inside the text and holds its Text.</summary>
public sealed class EventExtractionPropertyTests
{
    // Words that drive the rules (event words, ordinals, cues, dates, outcomes) mixed with punctuation,
    // so that generated text reaches deep into the extractor rather than stopping at the first check.
    private static readonly string[] Vocabulary =
    [
        "met", "again", "on", "in", "at", "June", "2", "May", "16,", "2025", "the", "second", "third", "round", "rounds",
        "of", "talks", "with", "resulting", "a", "prisoner", "swap", "no", "injuries", "were", "injured", "vote", "passed",
        "61-38", "will", "rule", "ruled", "Monday", "denied", "that", "took", "place", "now", "its", "year", "began",
        "February", "war", "aged", "81", "born", "1950", "Geneva", "Varga", "—", ",", ".", ";", "(", ")", "\n", "\u201C",
        "remains", "soldiers'", "ceasefire", "failed", "to", "strike", "an", "81-year-old", "since",
    ];

    [Fact]
    public void Arbitrary_strings_never_throw_and_spans_stay_inside()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => Holds(text ?? "")).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Word_soup_never_throws_and_spans_stay_inside()
    {
        var soup = Gen.Elements(Vocabulary).ListOf().Select(words => string.Join(" ", words));
        Prop.ForAll(soup.ToArbitrary(), Holds).QuickCheckThrowOnFailure();
    }

    private static bool Holds(string text)
    {
        foreach (var published in new DateOnly?[] { null, new DateOnly(2025, 7, 1) })
        {
            var doc = SourceDocument.FromPlainText("p.txt", text, new SourceMetadata(null, null, published, null));
            var source = AnalyzedSource.Analyze(doc);
            foreach (var claim in new EventExtractor().Extract(source, []).Cast<EventClaim>())
            {
                if (claim.Span.Start < 0 || claim.Span.End > text.Length || claim.Span.Length <= 0 || claim.Span.Of(text) != claim.Text ||
                    !claim.Sentence.Span.Contains(claim.Span))
                {
                    return false;
                }

                _ = claim.Describe();
                _ = claim.ReportFields().ToList();
            }
        }

        return true;
    }
}
