using FactCheck.Core.Claims;

namespace FactCheck.Core.Compare;

/// <summary>What the comparison of one fact across sources concluded.</summary>
public enum FindingKind
{
    Conflict,
    Agreement,
    SingleSource,
}

/// <summary>How much a finding matters to a reader; ordered so that a larger value is worse.</summary>
public enum Severity
{
    Low,
    Medium,
    High,
}

/// <summary>One word of a word-level diff: kept, removed (only the first side has it) or added.</summary>
public sealed record DiffPiece(DiffOp Op, string Text);

/// <summary>The operation a <see cref="DiffPiece"/> stands for.</summary>
public enum DiffOp
{
    Same,
    Removed,
    Added,
}

/// <summary>
/// A finding: a conflict, an agreement or a single-source claim, with the claims behind it.
/// <see cref="Type"/> is open-ended ("numeric", "date", "quote-wording", "attribution", "outcome",
/// "channel", "derived"), as the report contract allows.
/// </summary>
public sealed record Finding(FindingKind Kind, string Type, Severity Severity, string Summary, IReadOnlyList<Claim> Claims)
{
    /// <summary>"F1", "F2", …; assigned by the pipeline once findings are in their final order.</summary>
    public string Id { get; init; } = "";

    /// <summary>A sentence or two on why, such as the arithmetic behind a derived finding.</summary>
    public string? Explanation { get; init; }

    /// <summary>For wording conflicts, the word-level diff from the first claim to the second.</summary>
    public IReadOnlyList<DiffPiece>? Diff { get; init; }

    /// <summary>The distinct sources the finding's claims come from.</summary>
    public IReadOnlyList<string> SourceIds => Claims.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).ToList();
}
