using System.Globalization;
using FactCheck.Core.Claims;
using FactCheck.Core.Normalize.Quotes;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Dates;

/// <summary>
/// Emits a <see cref="DateClaim"/> for every date expression in a source: the recognizer finds them
/// per sentence, the tense around each picks past or future for expressions without a year, and the
/// resolver pins them to the calendar against the publication date. Times of day are not claims.
/// A weekday beside an explicit date ("Monday (June 30)") gives two claims, the weekday and the date,
/// and the date claim says whether the weekday agrees.
/// </summary>
public sealed class DateExtractor : IClaimExtractor
{
    public IEnumerable<Claim> Extract(AnalyzedSource source, IReadOnlyList<Claim> earlier)
    {
        ArgumentNullException.ThrowIfNull(source);
        var claims = new List<Claim>();
        IReadOnlyList<QuotedPassage>? quotations = null; // scanned when a sentence first needs them
        foreach (var sentence in source.Sentences)
        {
            var mentions = DateRecognizer.Recognize(source.Text, sentence.Span, out var text);
            if (mentions.Count == 0 || text is null)
            {
                continue;
            }

            // The tense markers are the sentence's: found once, read for each mention.
            var markers = TenseDetector.Markers(text);
            var sentenceClaims = claims.Count;
            foreach (var mention in mentions)
            {
                // "'Today's sentence returns some trust,' he said" counts from the day it was said, which a report
                // published the next day does not give: the day is noted, not resolved against publication.
                if (mention.Form is OffsetForm { Unit: DateUnit.Day } &&
                    InQuotation(quotations ??= QuoteScanner.Scan(source.Text), sentence.Span.Start + mention.Span.Start))
                {
                    claims.Add(Make(source, sentence, mention.Span, null, mention, "in a quotation: counted from the day it was said"));
                    continue;
                }

                // "Next March … the following month": counted from the date the sentence gave last, not from publication.
                var anchor = mention.Form is RelativeUnitForm { FromContext: true }
                    ? claims.Skip(sentenceClaims).OfType<DateClaim>().LastOrDefault(c => c.Resolved is not null)?.Resolved!.Start
                    : null;
                claims.AddRange(ClaimsOf(source, sentence, text, markers, mention, anchor));
            }
        }

        return claims;
    }

    private static readonly HashSet<string> DurationCues = Data.Lexicon.Set("date-duration-cues");

    // How many words back, within the clause, a duration cue may stand: "the first final in six years", "the first lion
    // cub born at the park in eleven years".
    private const int DurationCueReach = 8;

    /// <summary>
    /// Whether a word of <c>date-duration-cues</c> ("first", "highest", "wettest") stands at most <see cref="DurationCueReach"/>
    /// words before <paramref name="at"/> with no punctuation between: then "in six years" there measures back from now.
    /// </summary>
    private static bool LooksBackOver(string text, int at)
    {
        var end = at;
        for (var i = 0; i < DurationCueReach && Quantities.TextScan.PreviousWord(text, end) is { } word; i++)
        {
            if (DurationCues.Contains(word.Word))
            {
                return true;
            }

            end = word.Start;
        }

        return false;
    }

    private static bool InQuotation(IReadOnlyList<QuotedPassage> quotations, int at)
    {
        foreach (var q in quotations)
        {
            if (q.Inner.Start <= at && at < q.Inner.End)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<DateClaim> ClaimsOf(AnalyzedSource source, Sentence sentence, string text, IReadOnlyList<TenseDetector.Marker> markers, DateMention mention, DateOnly? anchor = null)
    {
        var lean = TenseDetector.Around(text, markers, mention.Span);
        if (lean == Lean.Nearest && mention.Bound == DateBound.Before)
        {
            // "Trams run free until Sunday", "the line stays closed until Friday": with no tense to say otherwise,
            // a day something lasts until, or must happen by, is still to come.
            lean = Lean.Future;
        }

        // "Has been closed since Tuesday morning and is expected to reopen on Friday": a day something has lasted since is
        // past, whatever tense the rest of the sentence has ("starting Monday" may still be ahead).
        if (mention.Bound == DateBound.Since && text.AsSpan(mention.Span.Start).StartsWith("since", StringComparison.OrdinalIgnoreCase))
        {
            lean = Lean.Past;
        }

        if (mention.Form is OffsetForm { FutureOnly: true } or WithinForm && lean == Lean.Past)
        {
            yield break; // "the first time in 30 years", "withdrew within 30 days": durations, not dates
        }

        if (mention.Form is OffsetForm { FutureOnly: true }
            && (LooksBackOver(text, mention.Span.Start) || Quantities.TextScan.NextWord(text, mention.Span.End) is { Word: "of" }))
        {
            // "will play in the final for the first time in six years", "in thirty years of digging": a stretch looked back
            // over, whatever the tense
            yield break;
        }

        var resolved = DateResolver.Resolve(mention.Form, anchor ?? source.Published, lean);

        // "will close for the last time on Saturday, May 30", written in March: the tense words mislead ("last"), and the
        // May 30 whose weekday the text gives, nearer the report than the one the tense chose, is the one meant. A weekday
        // that fits only a day further off is a mismatch to report ("signed on Monday (June 29)", two days before).
        if (mention.StatedWeekday is { } stated && mention.Form is DayForm { Year: null } && resolved is { IsSingleDay: true } && resolved.Start.DayOfWeek != stated
            && (anchor ?? source.Published) is { } reference)
        {
            foreach (var other in (Lean[])[Lean.Past, Lean.Future])
            {
                if (DateResolver.Resolve(mention.Form, reference, other) is { IsSingleDay: true } alternative && alternative.Start.DayOfWeek == stated
                    && Math.Abs(alternative.Start.DayNumber - reference.DayNumber) < Math.Abs(resolved.Start.DayNumber - reference.DayNumber))
                {
                    resolved = alternative;
                    break;
                }
            }
        }
        var note = resolved is null
            ? (mention.Form.NeedsReference && source.Published is null ? "no publication date" : "not a calendar date")
            : null;

        if (mention.WeekdaySpan is not { } weekdaySpan || mention.StatedWeekday is not { } weekday)
        {
            yield return Make(source, sentence, mention.Span, resolved, mention, note);
            yield break;
        }

        // The explicit date without the weekday and its separators; a closing bracket stays outside.
        var dateStart = weekdaySpan.End;
        while (dateStart < mention.Span.End && (char.IsWhiteSpace(text[dateStart]) || text[dateStart] is ',' or '(' or '-' or '–'))
        {
            dateStart++;
        }

        var dateEnd = mention.Span.End;
        if (dateEnd > dateStart && text[dateEnd - 1] == ')')
        {
            dateEnd--;
        }

        var mismatch = resolved is { IsSingleDay: true } && resolved.Start.DayOfWeek != weekday;
        var mismatchNote = mismatch
            ? string.Create(CultureInfo.InvariantCulture, $"the text says {weekday}, but {resolved!.ToIso()} is a {resolved.Start.DayOfWeek}")
            : null;
        yield return Make(source, sentence, new TextSpan(dateStart, dateEnd), resolved, mention, mismatchNote ?? note) with
        {
            StatedWeekday = weekday,
            WeekdayMismatch = mismatch,
        };

        // The weekday itself: the date beside it when they agree, else its own reading by tense.
        var weekdayDate = mismatch || resolved is null
            ? DateResolver.Resolve(new WeekdayForm(weekday, Shift.None), source.Published, lean)
            : resolved;
        yield return Make(source, sentence, weekdaySpan, weekdayDate, mention with { Bound = DateBound.None }, mismatchNote ?? (weekdayDate is null ? "no publication date" : "weekday of the date beside it")) with
        {
            StatedWeekday = weekday,
            IsRelative = true,
            WeekdayMismatch = mismatch,
        };
    }

    private static DateClaim Make(AnalyzedSource source, Sentence sentence, TextSpan local, CalendarDate? resolved, DateMention mention, string? note)
    {
        var span = new TextSpan(sentence.Span.Start + local.Start, sentence.Span.Start + local.End);
        return new DateClaim
        {
            SourceId = source.Id,
            Span = span,
            Text = span.Of(source.Document.RawText),
            Sentence = sentence,
            Resolved = resolved,
            IsRelative = mention.Form.NeedsReference,
            Bound = mention.Bound,
            Note = note,
        };
    }
}
