using FactCheck.Core.Align;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// The calendar period a figure is given for: the nearest date of a month or longer beside it in its sentence
/// ("revenue of €2.3bn last year" is last year's, "revenue of €2.1 billion in 2024" is 2024's). Figures of periods
/// that do not overlap are not one fact; a figure with no such date beside it may be of any period.
/// </summary>
internal sealed class FigurePeriods
{
    // How far, in characters, a period may stand from its figure.
    private const int Reach = 60;

    private readonly Dictionary<(string SourceId, int Sentence), List<DateClaim>> _periods;

    public FigurePeriods(Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        _periods = cluster.ClaimsOf<DateClaim>()
            .Where(d => d.Resolved is { Precision: >= DatePrecision.Month } && d.Bound == DateBound.None)
            .GroupBy(d => (d.SourceId, d.Sentence.Index))
            .ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>The period of <paramref name="figure"/>, or null when no date of a month or longer stands near it.</summary>
    public CalendarDate? Of(QuantityClaim figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (!_periods.TryGetValue((figure.SourceId, figure.Sentence.Index), out var dates))
        {
            return null;
        }

        DateClaim? nearest = null;
        var best = int.MaxValue;
        foreach (var d in dates)
        {
            var gap = Math.Max(d.Span.Start - figure.Span.End, figure.Span.Start - d.Span.End);
            if (gap <= Reach && gap < best)
            {
                (nearest, best) = (d, gap);
            }
        }

        return nearest?.Resolved;
    }

    /// <summary>Whether two figures' periods let them be one fact: both unknown or one unknown, or overlapping.</summary>
    public static bool Compatible(CalendarDate? a, CalendarDate? b) => a is null || b is null || a.Overlaps(b);
}
