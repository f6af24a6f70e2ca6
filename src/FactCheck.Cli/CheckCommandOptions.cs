using FactCheck.Core.Compare;

namespace FactCheck.Cli;

/// <summary>The report formats the CLI writes.</summary>
public enum ReportFormat
{
    Markdown,
    Json,
}

/// <summary>What the command line asked for, parsed and validated; the only thing handed to the runner.</summary>
public sealed record CheckCommandOptions
{
    public required string Path { get; init; }

    public bool CompareSources { get; init; } = true;

    public ReportFormat Format { get; init; } = ReportFormat.Markdown;

    public string? Output { get; init; }

    public IReadOnlyList<string> Include { get; init; } = [];

    public IReadOnlyList<string> Exclude { get; init; } = [];

    public Severity? FailOn { get; init; }

    public long? MaxFileSize { get; init; }

    public bool Verbose { get; init; }

    public LlmCommandOptions Llm { get; init; } = LlmCommandOptions.RulesOnly;
}
