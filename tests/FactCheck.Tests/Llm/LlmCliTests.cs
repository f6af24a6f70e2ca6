using System.Text.Json;
using System.Text.Json.Nodes;
using FactCheck.Cli;

namespace FactCheck.Tests.Llm;

/// <summary>The LLM options of the command line and a whole `factcheck check --mode llm` against the fake server.</summary>
public sealed class LlmCliTests : IDisposable
{
    private readonly string _articles = LlmTestKit.TempFolder();
    private readonly string _cache = LlmTestKit.TempFolder();

    public LlmCliTests()
    {
        File.WriteAllText(Path.Combine(_articles, "a.txt"), "Northland and Southmark agreed to swap 1,000 prisoners each on Tuesday at the Varden crossing.\n");
        File.WriteAllText(Path.Combine(_articles, "b.txt"), "Officials at the Varden crossing said 1,000 captives would be exchanged on Tuesday.\n");
    }

    public void Dispose()
    {
        Directory.Delete(_articles, recursive: true);
        Directory.Delete(_cache, recursive: true);
    }

    [Fact]
    public async Task Rules_is_the_default_mode()
    {
        var options = await ParseAsync("check", _articles);

        Assert.Equal(AnalysisMode.Rules, options.Llm.Mode);
    }

    [Fact]
    public async Task The_llm_options_are_parsed_for_both_commands()
    {
        foreach (var command in new[] { "check", "extract" })
        {
            var options = await ParseAsync(command, _articles, "--mode", "llm", "--llm-endpoint", "http://localhost:11434/v1", "--llm-model", "llama3.1", "--cache-dir", "c", "--no-cache");

            Assert.Equal(new LlmCommandOptions { Mode = AnalysisMode.Llm, Endpoint = "http://localhost:11434/v1", Model = "llama3.1", CacheDir = "c", NoCache = true }, options.Llm);
        }
    }

    [Fact]
    public async Task Llm_mode_without_a_model_is_a_usage_error()
    {
        var (code, _, stderr) = await RunAsync("check", _articles, "--mode", "llm", "--llm-endpoint", "http://127.0.0.1:9/v1", "--cache-dir", _cache);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--llm-model", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_mode_never_calls_the_server_even_when_one_is_configured()
    {
        using var server = new FakeOpenAiServer();

        var (code, stdout, _) = await RunAsync("check", _articles, "--format", "json", "--llm-endpoint", server.Endpoint.ToString(), "--llm-model", "m");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(0, server.Calls);
        Assert.False(JsonNode.Parse(stdout)!["summary"]!.AsObject().ContainsKey("llm"));
    }

    [Fact]
    public async Task A_second_llm_run_over_the_same_folder_makes_no_calls_and_reports_the_same()
    {
        using var server = new FakeOpenAiServer();
        string[] args = ["check", _articles, "--format", "json", "--mode", "llm", "--llm-endpoint", server.Endpoint.ToString(), "--llm-model", LlmTestKit.Model, "--cache-dir", _cache];

        var first = await RunAsync(args);
        var callsAfterFirst = server.Calls;
        var second = await RunAsync(args);

        Assert.Equal(ExitCodes.Ok, first.Code);
        Assert.Equal(ExitCodes.Ok, second.Code);
        var report = JsonNode.Parse(first.Stdout)!;
        Assert.Equal("llm", (string?)report["mode"]);

        // One call per article that has claims (the rule extractors decide how many do), then none.
        var articlesWithClaims = report["sources"]!.AsArray().Count(s => (int)s!["claims"]! > 0);
        Assert.Equal(articlesWithClaims, callsAfterFirst);
        Assert.Equal(articlesWithClaims, (int)report["summary"]!["llm"]!["calls"]!);
        Assert.Equal(callsAfterFirst, server.Calls);
        Assert.Equal(0, (int)JsonNode.Parse(second.Stdout)!["summary"]!["llm"]!["calls"]!);
        Assert.Equal(WithoutUsage(first.Stdout), WithoutUsage(second.Stdout));
        Assert.Contains("factcheck: llm: 0 call(s)", second.Stderr, StringComparison.Ordinal);
    }

    private static string WithoutUsage(string json)
    {
        var node = JsonNode.Parse(json)!;
        node["summary"]!.AsObject().Remove("llm");
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static async Task<CheckCommandOptions> ParseAsync(params string[] args)
    {
        CheckCommandOptions? captured = null;
        var root = CommandLine.Build((o, _) =>
        {
            captured = o;
            return Task.FromResult(0);
        });
        Assert.Empty(root.Parse(args).Errors);
        await root.Parse(args).InvokeAsync();
        return captured!;
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var runner = new Runner(stdout, stderr);
        var code = await CommandLine.Build(runner.RunAsync).Parse(args).InvokeAsync();
        return (code, stdout.ToString(), stderr.ToString());
    }
}
