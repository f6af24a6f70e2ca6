using System.Globalization;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Normalize.Times;

/// <summary>
/// A time of day stated in a source ("the bridge gave way at 7:42 a.m."), as minutes after midnight:
/// <see cref="Low"/> to <see cref="High"/>, which may pass midnight (a range from 10 p.m. to 6 a.m. is
/// 1320 to 1800), with its hedge, open side, zone and the day the sentence gives it, if any.
/// </summary>
public sealed record TimeOfDayClaim : Claim
{
    public required int Low { get; init; }

    public required int High { get; init; }

    /// <summary>"About 3:40 a.m.": the true time may lie a little either side.</summary>
    public bool Approximate { get; init; }

    /// <summary>"Before 6 a.m.", "by noon": any earlier time fits.</summary>
    public bool OpenLow { get; init; }

    /// <summary>"After 9 p.m.": any later time fits.</summary>
    public bool OpenHigh { get; init; }

    /// <summary>"At 7:42" without a.m. or p.m.: the time may be twelve hours later.</summary>
    public bool TwelveHour { get; init; }

    public TimeRole Role { get; init; }

    /// <summary>"GMT", "EST"; null for local time.</summary>
    public string? Zone { get; init; }

    /// <summary>The day the sentence puts the time on ("at 7:42 a.m. on Tuesday"), when it gives one.</summary>
    public DateOnly? Day { get; init; }

    public override ClaimKind Kind => ClaimKind.Time;

    public override char IdPrefix => 't';

    public override IEnumerable<KeyValuePair<string, object?>> ReportFields()
    {
        yield return new("value", Low == High ? Clock(Low) : new[] { Clock(Low), Clock(High) });
        yield return new("approximate", Approximate);
        yield return new("bound", OpenLow ? "<=" : OpenHigh ? ">=" : "=");
        if (Zone is not null)
        {
            yield return new("zone", Zone);
        }

        if (Role != TimeRole.Point)
        {
            yield return new("role", Role.ToString().ToLowerInvariant());
        }

        if (TwelveHour)
        {
            yield return new("twelve_hour", true);
        }

        if (Day is { } day)
        {
            yield return new("day", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    public override string Describe()
    {
        var value = Low == High ? Clock(Low) : $"{Clock(Low)}–{Clock(High)}";
        var prefix = Approximate ? "about " : OpenLow ? "by " : OpenHigh ? "after " : "";
        return prefix + value + (Zone is null ? "" : " " + Zone);
    }

    /// <summary>"07:42" for 462 minutes; a time past midnight of a range wraps ("06:00" for 1800).</summary>
    public static string Clock(int minutes)
    {
        var m = ((minutes % (24 * 60)) + (24 * 60)) % (24 * 60);
        return string.Create(CultureInfo.InvariantCulture, $"{m / 60:00}:{m % 60:00}");
    }
}
