namespace FactCheck.Core.Load;

/// <summary>Which files under a folder to read, and the largest one worth reading.</summary>
public sealed record LoadOptions
{
    public static readonly IReadOnlyList<string> DefaultIncludes = ["**/*.txt", "**/*.md", "**/*.markdown", "**/*.html", "**/*.htm"];

    /// <summary>Glob patterns relative to the folder; a file must match one.</summary>
    public IReadOnlyList<string> Include { get; init; } = DefaultIncludes;

    /// <summary>Glob patterns relative to the folder; a file matching one is not read.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Files larger than this many bytes are skipped with a message that gives their size.</summary>
    public long MaxFileSize { get; init; } = 10 * 1024 * 1024;
}
