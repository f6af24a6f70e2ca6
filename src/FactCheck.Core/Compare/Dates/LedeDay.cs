using FactCheck.Core.Normalize.Dates;

namespace FactCheck.Core.Compare.Dates;

/// <summary>
/// The day a report leads with: the one day of the first of its sentences that gives a day, when that sentence is among
/// its first few ("Fourteen office workers spent two hours trapped in a stalled elevator on Tuesday morning …"). A news
/// report opens with its story's happening, so two reports' lead days are likely one happening's, however differently
/// their sentences tell it ("A geared traction elevator … stalled between the 18th and 19th floors yesterday morning").
/// </summary>
internal static partial class LedeDay
{
    // How far into a report its lead may stand: a headline, a dateline or a standfirst may come first.
    private const int LeadSentences = 4;

    /// <summary>The claims of <paramref name="claims"/> that give their report's lead day; none of a report whose first such sentence gives two days.</summary>
    public static HashSet<DateClaim> Of(IEnumerable<DateClaim> claims) =>
        // A headline ("Foxes' Saturday game moved after storm rips roof") is no lead: it ends without a full stop.
        claims.Where(c => c.Resolved is { IsSingleDay: true } && EndsAsSentence(c.Sentence.Text))
            .GroupBy(c => c.SourceId, StringComparer.Ordinal)
            .SelectMany(Lead)
            .ToHashSet();

    // How many days apart two reports' lead days may be to count as one story's: a report of the next day's news leads
    // with a day or two later, one of another story (a cluster may hold two) with any.
    private const int LeadDaysApart = 3;

    /// <summary>Whether two lead days are near enough to be one story's.</summary>
    public static bool Near(DateClaim a, DateClaim b) => Math.Abs(a.Resolved!.Start.DayNumber - b.Resolved!.Start.DayNumber) <= LeadDaysApart;

    // "Fire investigators spent Wednesday picking through the roof, a day after a fire forced workers out": a lead told as
    // some time after the happening gives a later day than the happening's.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:a|an|the|one|two|three|four|five|six|several|few|\d+)\s+(?:full\s+)?(?:days?|hours?|weeks?|morning|night|evening)\s+after\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TimeAfter();

    private static bool EndsAsSentence(string text) => text.AsSpan().TrimEnd().TrimEnd("\"'”’)") is [.., '.' or '!' or '?'];

    private static IEnumerable<DateClaim> Lead(IEnumerable<DateClaim> days)
    {
        var list = days.ToList();
        var first = list.Min(c => c.Sentence.Index);
        var lead = list.Where(c => c.Sentence.Index == first).ToList();
        return first < LeadSentences && lead.Select(c => c.Resolved!.Start).Distinct().Count() == 1 && !TimeAfter().IsMatch(lead[0].Sentence.Text) ? lead : [];
    }
}
