using FactCheck.Core.Load;
using FactCheck.Core.Pipeline;
using FactCheck.Core.Report;
using FactCheck.Llm;
using FactCheck.Llm.Canonicalize;
using FactCheck.Llm.Configuration;
using FactCheck.Llm.Prompts;

namespace FactCheck.Cli;

/// <summary>
/// Chooses the pipeline for the mode: the rule-only one (touches no network, reads no LLM settings)
/// or one whose canonicalize stage is the LLM. Afterwards it adds the stage's usage and warnings to the report.
/// </summary>
internal sealed class LlmSetup : IDisposable
{
    private readonly LlmStage? _stage;

    private LlmSetup(FactChecker checker, LlmStage? stage)
    {
        Checker = checker;
        _stage = stage;
    }

    public FactChecker Checker { get; }

    /// <summary>Builds the pipeline. Bad LLM settings are an <see cref="InputException"/>: a usage error, exit 2.</summary>
    public static LlmSetup Create(LlmCommandOptions options, int articles, TextWriter stderr, string? workingFolder = null)
    {
        if (options.Mode == AnalysisMode.Rules)
        {
            return new LlmSetup(FactCheckerFactory.CreateRules(), null);
        }

        var folder = workingFolder ?? Directory.GetCurrentDirectory();
        LlmSettings settings;
        PromptSet prompts;
        try
        {
            settings = LlmSettingsLoader.Load(new LlmOverrides(options.Endpoint, options.Model, options.CacheDir, options.NoCache), folder, AppContext.BaseDirectory);
            prompts = PromptSet.Load(settings.PromptsDir, folder);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or IOException or System.Text.Json.JsonException)
        {
            throw new InputException("LLM settings", e.Message);
        }

        if (string.IsNullOrWhiteSpace(settings.Model))
        {
            throw new InputException("--llm-model", "--mode llm needs a model: pass --llm-model or set Llm:Model in appsettings.json");
        }

        if (settings.Endpoint is null && string.IsNullOrEmpty(settings.ApiKey))
        {
            throw new InputException("OPENAI_API_KEY", "--mode llm against OpenAI needs an API key (OPENAI_API_KEY or Llm:ApiKey); a local server needs --llm-endpoint");
        }

        var cache = settings.NoCache ? "no cache" : $"cache {settings.CacheDir}";
        stderr.WriteLine($"factcheck: llm: {articles} article(s), model {settings.Model} at {settings.EffectiveEndpoint.GetLeftPart(UriPartial.Authority)}, {cache}");
        var stage = LlmStage.Create(settings, prompts, new StderrProgress(stderr, articles));
        return new LlmSetup(FactCheckerFactory.Create(stage.Canonicalizer, "llm"), stage);
    }

    /// <summary>The report with LLM usage and warnings; unchanged in rule-only mode.</summary>
    public CheckReport Complete(CheckReport report, TextWriter stderr)
    {
        if (_stage is null)
        {
            return report;
        }

        var completed = _stage.Complete(report);
        foreach (var warning in completed.Warnings.Skip(report.Warnings.Count))
        {
            stderr.WriteLine($"factcheck: warning: {warning}");
        }

        var u = completed.Usage!;
        stderr.WriteLine($"factcheck: llm: {u.Calls} call(s), {u.CacheHits} cache hit(s), {u.InputTokens} input + {u.OutputTokens} output tokens, {u.FellBack} claim(s) fell back");
        return completed;
    }

    public void Dispose() => _stage?.Dispose();

    /// <summary>Progress on stderr: one plain line per article when redirected, one rewritten line on a terminal.</summary>
    private sealed class StderrProgress(TextWriter stderr, int total) : ILlmProgress
    {
        private readonly bool _terminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        private readonly Lock _lock = new();
        private int _done;

        public void ArticleDone(string sourceId, int claims, int fellBack, bool fromCache)
        {
            lock (_lock)
            {
                _done++;
                var line = $"llm: {_done}/{total} {sourceId}: {claims} claim(s){(fromCache ? ", cached" : "")}{(fellBack > 0 ? $", {fellBack} fell back" : "")}";
                if (_terminal)
                {
                    stderr.Write("\r" + line.PadRight(Math.Max(line.Length, 79))[..Math.Max(line.Length, 79)] + (_done == total ? "\n" : ""));
                }
                else
                {
                    stderr.WriteLine(line);
                }
            }
        }

        public void Retrying(string reason, TimeSpan delay)
        {
            lock (_lock)
            {
                stderr.WriteLine($"{(_terminal ? "\n" : "")}llm: {reason}, retrying in {delay.TotalSeconds:0.#} s");
            }
        }
    }
}
