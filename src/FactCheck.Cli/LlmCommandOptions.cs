using System.CommandLine;

namespace FactCheck.Cli;

/// <summary>How claims are canonicalized: by rules only (offline, the default) or with an LLM.</summary>
public enum AnalysisMode
{
    Rules,
    Llm,
}

/// <summary>The LLM-related command-line options, parsed. In <see cref="AnalysisMode.Rules"/> the rest are ignored.</summary>
public sealed record LlmCommandOptions
{
    public static LlmCommandOptions RulesOnly { get; } = new();

    public AnalysisMode Mode { get; init; } = AnalysisMode.Rules;

    public string? Endpoint { get; init; }

    public string? Model { get; init; }

    public string? CacheDir { get; init; }

    public bool NoCache { get; init; }

    /// <summary>Adds the options to <paramref name="command"/> and returns how to read them back from a parse.</summary>
    public static Func<ParseResult, LlmCommandOptions> AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var mode = new Option<AnalysisMode>("--mode") { Description = "rules (default: offline, no network) or llm (canonicalize claims with a language model)." };
        var endpoint = new Option<string?>("--llm-endpoint") { Description = "Base URL of an OpenAI-compatible API (default: OpenAI; e.g. http://localhost:11434/v1 for Ollama)." };
        var model = new Option<string?>("--llm-model") { Description = "Model or deployment name for --mode llm." };
        var cacheDir = new Option<string?>("--cache-dir") { Description = "Folder of the tool's cache: claims of unchanged files and LLM answers are reused (default .factcheck-cache)." };
        var noCache = new Option<bool>("--no-cache") { Description = "Neither read nor write the cache (claims per file, LLM answers)." };
        foreach (var option in new Option[] { mode, endpoint, model, cacheDir, noCache })
        {
            command.Options.Add(option);
        }

        return parse => new LlmCommandOptions
        {
            Mode = parse.GetValue(mode),
            Endpoint = parse.GetValue(endpoint),
            Model = parse.GetValue(model),
            CacheDir = parse.GetValue(cacheDir),
            NoCache = parse.GetValue(noCache),
        };
    }
}
