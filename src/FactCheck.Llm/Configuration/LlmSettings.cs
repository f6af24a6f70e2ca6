using System.Text;

namespace FactCheck.Llm.Configuration;

/// <summary>How the server is asked for JSON: a strict schema, a plain JSON object, or the schema first and plain JSON if the server refuses it.</summary>
public enum ResponseFormatMode
{
    Auto,
    JsonSchema,
    JsonObject,
}

/// <summary>
/// Everything the LLM stage needs to know, after appsettings.json, environment variables and
/// the command line have been merged. <see cref="ApiKey"/> never appears in <see cref="object.ToString"/>.
/// </summary>
public sealed record LlmSettings
{
    /// <summary>The OpenAI API's own address, used when no endpoint is configured.</summary>
    public static readonly Uri OpenAiEndpoint = new("https://api.openai.com/v1/");

    /// <summary>Base address of an OpenAI-compatible API ("…/v1/"); null means OpenAI itself.</summary>
    public Uri? Endpoint { get; init; }

    /// <summary>Model (or Azure deployment) name sent with each request.</summary>
    public string? Model { get; init; }

    /// <summary>Secret. Read from configuration or OPENAI_API_KEY; never printed, logged or reported.</summary>
    public string? ApiKey { get; init; }

    /// <summary>When set, requests carry ?api-version=… and the key goes in an "api-key" header (classic Azure OpenAI deployment URLs).</summary>
    public string? AzureApiVersion { get; init; }

    public ResponseFormatMode ResponseFormat { get; init; } = ResponseFormatMode.Auto;

    /// <summary>Sampling temperature; null sends none (some reasoning models accept only their default).</summary>
    public float? Temperature { get; init; } = 0;

    /// <summary>Upper bound on the answer's length, in tokens.</summary>
    public int MaxOutputTokens { get; init; } = 4096;

    /// <summary>Time allowed for one HTTP call before it is abandoned (and retried).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after the first attempt, for 429, 5xx, network failures and timeouts.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First back-off delay; later ones grow exponentially (with jitter) unless the server sends Retry-After.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A Retry-After longer than this is cut to it, so one server's whim cannot stall the run.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>After this many calls in a row have failed (after retries), the rest of the run makes no more calls; 0 never stops.</summary>
    public int BreakAfterFailures { get; init; } = 3;

    /// <summary>Calls in flight at once.</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>Folder of the SQLite response cache.</summary>
    public string CacheDir { get; init; } = ".factcheck-cache";

    public bool NoCache { get; init; }

    /// <summary>Folder holding the prompt files; null looks in ./prompts and beside the binary, then uses the built-in copy.</summary>
    public string? PromptsDir { get; init; }

    /// <summary>Claims sent in one call; an article with more is split into several calls, so no answer outgrows <see cref="MaxOutputTokens"/>.</summary>
    public int MaxClaimsPerCall { get; init; } = 40;

    /// <summary>Article text longer than this is cut before it is sent (the claims' sentences are always sent whole).</summary>
    public int MaxArticleChars { get; init; } = 24_000;

    public Uri EffectiveEndpoint => Endpoint ?? OpenAiEndpoint;

    private bool PrintMembers(StringBuilder builder)
    {
        // The key is left out on purpose: records print every property by default.
        builder.Append("Endpoint = ").Append(EffectiveEndpoint)
            .Append(", Model = ").Append(Model)
            .Append(", ApiKey = ").Append(string.IsNullOrEmpty(ApiKey) ? "(none)" : "(set)")
            .Append(", ResponseFormat = ").Append(ResponseFormat)
            .Append(", Timeout = ").Append(Timeout)
            .Append(", MaxRetries = ").Append(MaxRetries)
            .Append(", BreakAfterFailures = ").Append(BreakAfterFailures)
            .Append(", MaxConcurrency = ").Append(MaxConcurrency)
            .Append(", CacheDir = ").Append(CacheDir)
            .Append(", NoCache = ").Append(NoCache);
        return true;
    }
}
