using System.Globalization;
using FactCheck.Core.Report;
using FactCheck.Llm.Canonicalize;
using FactCheck.Llm.Client;
using FactCheck.Llm.Configuration;
using FactCheck.Llm.Prompts;
using Microsoft.Extensions.AI;

namespace FactCheck.Llm;

/// <summary>
/// The LLM canonicalize stage, composed: the canonicalizer over a chain of decorators —
/// response cache → concurrency limit → circuit breaker → retries → per-call timeout → usage counting → the
/// OpenAI-compatible adapter. Built only in `--mode llm`; the rule-only mode never creates one.
/// </summary>
public sealed class LlmStage : IDisposable
{
    private readonly IChatClient _client;
    private readonly SqliteResponseStore? _store;
    private readonly List<string> _setupWarnings = [];

    private LlmStage(LlmSettings settings, PromptSet prompts, ILlmProgress? progress, IChatClient transport)
    {
        Meter = new UsageMeter();
        IChatClient client = new UsageCountingChatClient(transport, Meter);
        client = new TimeoutChatClient(client, settings.Timeout);
        client = new RetryingChatClient(client, settings.MaxRetries, settings.RetryBaseDelay, settings.MaxRetryAfter, progress is null ? null : progress.Retrying);
        client = new CircuitBreakingChatClient(client, settings.BreakAfterFailures);
        client = new ConcurrencyLimitingChatClient(client, settings.MaxConcurrency);
        if (!settings.NoCache)
        {
            try
            {
                _store = new SqliteResponseStore(settings.CacheDir);
                client = new CachingChatClient(client, _store, Meter, shouldStore: r => !CanonicalAnswer.Read(r.Text, []).Malformed);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                // A cache that cannot be opened costs money, not correctness: run without it and say so.
                _setupWarnings.Add($"LLM response cache at {settings.CacheDir} could not be opened ({e.Message}); running without it");
            }
        }

        _client = client;
        Canonicalizer = new LlmClaimCanonicalizer(
            client,
            prompts,
            new CanonicalizerOptions(settings.Model!, settings.Temperature, settings.MaxOutputTokens, settings.MaxArticleChars, settings.MaxClaimsPerCall),
            Meter,
            progress);
    }

    public LlmClaimCanonicalizer Canonicalizer { get; }

    public UsageMeter Meter { get; }

    /// <summary>Builds the stage; <paramref name="transport"/> replaces the OpenAI adapter (tests pass a mock).</summary>
    public static LlmStage Create(LlmSettings settings, PromptSet prompts, ILlmProgress? progress = null, IChatClient? transport = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(prompts);
        if (string.IsNullOrWhiteSpace(settings.Model))
        {
            throw new ArgumentException("no LLM model configured: pass --llm-model or set Llm:Model in appsettings.json", nameof(settings));
        }

        return new LlmStage(settings, prompts, progress, transport ?? new OpenAiCompatibleChatClient(settings));
    }

    /// <summary>The report with the stage's usage counters and warnings added, and how many claims fell back.</summary>
    public CheckReport Complete(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var usage = Meter.ToUsage();
        var warnings = new List<string>(report.Warnings);
        warnings.AddRange(_setupWarnings);
        warnings.AddRange(Canonicalizer.Warnings);
        if (usage.FellBack > 0)
        {
            warnings.Add(string.Format(CultureInfo.InvariantCulture, "LLM: {0} of {1} claim(s) fell back to the rule-based form", usage.FellBack, Canonicalizer.ClaimsSeen));
        }

        return report with { Warnings = warnings, Usage = usage };
    }

    public void Dispose()
    {
        _client.Dispose();
        _store?.Dispose();
    }
}
