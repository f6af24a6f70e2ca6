using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Dates;

/// <summary>
/// Whether a date is a day a state still held ("two workers remained in serious condition on Wednesday morning", "the
/// road was still closed on Friday"): a state that held on one day may have held on the day another report gives it,
/// so such a day is no rival to another date; what the state was is the state comparer's to judge.
/// </summary>
internal static class StillDay
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Persisting = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "remained", "remains", "remain", "still", "stayed", "stays", "stay",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // How many words before the date its clause is read for a word of persisting.
    private const int Reach = 10;

    public static bool Of(DateClaim claim)
    {
        if (DateLead.Of(claim) is not var (text, end))
        {
            return false;
        }

        // Back through what stands between words ("St. Mary's"), not past the clause's edge.
        return !EndOfState(text, end) && TextScan.WordBeforeInClause(text, end, Reach, Persisting, ",;:");
    }

    /// <summary>
    /// Whether the date right after <paramref name="end"/> is when the state ends ("will stay closed until at least Friday"):
    /// the day it is due to end, one report's rival to another's ("until at least Saturday"), not a day it still held.
    /// </summary>
    private static bool EndOfState(string text, int end)
    {
        var before = TextScan.PreviousWord(text, end);
        if (before is { Word: "least" or "earliest" } hedge && TextScan.PreviousWord(text, hedge.Start) is { Word: "at" } at)
        {
            before = TextScan.PreviousWord(text, at.Start); // "until at least Friday"
        }

        return before is { Word: "until" or "till" or "til" };
    }
}
