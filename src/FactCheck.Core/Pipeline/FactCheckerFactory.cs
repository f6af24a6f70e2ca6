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

    /// <summary>A pipeline whose canonicalize stage is <paramref name="canonicalizer"/> (the LLM one, say).</summary>
    public static FactChecker Create(IClaimCanonicalizer canonicalizer, string mode) =>
        new(RuleExtractors(), canonicalizer, new SourceClusterer(), Comparers(), mode);
}
