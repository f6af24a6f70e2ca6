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
        return TextScan.WordBeforeInClause(text, end, Reach, Persisting, ",;:");
    }
}
