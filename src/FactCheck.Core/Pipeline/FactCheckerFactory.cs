using FactCheck.Core.Align;
using FactCheck.Core.Canonicalize;
using FactCheck.Core.Compare;
using FactCheck.Core.Compare.Dates;
using FactCheck.Core.Compare.Events;
using FactCheck.Core.Compare.Quantities;
using FactCheck.Core.Compare.Quotes;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Events;
using FactCheck.Core.Normalize.Quantities;
using FactCheck.Core.Normalize.Quotes;

namespace FactCheck.Core.Pipeline;

/// <summary>The composition root of the rule-only pipeline: which extractors and comparers run, in which order.</summary>
public static class FactCheckerFactory
{
    /// <summary>Extractors in run order; later ones may read the claims of earlier ones.</summary>
    public static IReadOnlyList<IClaimExtractor> RuleExtractors() =>
    [
        new QuantityExtractor(),
        new DateExtractor(),
        new QuoteExtractor(),
        // Events last: they read the quantities and dates found before them.
        new EventExtractor(),
    ];

    public static IReadOnlyList<IClaimComparer> Comparers() =>
    [
        new QuantityComparer(),
        new DateComparer(),
        new QuoteWordingComparer(),
        new AttributionComparer(),
        new ChannelComparer(),
        new EventOutcomeComparer(),
        new EventStatusComparer(),
        new DerivedTimeComparer(),
    ];

    public static FactChecker CreateRules() =>
        new(RuleExtractors(), new RuleCanonicalizer(), new SourceClusterer(), Comparers());

    /// <summary>
    /// Runs the rule extractors over a short made-up article on a thread of the pool, and returns
    /// at once. The first extraction of a process pays for the extractors' word lists, patterns and
    /// code; started while files are still being read and built, that cost runs beside the loader
    /// instead of after it. Callers drop what it finds (the task's claims are there for tests); a
    /// failure in it gives no claims and is otherwise ignored: the real run meets the same code
    /// again and reports any error there.
    /// </summary>
    public static Task<IReadOnlyList<Claims.Claim>> WarmUpExtractors() =>
        Task.Run(() =>
        {
            var found = new List<Claims.Claim>();
            try
            {
                var source = AnalyzedSource.Analyze(Load.SourceDocument.FromPlainText("warm-up.txt", WarmUpText, new Load.SourceMetadata(null, null, new DateOnly(2025, 3, 14), null)));
                foreach (var extractor in RuleExtractors())
                {
                    found.AddRange(extractor.Extract(source, found));
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                found.Clear();
            }

            return (IReadOnlyList<Claims.Claim>)found;
        });

    // Invented text with a little of everything the extractors read: counts with units, a weekday
    // and a full date, a quotation with its speaker, talks with an outcome.
    private const string WarmUpText =
        "Harbour talks end with a ferry deal\n\n" +
        "On Monday, 10 March 2025, about 40 delegates met in Port Arlen for the second round of talks. " +
        "“We agreed to reopen the ferry within 3 weeks,” the transport minister, Ana Okafor, said on Tuesday. " +
        "The talks ended with an agreement to carry 1,200 passengers a day, 15% more than last year.\n";

    /// <summary>A pipeline whose canonicalize stage is <paramref name="canonicalizer"/> (the LLM one, say).</summary>
    public static FactChecker Create(IClaimCanonicalizer canonicalizer, string mode) =>
        new(RuleExtractors(), canonicalizer, new SourceClusterer(), Comparers(), mode);
}
