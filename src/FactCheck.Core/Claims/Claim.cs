using FactCheck.Core.Text;

namespace FactCheck.Core.Claims;

/// <summary>The kinds of claim the pipeline extracts; the JSON report writes them in lower case.</summary>
public enum ClaimKind
{
    Quantity,
    Date,
    Quote,
    Event,
    Time,
}

/// <summary>
/// One checkable statement found in a source: where it is and what it says.
/// Each kind of claim is a record deriving from this one, in its own feature folder.
/// </summary>
public abstract record Claim
{
    /// <summary>Unique in a report ("file.txt#q3"); assigned by the pipeline after extraction.</summary>
    public string Id { get; init; } = "";

    /// <summary>The <see cref="Load.SourceDocument.Id"/> of the source holding the claim.</summary>
    public required string SourceId { get; init; }

    /// <summary>Where the claim's text stands in the source file.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The exact text of <see cref="Span"/> in the source.</summary>
    public required string Text { get; init; }

    /// <summary>The sentence holding the claim.</summary>
    public required Sentence Sentence { get; init; }

    /// <summary>The claim in canonical form, when the canonicalize stage produced one.</summary>
    public CanonicalForm? Canonical { get; init; }

    public abstract ClaimKind Kind { get; }

    /// <summary>The letter that starts this kind's claim ids ("q" for quantities).</summary>
    public abstract char IdPrefix { get; }

    /// <summary>
    /// The kind's own fields for the JSON report (see REPORT-CONTRACT.md: value, unit,
    /// approximate, bound, speaker, and any extras), in the order they should be written.
    /// </summary>
    public abstract IEnumerable<KeyValuePair<string, object?>> ReportFields();

    /// <summary>A short human reading of the claim's value, for the Markdown report.</summary>
    public abstract string Describe();
}

/// <summary>
/// A claim rewritten into one shape (who did what to what, when, where), so that claims
/// worded differently can be aligned. Any part may be unknown.
/// </summary>
public sealed record CanonicalForm(
    string? Subject,
    string? Predicate,
    string? Object,
    string? Time,
    string? Place,
    string? Speaker,
    string? Event)
{
    /// <summary>The number the claim states, when it states one, as written in canonical digits ("1000", "3.5").</summary>
    public string? Value { get; init; }

    /// <summary>The unit or counted noun of <see cref="Value"/>, singular ("prisoner", "%", "USD").</summary>
    public string? Unit { get; init; }

    public override string ToString() =>
        string.Join(" | ", new[] { Subject, Predicate, Object, Value is null ? null : Unit is null ? Value : $"{Value} {Unit}", Time, Place, Speaker, Event }
            .Where(p => !string.IsNullOrEmpty(p)));
}
