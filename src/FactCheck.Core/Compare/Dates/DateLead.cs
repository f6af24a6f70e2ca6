using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Dates;

/// <summary>Where the words that lead up to a date end in its sentence, past an "on" ("said on Monday", "up from 25 on Wednesday").</summary>
internal static class DateLead
{
    /// <summary>The sentence's text and the offset the leading words end at; null when the date's place in it is unknown.</summary>
    public static (string Text, int End)? Of(DateClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var text = claim.Sentence.Text;
        var at = claim.Span.Start - claim.Sentence.Span.Start;
        if (at < 0 || at > text.Length)
        {
            return null;
        }

        return (text, TextScan.PreviousWord(text, at) is { Word: "on" } on ? on.Start : at);
    }
}
