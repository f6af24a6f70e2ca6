using FactCheck.Core.Claims;
using FactCheck.Core.Compare.Quantities;
using FactCheck.Core.Data;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Dates;

/// <summary>
/// The day still to come from which something begins to apply: "will be prohibited from Friday, July 24", "the restrictions
/// take effect on Tuesday, July 21", "drivers will start paying from Monday, April 13". Reports of one story that each name
/// a single such day name the same one, however little else their sentences share.
/// </summary>
internal static class OnsetDay
{
    private static readonly HashSet<string> Cues = Lexicon.Set("date-onset-cues");

    private static readonly IReadOnlySet<string> Weekdays = DateVocabulary.Instance.FullWeekdayNames;

    /// <summary>
    /// The claims of <paramref name="claims"/> that are their report's only onset day: a single day after the report's
    /// publication with a cue of <c>date-onset-cues</c> just before it. A weekday and the date beside it are one day.
    /// </summary>
    public static HashSet<DateClaim> SoleOf(IEnumerable<DateClaim> claims, IReadOnlyDictionary<string, DateOnly?> published) =>
        claims.Where(c => Is(c, published.GetValueOrDefault(c.SourceId)))
            .GroupBy(c => c.SourceId, StringComparer.Ordinal)
            .Where(g => g.Select(c => c.Resolved!.Start).Distinct().Count() == 1)
            .SelectMany(g => g)
            .ToHashSet();

    private static bool Is(DateClaim claim, DateOnly? published)
    {
        if (published is not { } p || claim.Resolved is not { IsSingleDay: true } day || day.Start <= p || ClaimPlace.In(claim) is var at && at < 0)
        {
            return false;
        }

        // The word right before the day, past "on" and a weekday beside the date ("from Monday, April 13"), must be the cue:
        // "takes effect after the Easter holidays" names no day it starts on.
        var text = claim.Sentence.Text;
        while (PreviousWord(text, at) is { } w)
        {
            if (!Weekdays.Contains(w.Word) && w.Word != "on")
            {
                return Cues.Contains(w.Word);
            }

            at = w.Start;
        }

        return false;
    }

    /// <summary>The word before <paramref name="end"/>, past spaces and commas, lower case; null at any other mark.</summary>
    private static (int Start, int End, string Word)? PreviousWord(string text, int end)
    {
        while (end > 0 && text[end - 1] is ' ' or ',')
        {
            end--;
        }

        return TextScan.PreviousWord(text, end);
    }
}
