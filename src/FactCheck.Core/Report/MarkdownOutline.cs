using FactCheck.Core.Compare;
using FactCheck.Core.Load;

namespace FactCheck.Core.Report;

/// <summary>
/// A check report as the Markdown writer puts it together: pieces of rendered text that each
/// depend on one source or one finding only, and the few counts and names that tie them together
/// (clusters, finding ids, the summary). A re-run that kept the pieces of what did not change can
/// put the same report together again without the articles behind them.
/// </summary>
public sealed record MarkdownOutline(
    string Mode,
    IReadOnlyList<OutlinedSource> Sources,
    IReadOnlyList<OutlinedFinding> Findings,
    IReadOnlyList<SkippedFile> Skipped,
    IReadOnlyList<string> Warnings)
{
    public LlmUsage? Usage { get; init; }

    /// <summary>The highest severity among conflicts, or null when there is none.</summary>
    public Severity? WorstConflict =>
        Findings.Where(f => f.Piece.Kind == FindingKind.Conflict).Select(f => (Severity?)f.Piece.Severity).DefaultIfEmpty(null).Max();
}

/// <summary>A finding's id ("F3") and its rendered piece.</summary>
public sealed record OutlinedFinding(string Id, FindingPiece Piece);

/// <summary>A source's row of the sources table, its cluster, and whether it stood apart.</summary>
public sealed record OutlinedSource(SourcePiece Piece, string Cluster, bool StandsApart);

/// <summary>
/// What the report shows of one source whatever its cluster: the first cells of its table row
/// ("| file | outlet | title | published"), its line among the sources that stood apart, and its
/// its claim count, and its claims counted per <see cref="Claims.ClaimKind"/> (index = the kind's value).
/// </summary>
public sealed record SourcePiece(string Id, string Cells, string Apart, int ClaimCount, IReadOnlyList<int> ClaimsByKind);

/// <summary>
/// One finding rendered without its id (<see cref="Utf8"/>, the UTF-8 text that follows the id),
/// with what orders it among the report's findings (<see cref="FindingOrder"/>).
/// </summary>
public sealed record FindingPiece(FindingKind Kind, Severity Severity, string Type, string FirstSourceId, int FirstStart, string Summary, ReadOnlyMemory<byte> Utf8)
{
    public FindingSortKey SortKey => new(Kind, Severity, Type, FirstSourceId, FirstStart, Summary);
}
