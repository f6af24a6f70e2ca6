using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Dates;

/// <summary>
/// Whether a date is the day something was said ("nine have been charged, police said on Monday",
/// "the minister told reporters on Tuesday") rather than the day of what is reported. A report's
/// statement day and another's day of the happening are two days of two things.
/// </summary>
public static class StatementDay
{
    // Verbs of saying that a statement's day follows: "said on Monday", "said Monday".
    private static readonly HashSet<string> SayingVerbs = new(StringComparer.Ordinal) { "said", "says", "told", "added", "stated", "insisted", "warned" };

    // Who is told: "told reporters on Tuesday".
    private static readonly HashSet<string> Audiences = new(StringComparer.Ordinal) { "reporters", "journalists", "parliament", "lawmakers", "legislators", "delegates", "supporters" };

    public static bool Of(DateClaim claim)
    {
        if (DateLead.Of(claim) is not var (text, end))
        {
            return false;
        }

        var word = TextScan.PreviousWord(text, end);

        if (word is { Word: var w } && Audiences.Contains(w))
        {
            word = TextScan.PreviousWord(text, word.Value.Start);
            return word is { Word: "told" };
        }

        if (word is { Word: var verb } && SayingVerbs.Contains(verb))
        {
            return true;
        }

        // The day before its verb, as a wire writes it: "Police on Monday said", "Furious anglers last night demanded answers".
        var after = claim.Span.End - claim.Sentence.Span.Start;
        return after > 0 && after <= text.Length && TextScan.NextWord(text, after) is { Word: var next } && (SayingVerbs.Contains(next) || CallingVerbs.Contains(next));
    }

    // Verbs of a demand or a call, told right after their day: "last night demanded answers", "on Tuesday urged calm".
    private static readonly HashSet<string> CallingVerbs = new(StringComparer.Ordinal) { "demanded", "urged", "called" };
}
