using System.Collections.Concurrent;
using System.Text.Json;
using FactCheck.Core.Canonicalize;
using FactCheck.Core.Claims;
using FactCheck.Core.Normalize;
using FactCheck.Llm.Client;
using FactCheck.Llm.Prompts;
using Microsoft.Extensions.AI;
using Polly.Timeout;

namespace FactCheck.Llm.Canonicalize;

/// <summary>What the canonicalizer sends with each request besides the prompt.</summary>
public sealed record CanonicalizerOptions(string Model, float? Temperature = 0, int MaxOutputTokens = 4096, int MaxArticleChars = 24_000, int MaxClaimsPerCall = 40);

/// <summary>
/// The LLM canonicalize stage: one call per article, holding all its claims (split only past <see cref="CanonicalizerOptions.MaxClaimsPerCall"/>). Each claim whose answer
/// passes <see cref="CanonicalAnswer.Read"/> gets <see cref="Claim.Canonical"/>; every other claim —
/// and every claim of an article whose call failed or whose answer was malformed — goes on unchanged,
/// as the rule path left it, and is counted as fallen back with a warning. The stage never adds or
/// removes claims, so the article text cannot talk it into hiding a finding.
/// </summary>
public sealed class LlmClaimCanonicalizer(IChatClient client, PromptSet prompts, CanonicalizerOptions options, UsageMeter meter, ILlmProgress? progress = null)
    : IClaimCanonicalizer
{
    private readonly ConcurrentBag<(string Source, int Order, string Message)> _warnings = [];
    private int _warningOrder;
    private int _claimsSeen;

    /// <summary>Claims handed to the stage so far (fallen back or not).</summary>
    public int ClaimsSeen => Volatile.Read(ref _claimsSeen);

    /// <summary>The problems met so far, by source then in the order met: deterministic whatever the call order.</summary>
    public IReadOnlyList<string> Warnings =>
        [.. _warnings.OrderBy(w => w.Source, StringComparer.Ordinal).ThenBy(w => w.Order).Select(w => w.Message)];

    public async Task<IReadOnlyList<Claim>> CanonicalizeAsync(AnalyzedSource source, IReadOnlyList<Claim> claims, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(claims);
        if (claims.Count == 0)
        {
            // Nothing to align: no call, no cost.
            return claims;
        }

        Interlocked.Add(ref _claimsSeen, claims.Count);

        // Usually one batch per article; a very long article is split so that no answer outgrows the output limit.
        var batches = claims.Chunk(Math.Max(1, options.MaxClaimsPerCall)).ToList();
        var results = await Task.WhenAll(batches.Select(b => CanonicalizeBatchAsync(source, b, batches.Count > 1, cancellationToken))).ConfigureAwait(false);

        var fellBack = results.Sum(r => r.FellBack);
        foreach (var warning in results.SelectMany(r => r.Warnings))
        {
            _warnings.Add((source.Id, Interlocked.Increment(ref _warningOrder), warning));
        }

        meter.CountFellBack(fellBack);
        progress?.ArticleDone(source.Id, claims.Count, fellBack, results.All(r => r.FromCache));
        return [.. results.SelectMany(r => r.Claims)];
    }

    private async Task<BatchResult> CanonicalizeBatchAsync(AnalyzedSource source, IReadOnlyList<Claim> claims, bool split, CancellationToken cancellationToken)
    {
        var which = split ? $"{source.Id} (claims \"{Shorten(claims[0].Text)}\"…)" : source.Id;
        ChatResponse response;
        try
        {
            response = await client.GetResponseAsync(Messages(source, claims), ChatOptions(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OutOfMemoryException)
        {
            return new(claims, claims.Count, false, [$"{which}: LLM call failed ({Describe(e)}); its {claims.Count} claim(s) keep the rule-based form"]);
        }

        var answer = CanonicalAnswer.Read(response.Text, claims);
        var fromCache = response.AdditionalProperties?.ContainsKey(CachingChatClient.CacheHitKey) == true;
        if (answer.Malformed)
        {
            return new(claims, claims.Count, fromCache, [$"{which}: malformed LLM answer ({answer.Problems[0]}); its {claims.Count} claim(s) keep the rule-based form"]);
        }

        return new(
            [.. claims.Select((c, i) => answer.Forms.TryGetValue(i, out var form) ? c with { Canonical = form } : c)],
            claims.Count - answer.Forms.Count,
            fromCache,
            [.. answer.Problems.Select(p => $"{which}: {p}")]);
    }

    /// <summary>The full conversation for one article: instructions, worked examples, then the article as data.</summary>
    internal List<ChatMessage> Messages(AnalyzedSource source, IReadOnlyList<Claim> claims)
    {
        var messages = new List<ChatMessage>
        {
            // The schema is in the prompt too, for servers that only offer plain JSON mode.
            new(ChatRole.System, prompts.System + "\n\nThe answer must match this JSON schema:\n" + JsonSerializer.Serialize(prompts.Schema)),
        };
        foreach (var example in prompts.Examples)
        {
            messages.Add(new(ChatRole.User, example.Request));
            messages.Add(new(ChatRole.Assistant, example.Answer));
        }

        messages.Add(new(ChatRole.User, CanonicalRequest.Build(source, claims, options.MaxArticleChars)));
        return messages;
    }

    private ChatOptions ChatOptions() => new()
    {
        ModelId = options.Model,
        Temperature = options.Temperature,
        MaxOutputTokens = options.MaxOutputTokens,
        ResponseFormat = ChatResponseFormat.ForJsonSchema(prompts.Schema, "canonical_claims", "Canonical forms of the claims of one article."),
        AdditionalProperties = new() { [CachingChatClient.PromptVersionKey] = prompts.Version },
    };

    private static string Describe(Exception e) => e switch
    {
        LlmHttpException h => h.Message,
        TimeoutRejectedException => "timed out",
        LlmCircuitOpenException => "skipped: the server kept failing",
        HttpRequestException => "no connection",
        _ => e.GetType().Name,
    };

    private static string Shorten(string s) => s.Length > 30 ? s[..30] : s;

    /// <summary>One batch's outcome: its claims (canonical where accepted), how many fell back, and what went wrong.</summary>
    private sealed record BatchResult(IReadOnlyList<Claim> Claims, int FellBack, bool FromCache, IReadOnlyList<string> Warnings);
}
