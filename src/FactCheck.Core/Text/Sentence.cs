namespace FactCheck.Core.Text;

/// <summary>
/// A sentence of a source: its span in the source text and its display text
/// (the span with runs of white space folded to one space).
/// </summary>
public sealed record Sentence(int Index, TextSpan Span, string Text);
