using FactCheck.Core.Load;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize;

/// <summary>A source split into sentences, ready for the extractors.</summary>
public sealed record AnalyzedSource(SourceDocument Document, IReadOnlyList<Sentence> Sentences, LineIndex Lines)
{
    public string Id => Document.Id;

    public string Text => Document.Text;

    public DateOnly? Published => Document.Metadata.Published;

    public static AnalyzedSource Analyze(SourceDocument document) =>
        new(document, SentenceSplitter.Split(document.Text), new LineIndex(document.RawText));
}
