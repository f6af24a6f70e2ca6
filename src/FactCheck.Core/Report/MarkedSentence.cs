using FactCheck.Core.Claims;
using FactCheck.Core.Normalize;

namespace FactCheck.Core.Report;

/// <summary>
/// A claim's sentence cut in three around the claim's own words, so a writer can mark them:
/// the text before the claim, the claim, and the text after it. Raw (unescaped) text.
/// </summary>
public sealed record MarkedSentence(string Before, string Marked, string After)
{
    /// <summary>
    /// Cuts the claim's sentence out of the source's text. When the claim's span does not lie in
    /// its sentence (a claim built by hand, a source changed since), falls back to finding the
    /// claim's text in the sentence's display text, and then to the sentence with nothing marked.
    /// </summary>
    public static MarkedSentence Of(AnalyzedSource source, Claim claim)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(claim);
        var text = source.Text;
        var sentence = claim.Sentence.Span;
        var span = claim.Span;
        if (sentence.Start >= 0 && sentence.End <= text.Length && sentence.Contains(span) && span.Length > 0)
        {
            return new MarkedSentence(
                text[sentence.Start..span.Start],
                text[span.Start..span.End],
                text[span.End..sentence.End]);
        }

        var display = claim.Sentence.Text;
        var at = claim.Text.Length > 0 ? display.IndexOf(claim.Text, StringComparison.Ordinal) : -1;
        return at < 0
            ? new MarkedSentence(display, "", "")
            : new MarkedSentence(display[..at], claim.Text, display[(at + claim.Text.Length)..]);
    }

    /// <summary>
    /// The same cut with at most about <paramref name="context"/> characters kept on either side of
    /// the claim, cut at a word and marked with '…': a run-on "sentence" (a paragraph with no full
    /// stop, a list flattened from HTML) should not bury the claim in the report.
    /// </summary>
    public MarkedSentence Clipped(int context) => new(KeepEnd(Before, context), Marked, KeepStart(After, context));

    private static string KeepEnd(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.Length - max;
        while (cut < text.Length && !char.IsWhiteSpace(text[cut]))
        {
            cut++;
        }

        // No break in the last stretch: cut mid-word, but never between the halves of a surrogate pair.
        if (cut >= text.Length)
        {
            cut = text.Length - max;
            if (char.IsLowSurrogate(text[cut]))
            {
                cut++;
            }
        }

        return "…" + text[cut..];
    }

    private static string KeepStart(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max;
        while (cut > 0 && !char.IsWhiteSpace(text[cut]))
        {
            cut--;
        }

        if (cut == 0)
        {
            cut = max;
            if (char.IsLowSurrogate(text[cut]))
            {
                cut--;
            }
        }

        return text[..cut] + "…";
    }
}
