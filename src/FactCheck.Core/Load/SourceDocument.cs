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
}
