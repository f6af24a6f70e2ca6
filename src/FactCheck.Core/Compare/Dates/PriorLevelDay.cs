using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Dates;

/// <summary>
/// Whether a date is the day of a level a count has since moved from: "risen to 27, up from 25 on Wednesday", "up from
/// the 11 reported Tuesday morning". It dates an earlier reading of a running count, not a happening; two reports'
/// readings on two days are no rival dates of one thing.
/// </summary>
public static class PriorLevelDay
{
    // Words that may stand between the earlier level and its day: "the 11 reported Tuesday morning".
    private static readonly HashSet<string> ReadingVerbs = new(StringComparer.Ordinal) { "reported", "recorded", "announced", "confirmed", "given", "registered" };

    public static bool Of(DateClaim claim)
    {
        if (DateLead.Of(claim) is not var (text, at))
        {
            return false;
        }

        var word = TextScan.PreviousWord(text, at);
        if (word is { Word: var reading } && ReadingVerbs.Contains(reading))
        {
            at = word.Value.Start;
            word = TextScan.PreviousWord(text, at);
        }

        // The level: digits ("25", "4.2%") or a number word ("twelve").
        var end = TextScan.SkipSpacesBack(text, at);
        var start = end;
        while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || (text[start - 1] is ',' or '.' or '%' && start - 1 > 0 && char.IsAsciiDigit(text[start - 2]))))
        {
            start--;
        }

        if (start == end)
        {
            if (word is not { Word: var spelled } || !NumberWords.Cardinals.ContainsKey(spelled))
            {
                return false;
            }

            start = word.Value.Start;
        }

        var before = TextScan.PreviousWord(text, start);
        if (before is { Word: "the" })
        {
            before = TextScan.PreviousWord(text, before.Value.Start);
        }

        return before is { Word: "from" };
    }
}
