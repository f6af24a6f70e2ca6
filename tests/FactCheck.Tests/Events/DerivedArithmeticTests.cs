using System.Globalization;
using FactCheck.Core.Compare.Events;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Events;

namespace FactCheck.Tests.Events;

/// <summary>The arithmetic behind derived time findings: which ordinal year or age a start date allows on a given day.</summary>
public sealed class DerivedArithmeticTests
{
    [Theory]
    [InlineData("OrdinalYear", "2022-02", "2025-07-01", 4, 4)]
    [InlineData("OrdinalYear", "2022-02", "2024-07-01", 3, 3)]
    [InlineData("OrdinalYear", "2022-02", "2025-02-15", 3, 4)] // within the start month: either
    [InlineData("OrdinalYear", "2022-02-24", "2022-02-24", 1, 1)]
    [InlineData("Age", "1950", "2025-05-01", 74, 75)]
    [InlineData("Age", "1950-06-10", "2025-06-09", 74, 74)]
    [InlineData("Age", "1950-06-10", "2025-06-10", 75, 75)]
    public void Derives_the_range(string kind, string start, string asOf, int low, int high)
    {
        var range = DerivedTimeComparer.Derive(Enum.Parse<ElapsedKind>(kind), Period(start), DateOnly.Parse(asOf, CultureInfo.InvariantCulture));
        Assert.Equal((low, high), range);
    }

    private static CalendarDate Period(string iso)
    {
        var parts = iso.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return parts.Length switch
        {
            1 => CalendarDate.Year(parts[0]),
            2 => CalendarDate.Month(parts[0], parts[1]),
            _ => CalendarDate.Day(parts[0], parts[1], parts[2]),
        };
    }
}
