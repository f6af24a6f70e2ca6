using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace FactCheck.Llm.Configuration;

/// <summary>Values given on the command line; each one that is set wins over every other source.</summary>
public sealed record LlmOverrides(string? Endpoint = null, string? Model = null, string? CacheDir = null, bool NoCache = false);

/// <summary>
/// Merges the LLM settings, later sources winning: appsettings.json beside the binary, appsettings.json
/// in the working folder, environment variables (FACTCHECK_LLM__MODEL, …; the key also from
/// OPENAI_API_KEY), then the command line. Keys live under the "Llm" section.
/// </summary>
public static class LlmSettingsLoader
{
    public const string Section = "Llm";
    public const string EnvironmentPrefix = "FACTCHECK_";

    public static LlmSettings Load(LlmOverrides overrides, string workingFolder, string binaryFolder, IReadOnlyDictionary<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var builder = new ConfigurationBuilder();
        foreach (var folder in new[] { binaryFolder, workingFolder }.Distinct(StringComparer.Ordinal))
        {
            var file = Path.Combine(folder, "appsettings.json");
            if (File.Exists(file))
            {
                builder.AddJsonFile(file, optional: true, reloadOnChange: false);
            }
        }

        if (environment is null)
        {
            builder.AddEnvironmentVariables(EnvironmentPrefix);
        }
        else
        {
            // Tests hand in their own environment so they never read the machine's.
            builder.AddInMemoryCollection(environment
                .Where(p => p.Key.StartsWith(EnvironmentPrefix, StringComparison.OrdinalIgnoreCase))
                .Select(p => new KeyValuePair<string, string?>(p.Key[EnvironmentPrefix.Length..].Replace("__", ":", StringComparison.Ordinal), p.Value)));
        }

        var section = builder.Build().GetSection(Section);
        var defaults = new LlmSettings();
        var apiKey = section["ApiKey"];
        if (string.IsNullOrEmpty(apiKey))
        {
            apiKey = environment is null ? Environment.GetEnvironmentVariable("OPENAI_API_KEY") : environment.GetValueOrDefault("OPENAI_API_KEY");
        }

        return new LlmSettings
        {
            Endpoint = ParseUri(overrides.Endpoint ?? section["Endpoint"]),
            Model = overrides.Model ?? NullIfEmpty(section["Model"]),
            ApiKey = NullIfEmpty(apiKey),
            AzureApiVersion = NullIfEmpty(section["AzureApiVersion"]),
            ResponseFormat = section.GetValue("ResponseFormat", defaults.ResponseFormat),
            Temperature = section["Temperature"] is { } t ? (t.Trim().Length == 0 ? null : float.Parse(t, CultureInfo.InvariantCulture)) : defaults.Temperature,
            MaxOutputTokens = section.GetValue("MaxOutputTokens", defaults.MaxOutputTokens),
            Timeout = Seconds(section, "TimeoutSeconds", defaults.Timeout),
            MaxRetries = section.GetValue("MaxRetries", defaults.MaxRetries),
            RetryBaseDelay = Seconds(section, "RetryBaseDelaySeconds", defaults.RetryBaseDelay),
            MaxRetryAfter = Seconds(section, "MaxRetryAfterSeconds", defaults.MaxRetryAfter),
            BreakAfterFailures = Math.Max(0, section.GetValue("BreakAfterFailures", defaults.BreakAfterFailures)),
            MaxConcurrency = Math.Max(1, section.GetValue("MaxConcurrency", defaults.MaxConcurrency)),
            CacheDir = overrides.CacheDir ?? NullIfEmpty(section["CacheDir"]) ?? defaults.CacheDir,
            NoCache = overrides.NoCache || section.GetValue("NoCache", false),
            PromptsDir = NullIfEmpty(section["PromptsDir"]),
            MaxArticleChars = section.GetValue("MaxArticleChars", defaults.MaxArticleChars),
            MaxClaimsPerCall = Math.Max(1, section.GetValue("MaxClaimsPerCall", defaults.MaxClaimsPerCall)),
        };
    }

    private static TimeSpan Seconds(IConfiguration section, string key, TimeSpan fallback) =>
        double.TryParse(section[key], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 ? TimeSpan.FromSeconds(s) : fallback;

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static Uri? ParseUri(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        if (!Uri.TryCreate(s.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new FormatException($"LLM endpoint '{s}' is not an http(s) address");
        }

        // The SDK appends "chat/completions" to the base; without a trailing slash the last segment would be replaced.
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri + "/");
    }
}
