using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FactCheck.Core.Align;
using FactCheck.Core.Canonicalize;
using FactCheck.Core.Claims;
using FactCheck.Core.Compare;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Quantities;
using FactCheck.Core.Pipeline;
using FactCheck.Core.Report;
using FactCheck.Core.Text;
using FactCheck.Llm;
using FactCheck.Llm.Configuration;
using FactCheck.Llm.Prompts;

namespace FactCheck.Tests.Llm;

/// <summary>
/// Hand-made material for the LLM stage's tests: sources, a tiny number extractor and a comparer
/// standing in for the real ones (the rule extractors are written elsewhere), settings with short
/// timeouts, and a way to run the whole pipeline with the LLM stage in it.
/// </summary>
public static partial class LlmTestKit
{
    public const string Model = "fake-model";
    public const string ApiKey = "sk-test-DO-NOT-PRINT-7f3a9";

    public static AnalyzedSource Source(string id, string text) =>
        AnalyzedSource.Analyze(SourceDocument.FromPlainText(id, text, new SourceMetadata(null, null, new DateOnly(2031, 3, 4), null)));

    /// <summary>Claims of <paramref name="source"/> as the stand-in extractor finds them.</summary>
    public static IReadOnlyList<Claim> Claims(AnalyzedSource source) => [.. new NumberExtractor().Extract(source, [])];

    /// <summary>
    /// Short back-off, so failures cost milliseconds. The per-call timeout is generous because the test
    /// machine may be busy (a starved first call must not time out); the hang test sets its own.
    /// </summary>
    public static LlmSettings Settings(Uri endpoint, string cacheDir, bool noCache = false) => new()
    {
        Endpoint = endpoint,
        Model = Model,
        ApiKey = ApiKey,
        Timeout = TimeSpan.FromSeconds(5),
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryAfter = TimeSpan.FromSeconds(2),
        MaxConcurrency = 2,
        CacheDir = cacheDir,
        NoCache = noCache,
    };

    public static LoadResult Articles(params (string Id, string Text)[] articles) =>
        new([.. articles.Select(a => SourceDocument.FromPlainText(a.Id, a.Text, new SourceMetadata(null, null, new DateOnly(2031, 3, 4), null)))], []);

    /// <summary>The pipeline with the stand-in extractor and comparer and the given canonicalize stage; all sources in one cluster.</summary>
    public static FactChecker Checker(IClaimCanonicalizer canonicalizer, string mode) =>
        new([new NumberExtractor()], canonicalizer, new SourceClusterer(0), [new AlignedValueComparer()], mode);

    /// <summary>One `--mode llm` run, as a fresh process would do it: a new stage over the same cache folder.</summary>
    public static async Task<CheckReport> RunLlmAsync(LlmSettings settings, LoadResult load, FactCheck.Llm.Canonicalize.ILlmProgress? progress = null)
    {
        using var stage = LlmStage.Create(settings, PromptSet.BuiltIn(), progress);
        var report = await Checker(stage.Canonicalizer, "llm").CheckAsync(load).ConfigureAwait(false);
        return stage.Complete(report);
    }

    public static Task<CheckReport> RunRulesAsync(LoadResult load) => Checker(new RuleCanonicalizer(), "rules").CheckAsync(load);

    /// <summary>The findings as plain text lines, for comparing runs.</summary>
    public static IReadOnlyList<string> FindingLines(CheckReport report) =>
        [.. (report.Findings ?? []).Select(f => $"{f.Kind} {f.Type} {f.Severity}: {string.Join(" / ", f.Claims.Select(c => c.Id + "=" + c.Describe()))}")];

    /// <summary>The JSON report without its LLM usage block, which is the one part meant to differ between runs.</summary>
    public static string JsonWithoutUsage(CheckReport report)
    {
        var node = JsonNode.Parse(JsonReportWriter.Write(report))!;
        node["summary"]!.AsObject().Remove("llm");
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    public static string TempFolder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "factcheck-llm-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    [GeneratedRegex(@"\b([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)? ([A-Za-z]+)")]
    private static partial Regex NumberThenNoun();

    /// <summary>Stand-in for the real quantity extractor: a number and the word after it ("1,000 prisoners").</summary>
    private sealed class NumberExtractor : IClaimExtractor
    {
        public IEnumerable<Claim> Extract(AnalyzedSource source, IReadOnlyList<Claim> earlier)
        {
            foreach (Match m in NumberThenNoun().Matches(source.Text))
            {
                var span = new TextSpan(m.Index, m.Index + m.Length);
                if (source.Sentences.FirstOrDefault(s => s.Span.Contains(span)) is not { } sentence)
                {
                    continue;
                }

                var value = decimal.Parse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
                yield return new QuantityClaim
                {
                    SourceId = source.Id,
                    Span = span,
                    Text = m.Value,
                    Sentence = sentence,
                    Quantity = Quantity.Of(value, m.Groups[2].Value.ToLowerInvariant().TrimEnd('s')),
                };
            }
        }
    }

    /// <summary>
    /// Stand-in comparer: two quantities from different sources are about the same thing when their
    /// units match or, if both have one, their canonical topics match — canonical forms only add
    /// alignment. Equal values agree; different values conflict.
    /// </summary>
    private sealed class AlignedValueComparer : IClaimComparer
    {
        public IEnumerable<Finding> Compare(Cluster cluster)
        {
            var quantities = cluster.ClaimsOf<QuantityClaim>().ToList();
            for (var i = 0; i < quantities.Count; i++)
            {
                for (var j = i + 1; j < quantities.Count; j++)
                {
                    var (a, b) = (quantities[i], quantities[j]);
                    if (a.SourceId == b.SourceId || !Aligned(a, b))
                    {
                        continue;
                    }

                    yield return a.Quantity.Low == b.Quantity.Low
                        ? new Finding(FindingKind.Agreement, "numeric", Severity.Low, $"{a.Quantity} agreed", [a, b])
                        : new Finding(FindingKind.Conflict, "numeric", Severity.High, $"{a.Quantity} vs {b.Quantity}", [a, b]);
                }
            }
        }

        private static bool Aligned(QuantityClaim a, QuantityClaim b) =>
            a.Quantity.Unit == b.Quantity.Unit
            || CanonicalKey.SameTopic(a.Canonical, b.Canonical);
    }
}
