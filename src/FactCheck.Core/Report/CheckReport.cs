using FactCheck.Core.Claims;
using FactCheck.Core.Compare;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;

namespace FactCheck.Core.Report;

/// <summary>A source as the report shows it: the analyzed source, its cluster, and whether it stood apart.</summary>
public sealed record ReportedSource(AnalyzedSource Source, string Cluster, bool StandsApart, int ClaimCount);

/// <summary>Counters of the optional LLM stage, shown in the report's summary.</summary>
public sealed record LlmUsage(int Calls, int CacheHits, long InputTokens, long OutputTokens, int FellBack);

/// <summary>
/// Everything a run found, in final order, ready for any writer. Writers only render it.
/// <see cref="Findings"/> is null for `extract`, which compares nothing.
/// </summary>
public sealed record CheckReport(
    string Mode,
    IReadOnlyList<ReportedSource> Sources,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Finding>? Findings,
    IReadOnlyList<SkippedFile> Skipped,
    IReadOnlyList<string> Warnings)
{
    public LlmUsage? Usage { get; init; }

    /// <summary>Who is who in each cluster: one entity and the names its sources give it (speakers of quotations).</summary>
    public IReadOnlyList<AliasEntry> Aliases { get; init; } = [];

    public AnalyzedSource SourceOf(Claim claim) => Sources.First(s => s.Source.Id == claim.SourceId).Source;

    /// <summary>The highest severity among conflicts, or null when there is none.</summary>
    public Severity? WorstConflict =>
        Findings?.Where(f => f.Kind == FindingKind.Conflict).Select(f => (Severity?)f.Severity).DefaultIfEmpty(null).Max();
}
