using FactCheck.Core.Normalize.Dates;

namespace FactCheck.Core.Compare.Dates;

/// <summary>
/// Whether a date is a day a state still held ("two workers remained in serious condition on Wednesday morning", "the
/// road was still closed on Friday"): a state that held on one day may have held on the day another report gives it,
/// so such a day is no rival to another date; what the state was is the state comparer's to judge.
/// </summary>
internal static class StillDay
{
    private static readonly HashSet<string> Persisting = new(StringComparer.Ordinal)
    {
        "remained", "remains", "remain", "still", "stayed", "stays", "stay",
    };

    // How many words before the date its clause is read for a word of persisting.
    private const int Reach = 10;

    public static bool Of(DateClaim claim)
    {
        if (DateLead.Of(claim) is not var (text, end))
        {
            return false;
        }

        var at = end;
        for (var k = 0; k < Reach; k++)
        {
            // Back over what stands between two words ("St. Mary's"), but not over a clause's edge.
            while (at > 0 && !char.IsLetter(text[at - 1]))
            {
                if (text[at - 1] is ',' or ';' or ':')
                {
                    return false;
                }

                at--;
            }

            var start = at;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (start == at)
            {
                return false;
            }

            if (Persisting.Contains(text[start..at].ToLowerInvariant()))
            {
                return true;
            }

            at = start;
        }

        return false;
    }
}
