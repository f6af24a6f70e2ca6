namespace FactCheck.Core.Load;

/// <summary>What the loader knows about a source beyond its text.</summary>
public sealed record SourceMetadata(string? Title, string? Outlet, DateOnly? Published, string? Url)
{
    public static SourceMetadata Empty { get; } = new(null, null, null, null);
}

/// <summary>
/// One article as loaded. <see cref="Text"/> is the analysis view: exactly as long as
/// <see cref="RawText"/>, with markup, front matter and boilerplate blanked to spaces
/// (newlines kept), so that every offset found in it is also an offset in the original file.
/// </summary>
public sealed record SourceDocument(
    string Id,
    string Path,
    string RawText,
    string Text,
    SourceMetadata Metadata,
    IReadOnlyList<Text.TextSpan> Boilerplate)
{
    /// <summary>A source whose view is its raw text (plain text with nothing set aside).</summary>
    public static SourceDocument FromPlainText(string id, string text, SourceMetadata? metadata = null) =>
        new(id, id, text, text, metadata ?? SourceMetadata.Empty, []);
}

/// <summary>A file the loader could not use, and why, in words a user understands.</summary>
public sealed record SkippedFile(string Path, string Reason);

/// <summary>The loader's whole answer: what it read and what it set aside.</summary>
public sealed record LoadResult(IReadOnlyList<SourceDocument> Sources, IReadOnlyList<SkippedFile> Skipped)
{
    /// <summary>Non-fatal problems ("a.md: line 3: malformed front matter…"), each naming its file.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>
    /// The <see cref="Warnings"/> that came from walking the folder (the first ones); each source's
    /// own follow in source order, <see cref="SourceWarnings"/>.
    /// </summary>
    public int WalkWarnings { get; init; }

    /// <summary>Each source's document key (<see cref="DocumentCacheKey"/>), one per source in <see cref="Sources"/>' order; empty without a cache.</summary>
    public IReadOnlyList<string> SourceKeys { get; init; } = [];

    /// <summary>Each source's own warnings, one list per source in <see cref="Sources"/>' order (empty when not told).</summary>
    public IReadOnlyList<IReadOnlyList<string>> SourceWarnings { get; init; } = [];

    /// <summary>
    /// Files left unread because the caller knew their document key already (<see cref="FolderLoader.LoadExcept"/>),
    /// in file order; they are in neither <see cref="Sources"/> nor <see cref="Skipped"/>.
    /// </summary>
    public IReadOnlyList<KnownFile> Known { get; init; } = [];
}

/// <summary>A file whose bytes gave a document key the caller already knew: its id and that key.</summary>
public sealed record KnownFile(string Id, string Key);
