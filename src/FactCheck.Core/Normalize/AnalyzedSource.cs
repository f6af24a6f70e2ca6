using FactCheck.Core.Load;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize;

/// <summary>
/// A source split into sentences, ready for the extractors. The sentences and the line index are
/// worked out when first asked for: a source whose claims and clustering terms come from the
/// cache never needs its sentences, and only sources cited in the report need their lines.
/// </summary>
public sealed class AnalyzedSource
{
    private readonly Lazy<IReadOnlyList<Sentence>> _sentences;
    private readonly Lazy<LineIndex> _lines;

    private AnalyzedSource(SourceDocument document)
    {
        Document = document;
        // Publication, not a lock: threads that ask at once (report pieces written in parallel) each
        // work the value out rather than wait, and all get the first one made; it is the same either way.
        _sentences = new(() => SentenceSplitter.Split(document.Text), LazyThreadSafetyMode.PublicationOnly);
        _lines = new(() => new LineIndex(document.RawText), LazyThreadSafetyMode.PublicationOnly);
    }

    public SourceDocument Document { get; }

    public IReadOnlyList<Sentence> Sentences => _sentences.Value;

    public LineIndex Lines => _lines.Value;

    public string Id => Document.Id;

    public string Text => Document.Text;

    public DateOnly? Published => Document.Metadata.Published;

    public static AnalyzedSource Analyze(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(document);
    }
}
