using FactCheck.Core.Claims;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Times;

/// <summary>
/// Emits a <see cref="TimeOfDayClaim"/> for every time of day in a source, with the day its sentence
/// puts it on: the one resolved day given right beside it ("at 7:42 a.m. on Tuesday", "Tuesday, 7:42
/// a.m."). Runs after the dates, whose claims it reads.
/// </summary>
public sealed class TimeOfDayExtractor : IClaimExtractor
{
    // How many characters may stand between a time and the day it is on ("at 7:42 a.m. local time on Tuesday").
    private const int DayReach = 20;

    public IEnumerable<Claim> Extract(AnalyzedSource source, IReadOnlyList<Claim> earlier)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(earlier);
        var claims = new List<Claim>();
        Dictionary<int, List<DateClaim>>? datesBySentence = null;
        foreach (var sentence in source.Sentences)
        {
            if (!TimeOfDayRecognizer.MayHoldTime(source.Text.AsSpan(sentence.Span.Start, sentence.Span.Length)))
            {
                continue; // most sentences: tested in place, without a copy of the sentence
            }

            var mentions = TimeOfDayRecognizer.Recognize(source.Text.Substring(sentence.Span.Start, sentence.Span.Length));
            if (mentions.Count == 0)
            {
                continue;
            }

            datesBySentence ??= earlier.OfType<DateClaim>().Where(d => d.Resolved is { IsSingleDay: true }).GroupBy(d => d.Sentence.Index).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var mention in mentions)
            {
                var span = new TextSpan(sentence.Span.Start + mention.Span.Start, sentence.Span.Start + mention.Span.End);
                claims.Add(new TimeOfDayClaim
                {
                    SourceId = source.Id,
                    Span = span,
                    Text = span.Of(source.Document.RawText),
                    Sentence = sentence,
                    Low = mention.Low,
                    High = mention.High,
                    Approximate = mention.Approximate,
                    OpenLow = mention.OpenLow,
                    OpenHigh = mention.OpenHigh,
                    TwelveHour = mention.TwelveHour,
                    Role = mention.Role,
                    Zone = mention.Zone,
                    Day = DayBeside(span, datesBySentence.GetValueOrDefault(sentence.Index)),
                });
            }
        }

        return claims;
    }

    /// <summary>The day of the nearest single-day date within <see cref="DayReach"/> characters of the time, if any.</summary>
    private static DateOnly? DayBeside(TextSpan time, List<DateClaim>? dates)
    {
        DateOnly? day = null;
        var best = DayReach + 1;
        foreach (var d in dates ?? [])
        {
            var gap = d.Span.Start >= time.End ? d.Span.Start - time.End : time.Start >= d.Span.End ? time.Start - d.Span.End : 0;
            if (gap < best)
            {
                (best, day) = (gap, d.Resolved!.Start);
            }
        }

        return day;
    }
}
