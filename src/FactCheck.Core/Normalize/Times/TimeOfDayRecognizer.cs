using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Times;

/// <summary>What a time of day is the time of: a happening ("at 7:42 a.m."), or the end or start of a span ("until 6 a.m.", "from 10 p.m.").</summary>
public enum TimeRole
{
    Point,
    Until,
    From,

    /// <summary>The time a happening was set for, in a sentence that says it did not keep to it ("scheduled for 2 p.m., started 30 minutes late").</summary>
    Scheduled,
}

/// <summary>
/// A time of day found in a sentence, as minutes after midnight: <see cref="Low"/> to <see cref="High"/>
/// (equal for "7:42 a.m."; apart for "between 7 and 9 a.m." or "shortly before 2 a.m."), or open on
/// one side ("before 6 a.m.": <see cref="OpenLow"/>).
/// </summary>
/// <param name="Span">The time's words in the sentence, with any hedge before it.</param>
/// <param name="TwelveHour">"At 7:42" without a.m. or p.m.: the time may be twelve hours later.</param>
/// <param name="Zone">"GMT", "UTC", "EST"; null for local time, said or not.</param>
public sealed record TimeOfDayMention(TextSpan Span, int Low, int High, bool Approximate, bool OpenLow, bool OpenHigh, bool TwelveHour, TimeRole Role, string? Zone);

/// <summary>
/// Finds times of day in a sentence: "7:42 a.m.", "7.42am", "9 p.m.", "19:30", "0542 GMT", "noon",
/// "midnight", "between 7 and 9 a.m.", with the hedge or bound before them ("about", "shortly after",
/// "before", "by") and a zone after them ("local time", "GMT"). A bare "7:42" or "19:30" counts only
/// after a word that introduces a time ("at", "around", "until"...), so that scores, ratios, race times
/// and verse numbers are not read as clock times.
/// </summary>
public static partial class TimeOfDayRecognizer
{
    private const int Day = 24 * 60;

    /// <summary>
    /// How far a hedge widens a time either way: as far as the time's own precision suggests. "About 10 p.m." is
    /// 9:40 to 10:20 and "about 10:30" 10:15 to 10:45, but a reporter who writes "about 6:40" has a reading to
    /// the few minutes: 6:30 to 6:50.
    /// </summary>
    internal static int HedgeMinutes(int minutes) => (minutes % 60) switch
    {
        0 => 20,
        30 => 15,
        _ => 10,
    };

    // How far "shortly before" or "just after" reaches from the time it names.
    internal const int ShortlyMinutes = 30;

    [GeneratedRegex(
        @"(?<![\w.,:/$£€])(?:(?<h>1[0-2]|0?[1-9])(?:[:.](?<m>[0-5]\d))?\s?(?<ap>[ap])(?:\.\s?m\b\.?|m\b)" +
        @"|(?<h>[01]?\d|2[0-3]):(?<m>[0-5]\d)(?![\d:]|[.,]\d)" +
        @"|(?<h>[01]\d|2[0-3])(?<m>[0-5]\d)(?=\s?(?:GMT|UTC)\b)" +
        @"|(?<named>noon|midday|midnight)\b)" +
        @"(?:\s*\(?(?<z>local\s+time|(?:UK|British|London|Irish|Eastern|Central|Mountain|Pacific|Atlantic)\s+time|GMT|UTC|BST|CEST|CET|EEST|EET|EDT|EST|CDT|CST|MDT|MST|PDT|PST|AEDT|AEST|JST|ET|PT)\b)?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: PatternBudget.Milliseconds)]
    internal static partial Regex ClockTime();

    // "between 7 and", "from 10 to", "7-": the start of a range whose end is the time that follows.
    [GeneratedRegex(
        @"(?:\b(?<lead>between|from)\s+(?<h>\d{1,2})(?:[:.](?<m>[0-5]\d))?(?:\s?(?<ap>[ap])(?:\.\s?m\b\.?|m\b))?\s+(?:and|to|until|till)\s+" +
        @"|(?<![\w.,:])(?<h>\d{1,2})(?:[:.](?<m>[0-5]\d))?(?:\s?(?<ap>[ap])(?:\.\s?m\b\.?|m\b))?\s*[-–]\s*)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft, matchTimeoutMilliseconds: PatternBudget.Milliseconds)]
    private static partial Regex RangeStart();

    // The words before a time that make it a time of something, longest first within each meaning.
    private static readonly (string Words, Hedge Hedge)[] Lead =
    [
        ("shortly before", Hedge.ShortlyBefore), ("just before", Hedge.ShortlyBefore), ("moments before", Hedge.ShortlyBefore), ("minutes before", Hedge.ShortlyBefore), ("soon before", Hedge.ShortlyBefore),
        ("shortly after", Hedge.ShortlyAfter), ("just after", Hedge.ShortlyAfter), ("moments after", Hedge.ShortlyAfter), ("minutes after", Hedge.ShortlyAfter), ("soon after", Hedge.ShortlyAfter), ("just past", Hedge.ShortlyAfter),
        ("at about", Hedge.About), ("at around", Hedge.About), ("at approximately", Hedge.About), ("at roughly", Hedge.About), ("some time around", Hedge.About), ("sometime around", Hedge.About),
        ("around", Hedge.About), ("about", Hedge.About), ("approximately", Hedge.About), ("roughly", Hedge.About), ("circa", Hedge.About), ("near", Hedge.About),
        ("at the", Hedge.None), ("at a", Hedge.None), ("at an", Hedge.None), // "told reporters at a 14:00 press conference"
        // "Fans had to wait until 11.40pm for the ring walk", "It was not until 9pm that …": the time it happened at.
        ("wait until", Hedge.None), ("waited until", Hedge.None), ("waiting until", Hedge.None), ("wait till", Hedge.None), ("not until", Hedge.None),
        ("before", Hedge.Before), ("by", Hedge.Before), ("after", Hedge.After), ("since", Hedge.From), ("from", Hedge.From), ("until", Hedge.Until), ("till", Hedge.Until), ("at", Hedge.None),
        ("it was", Hedge.None), // "It was 22:40 on Monday when the panel fell": the time of what follows
    ];

    private enum Hedge
    {
        None,
        About,
        ShortlyBefore,
        ShortlyAfter,
        Before,
        After,
        From,
        Until,
    }

    /// <summary>The times of day in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<TimeOfDayMention> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!MayHoldTime(text))
        {
            return []; // most sentences: no digit before "m", no colon, no noon or midnight
        }

        var found = new List<TimeOfDayMention>();
        foreach (Match m in ClockTime().Matches(text))
        {
            if (AfterDeterminer(text, m.Index) && !NamesDeparture(text, m.Index + m.Length) && !AtAnOccasion(text, m.Index)
                && !NamesStartOrEnd(text, m.Index + m.Length))
            {
                continue; // "the 6.05am service", "a 9 p.m. curfew": the time names a thing, it does not date a happening
            }

            var (lead, leadStart) = LeadOf(text, m.Index);
            var named = m.Groups["named"].Success;
            var meridiem = m.Groups["ap"];
            var hour = m.Groups["h"];
            var zoneGroup = m.Groups["z"];
            var minutes = Minutes(hour, m.Groups["m"], meridiem, m.Groups["named"]);

            // "between 7 and 9 a.m.", "from 10 p.m. to 6 a.m.", "7-9 a.m.": a range that ends here.
            var range = lead is null or Hedge.None or Hedge.Until ? RangeStart().Match(text, 0, m.Index) : Match.Empty;
            var from = range.Success ? RangeFrom(range, minutes, meridiem.Success ? meridiem.Value : null) : null;
            var bare = !meridiem.Success && !named;
            if (from is null && (bare || named) && lead is null && !zoneGroup.Success)
            {
                continue; // "won 2:1", "ran 2:05", "John 3:16", "the midnight deadline": no word says this is the time of something
            }

            var twelveHour = bare && hour.Value[0] != '0' && int.Parse(hour.Value, CultureInfo.InvariantCulture) <= 12;
            var zone = ZoneOf(zoneGroup);
            if (from is { } rangeStart)
            {
                if (found.Count > 0 && found[^1].Span.End > range.Index)
                {
                    found.RemoveAt(found.Count - 1); // the range's start, read on its own first
                }

                found.Add(new TimeOfDayMention(new TextSpan(range.Index, m.Index + m.Length), rangeStart, minutes < rangeStart ? minutes + Day : minutes, false, false, false, twelveHour, TimeRole.Point, zone));
                continue;
            }

            var (low, high, openLow, openHigh, approximate, role) = Reading(minutes, lead ?? Hedge.None);
            if (role == TimeRole.Point && ScheduleNotKept(text, lead is null or Hedge.None ? m.Index : leadStart))
            {
                role = TimeRole.Scheduled;
            }

            var start = lead is null or Hedge.None ? m.Index : leadStart;
            found.Add(new TimeOfDayMention(new TextSpan(start, m.Index + m.Length), low, high, approximate, openLow, openHigh, twelveHour, role, zone));
        }

        return found;
    }

    // Searched at once (vectorized): a case-blind Contains per word walks the text once per word.
    private static readonly SearchValues<string> NamedTimes = SearchValues.Create(["noon", "midday", "midnight"], StringComparison.OrdinalIgnoreCase);

    // The pattern reads zones in any case ("0542 utc"), so the pre-check does too.
    private static readonly SearchValues<string> Zones = SearchValues.Create(["GMT", "UTC"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A cheap test that no pattern can match: a clock time needs a colon, an "m" after a digit, a named hour or a zone.</summary>
    internal static bool MayHoldTime(ReadOnlySpan<char> text) =>
        text.Contains(':') || HasDigitBeforeM(text) || text.IndexOfAny(NamedTimes) >= 0 || text.IndexOfAny(Zones) >= 0;

    private static bool HasDigitBeforeM(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAny('m', 'M'); at >= 0; at = NextM(text, at))
        {
            // "9pm", "9 p.m.", "7 p. m.": a digit within five characters before the m (digit, space, a or p, dot, space).
            if (text[Math.Max(0, at - 5)..at].IndexOfAnyInRange('0', '9') >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the time at <paramref name="at"/> is one a happening was set for ("scheduled for", "due to start at") in a
    /// sentence that says it did not keep to it ("started 30 minutes late", "behind schedule", "was delayed"): the time it
    /// took place is another, which other reports give.
    /// </summary>
    private static bool ScheduleNotKept(string text, int at)
    {
        var before = text.AsSpan(Math.Max(0, at - 40), Math.Min(at, 40));
        return ScheduledLead().IsMatch(before) && NotKept().IsMatch(text);
    }

    [GeneratedRegex(@"\b(?:scheduled|due|set|planned|timed)\b(?:\s+to\s+\w+)?\s+(?:for|at)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScheduledLead();

    [GeneratedRegex(@"\b(?:late|later than planned|behind schedule|delayed|postponed|pushed back|held up)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotKept();

    private static int NextM(ReadOnlySpan<char> text, int at)
    {
        var next = text[(at + 1)..].IndexOfAny('m', 'M');
        return next < 0 ? -1 : at + 1 + next;
    }

    private static int Minutes(Group hour, Group minute, Group meridiem, Group named)
    {
        if (named.Success)
        {
            return named.Value.Equals("midnight", StringComparison.OrdinalIgnoreCase) ? 0 : 12 * 60;
        }

        var h = int.Parse(hour.Value, CultureInfo.InvariantCulture);
        var m = minute.Success ? int.Parse(minute.Value, CultureInfo.InvariantCulture) : 0;
        return meridiem.Success ? TwelveHourClock(h, m, meridiem.Value) : (h * 60) + m;
    }

    /// <summary>Minutes after midnight of h:m a.m. or p.m.: "12 a.m." is midnight, "12 p.m." noon.</summary>
    private static int TwelveHourClock(int h, int m, string meridiem) =>
        (((h % 12) + (char.ToLowerInvariant(meridiem[0]) == 'p' ? 12 : 0)) * 60) + m;

    /// <summary>Where a range that ends at <paramref name="end"/> begins, in minutes; its a.m. or p.m. is the end's unless it says its own.</summary>
    private static int? RangeFrom(Match range, int end, string? endMeridiem)
    {
        var h = int.Parse(range.Groups["h"].Value, CultureInfo.InvariantCulture);
        var m = range.Groups["m"].Success ? int.Parse(range.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (h > 23 || (range.Groups["ap"].Success || endMeridiem is not null) && h is < 1 or > 12)
        {
            return null;
        }

        if (range.Groups["ap"].Success)
        {
            return TwelveHourClock(h, m, range.Groups["ap"].Value);
        }

        if (endMeridiem is null)
        {
            return range.Groups["lead"].Success || range.Value.Contains(':') ? (h * 60) + m : null; // "7-9" alone is no time
        }

        // "between 7 and 9 a.m." is 7 a.m.; "11-2 p.m." starts at 11 a.m., before the end.
        var sameHalf = ((h % 12) * 60) + m + (end >= 12 * 60 ? 12 * 60 : 0);
        var start = sameHalf <= end ? sameHalf : sameHalf - (12 * 60);
        return start < 0 ? start + Day : start; // "9-7:42 a.m." starts at 9 p.m. the evening before
    }

    private static (int Low, int High, bool OpenLow, bool OpenHigh, bool Approximate, TimeRole Role) Reading(int minutes, Hedge hedge) => hedge switch
    {
        Hedge.About => (minutes, minutes, false, false, true, TimeRole.Point),
        // "Shortly before midnight" is 23:30 to 24:00, kept on the day's own clock (minutes from 0 up).
        Hedge.ShortlyBefore when minutes < ShortlyMinutes => (minutes + Day - ShortlyMinutes, minutes + Day, false, false, false, TimeRole.Point),
        Hedge.ShortlyBefore => (minutes - ShortlyMinutes, minutes, false, false, false, TimeRole.Point),
        Hedge.ShortlyAfter => (minutes, minutes + ShortlyMinutes, false, false, false, TimeRole.Point),
        Hedge.Before => (minutes, minutes, true, false, false, TimeRole.Point),
        Hedge.After => (minutes, minutes, false, true, false, TimeRole.Point),
        Hedge.From => (minutes, minutes, false, false, false, TimeRole.From),
        Hedge.Until => (minutes, minutes, false, false, false, TimeRole.Until),
        _ => (minutes, minutes, false, false, false, TimeRole.Point),
    };

    /// <summary>The hedge or cue word(s) right before <paramref name="at"/>, and where they start.</summary>
    private static (Hedge? Hedge, int Start) LeadOf(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        if (end == at)
        {
            return (null, at);
        }

        foreach (var (words, hedge) in Lead)
        {
            var start = end - words.Length;
            if (start >= 0 && text.AsSpan(start, words.Length).Equals(words, StringComparison.OrdinalIgnoreCase)
                && (start == 0 || !char.IsLetterOrDigit(text[start - 1])))
            {
                return (hedge, start);
            }
        }

        return (null, at);
    }

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "every", "each" };

    private static bool AfterDeterminer(string text, int at) =>
        at > 0 && text[at - 1] == ' ' && Quantities.TextScan.PreviousWord(text, at) is { Word: var word } && Determiners.Contains(word);

    /// <summary>
    /// Whether the time names an occasion something happened at ("told reporters at a 14:00 press conference", "spoke at the
    /// 10am briefing"): "at" before its determiner says the occasion's time is the time of what is told.
    /// </summary>
    private static bool AtAnOccasion(string text, int at) =>
        Quantities.TextScan.PreviousWord(text, at) is { } determiner && determiner.Word is "a" or "an" or "the"
        && Quantities.TextScan.PreviousWord(text, determiner.Start) is { Word: "at" };

    /// <summary>
    /// Whether a service named by its time is named by where it runs from or to ("the 9:40 p.m. from Harrowby", "the 7.15
    /// to Leeds"): such a name is the time it leaves, which reports of its departure state as a time ("left Harrowby at
    /// 9:40 p.m."), while "the 6.05am service" or "a 9 p.m. curfew" date no happening.
    /// </summary>
    private static bool NamesDeparture(string text, int end) =>
        Quantities.TextScan.NextWord(text, end) is { Word: "from" or "to" } via
        && Quantities.TextScan.NextWord(text, via.End) is { } place && char.IsUpper(text[place.Start]);

    /// <summary>
    /// Whether the noun after a time is the start or the end of something ("the 5.30pm kick-off", "a 9am start", "the 4pm
    /// finish"): such a noun names the moment itself, so the time dates a happening, as "kicked off at 5.30pm" does.
    /// </summary>
    private static bool NamesStartOrEnd(string text, int end)
    {
        if (Quantities.TextScan.NextWordSpan(text, end) is not var (s, e))
        {
            return false;
        }

        // A hyphenated noun is one word here: "kick-off", "tip-off".
        if (e + 1 < text.Length && text[e] == '-' && char.IsLetter(text[e + 1]))
        {
            e = Quantities.TextScan.NextWordSpan(text, e + 1)!.Value.End;
        }

        return StartAndEndNouns.Contains(text.AsSpan(s, e - s));
    }

    // The single words of the start and end cues: the nouns among them are all that can follow "the 5.30pm".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StartAndEndNouns =
        new HashSet<string>(
            Data.Lexicon.Entries("time-start-cues").Concat(Data.Lexicon.Entries("time-end-cues")).Where(e => !e.Contains(' ', StringComparison.Ordinal)),
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // "11.40pm UK time", "9 a.m. Eastern time": a zone named in words, as its usual letters.
    private static readonly Dictionary<string, string> ZoneWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UK"] = "UK", ["British"] = "UK", ["London"] = "UK", ["Irish"] = "UK",
        ["Eastern"] = "ET", ["Central"] = "CT", ["Mountain"] = "MT", ["Pacific"] = "PT", ["Atlantic"] = "AT",
    };

    private static string? ZoneOf(Group zone)
    {
        if (!zone.Success || zone.Value.StartsWith("local", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var first = zone.Value.Split(' ', '\t', '\n')[0];
        return ZoneWords.TryGetValue(first, out var named) && zone.Value.Length > first.Length ? named
            : zone.Value.ToUpperInvariant() is "UTC" ? "GMT" : zone.Value.ToUpperInvariant();
    }
}
