using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Quantities;

/// <summary>A quantity found in a text: the whole expression's span ("about 26,700 square kilometers") and what it states.</summary>
public sealed record QuantityMention(TextSpan Span, Quantity Quantity);
