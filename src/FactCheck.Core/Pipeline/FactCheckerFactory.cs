using FactCheck.Core.Align;
using FactCheck.Core.Canonicalize;
using FactCheck.Core.Compare;
using FactCheck.Core.Compare.Dates;
using FactCheck.Core.Compare.Events;
using FactCheck.Core.Compare.Quantities;
using FactCheck.Core.Compare.Quotes;
using FactCheck.Core.Compare.Times;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Events;
using FactCheck.Core.Normalize.Quantities;
using FactCheck.Core.Normalize.Quotes;
using FactCheck.Core.Normalize.Times;

namespace FactCheck.Core.Pipeline;

/// <summary>The composition root of the rule-only pipeline: which extractors and comparers run, in which order.</summary>
public static class FactCheckerFactory
{
    /// <summary>Extractors in run order; later ones may read the claims of earlier ones.</summary>
    public static IReadOnlyList<IClaimExtractor> RuleExtractors() =>
    [
        new QuantityExtractor(),
        new DateExtractor(),
        // Times after dates: a time takes the day given beside it.
        new TimeOfDayExtractor(),
        new QuoteExtractor(),
        // Events last: they read the quantities and dates found before them.
        new EventExtractor(),
    ];

    public static IReadOnlyList<IClaimComparer> Comparers() =>
    [
        new QuantityComparer(),
        new DateComparer(),
        new TimeOfDayComparer(),
        new QuoteWordingComparer(),
        new AttributionComparer(),
        new ChannelComparer(),
        new EventOutcomeComparer(),
        new StateComparer(),
        new EventStatusComparer(),
        new DerivedTimeComparer(),
    ];

    public static FactChecker CreateRules() =>
        new(RuleExtractors(), new RuleCanonicalizer(), new SourceClusterer(), Comparers());

    /// <summary>
    /// Checks two short made-up reports of one story with the rules on a thread of the pool, and
    /// returns at once. The first check of a process pays for the extractors' and comparers' word
    /// lists, patterns and code; started while files are still being read and built, that cost runs
    /// beside the loader instead of after it. Callers drop the report (it is there for tests); a
    /// failure in it gives null and is otherwise ignored: the real run meets the same code again
    /// and reports any error there. It runs once per process, however often it is asked for.
    /// </summary>
    public static Task<Report.CheckReport?> WarmUp() => WarmingUp.Value;

    // Once per process: a second call finds the first one's task.
    private static readonly Lazy<Task<Report.CheckReport?>> WarmingUp = new(() =>
        Task.Run(async () =>
        {
            try
            {
                // Plain text: building documents as the loader does made a re-run slower in interleaved runs (its
                // start-up then runs before the extractors', which the re-run needs first).
                var published = new Load.SourceMetadata(null, null, new DateOnly(2025, 3, 14), null);
                var loaded = new Load.LoadResult(
                    [
                        Load.SourceDocument.FromPlainText("warm-up-1.txt", WarmUpText, published),
                        Load.SourceDocument.FromPlainText("warm-up-2.txt", WarmUpVariant, published),
                    ],
                    []);
                var report = await CreateRules().WithThreads(1).CheckAsync(loaded).ConfigureAwait(false);
                _ = Report.MarkdownReportWriter.Write(report);
                return report;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return null;
            }
        }));

    // Invented text with a little of everything the extractors read: counts with units, a weekday
    // and a full date, a time of day, a quotation with its speaker, talks with an outcome. The variant tells the
    // same story with another count and other words, so that the comparers have work to do.
    private const string WarmUpText =
        "Harbour talks end with a ferry deal\n\n" +
        "On Monday, 10 March 2025, about 40 delegates met in Port Arlen at 9 a.m. for the second round of talks. " +
        "“We agreed to reopen the ferry within 3 weeks,” the transport minister, Ana Okafor, said on Tuesday. " +
        "The talks ended with an agreement to carry 1,200 passengers a day, 15% more than last year.\n";

    private const string WarmUpVariant =
        "Ferry deal reached at Port Arlen harbour talks\n\n" +
        "About 45 delegates met in Port Arlen at 9 a.m. on Monday, 10 March 2025, for the second round of talks. " +
        "“We agreed to reopen the ferry within three weeks,” said Ana Okafor, the transport minister. " +
        "The talks ended with an agreement to carry 1,000 passengers a day.\n";

    /// <summary>A pipeline whose canonicalize stage is <paramref name="canonicalizer"/> (the LLM one, say).</summary>
    public static FactChecker Create(IClaimCanonicalizer canonicalizer, string mode) =>
        new(RuleExtractors(), canonicalizer, new SourceClusterer(), Comparers(), mode);
}
