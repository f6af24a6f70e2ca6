using System.Text.Json;
using FactCheck.Llm.Configuration;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Llm;

/// <summary>Where the LLM settings come from and which source wins.</summary>
public sealed class LlmSettingsTests : IDisposable
{
    private readonly string _work = LlmTestKit.TempFolder();
    private readonly string _bin = LlmTestKit.TempFolder();

    /// <summary>Every key of appsettings.example.json, with a value unlike its default.</summary>
    public static TheoryData<string, string> Keys() => new()
    {
        { "Endpoint", "http://localhost:11434/v1" },
        { "Model", "llama3.1" },
        { "ApiKey", "sk-from-settings" },
        { "AzureApiVersion", "2024-10-21" },
        { "ResponseFormat", "JsonObject" },
        { "Temperature", "0.5" },
        { "MaxOutputTokens", "1000" },
        { "TimeoutSeconds", "5" },
        { "MaxRetries", "1" },
        { "RetryBaseDelaySeconds", "0.5" },
        { "MaxRetryAfterSeconds", "9" },
        { "BreakAfterFailures", "0" },
        { "MaxConcurrency", "2" },
        { "CacheDir", "elsewhere" },
        { "NoCache", "true" },
        { "PromptsDir", "my-prompts" },
        { "MaxArticleChars", "100" },
        { "MaxClaimsPerCall", "10" },
    };

    public void Dispose()
    {
        Directory.Delete(_work, recursive: true);
        Directory.Delete(_bin, recursive: true);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_key_is_read_from_the_environment(string key, string value)
    {
        var loaded = Load(env: new() { ["FACTCHECK_LLM__" + key.ToUpperInvariant()] = value });

        Assert.NotEqual(new LlmSettings(), loaded);
    }

    [Fact]
    public void The_example_file_documents_every_key_with_the_real_defaults()
    {
        var example = Path.Combine(SharedFolder.RepoRoot(), "appsettings.example.json");
        File.Copy(example, Path.Combine(_work, "appsettings.json"));
        using var doc = JsonDocument.Parse(File.ReadAllText(example), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });

        var loaded = Load();

        Assert.Equal(
            Keys().Select(row => (string)row[0]).Order(StringComparer.Ordinal),
            doc.RootElement.GetProperty("Llm").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(new LlmSettings { Model = "gpt-4o-mini" }, loaded);
    }

    [Fact]
    public void Later_sources_win_binary_folder_then_working_folder_then_environment_then_command_line()
    {
        File.WriteAllText(Path.Combine(_bin, "appsettings.json"), """{"Llm":{"Model":"bin","CacheDir":"bin-cache","MaxRetries":7,"Endpoint":"http://bin/v1"}}""");
        File.WriteAllText(Path.Combine(_work, "appsettings.json"), """{"Llm":{"Model":"work","CacheDir":"work-cache","Endpoint":"http://work/v1"}}""");

        var loaded = Load(new LlmOverrides(Model: "cli"), new() { ["FACTCHECK_LLM__MODEL"] = "env", ["FACTCHECK_LLM__CACHEDIR"] = "env-cache" });

        Assert.Equal("cli", loaded.Model);
        Assert.Equal("env-cache", loaded.CacheDir);
        Assert.Equal(new Uri("http://work/v1/"), loaded.Endpoint); // a trailing slash is added so the SDK keeps "/v1"
        Assert.Equal(7, loaded.MaxRetries);
    }

    [Theory]
    [InlineData(null, "sk-openai", "sk-openai")]
    [InlineData("sk-factcheck", "sk-openai", "sk-factcheck")]
    [InlineData(null, null, null)]
    public void The_key_comes_from_settings_or_OPENAI_API_KEY(string? factcheckKey, string? openAiKey, string? expected)
    {
        var env = new Dictionary<string, string?> { ["FACTCHECK_LLM__APIKEY"] = factcheckKey, ["OPENAI_API_KEY"] = openAiKey };

        var loaded = Load(env: env);

        Assert.Equal(expected, loaded.ApiKey);
        if (expected is not null)
        {
            Assert.DoesNotContain(expected, loaded.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(null, 0f)]
    [InlineData("0.7", 0.7f)]
    [InlineData("", null)]
    public void Temperature_defaults_to_zero_and_can_be_left_unsent(string? configured, float? expected)
    {
        var env = new Dictionary<string, string?>();
        if (configured is not null)
        {
            env["FACTCHECK_LLM__TEMPERATURE"] = configured;
        }

        Assert.Equal(expected, Load(env: env).Temperature);
    }

    [Theory]
    [InlineData("ftp://example.org/v1")]
    [InlineData("not a url")]
    public void A_bad_endpoint_is_refused(string endpoint) =>
        Assert.Throws<FormatException>(() => Load(new LlmOverrides(Endpoint: endpoint)));

    private LlmSettings Load(LlmOverrides? overrides = null, Dictionary<string, string?>? env = null) =>
        LlmSettingsLoader.Load(overrides ?? new LlmOverrides(), _work, _bin, env ?? []);
}
