namespace FactCheck.Core.Load;

/// <summary>How a file's text is marked up, which decides how its analysis view is built.</summary>
public enum SourceFormat
{
    /// <summary>Plain text; scraped articles often carry Markdown in it, so it is read as such.</summary>
    PlainText,

    Markdown,

    Html,
}
