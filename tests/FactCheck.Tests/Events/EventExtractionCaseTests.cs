using System.Globalization;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Events;

namespace FactCheck.Tests.Events;

/// <summary>Runs the event extraction case file: each line is an invented sentence and what must be found in it.</summary>
public sealed class EventExtractionCaseTests
{
    public static TheoryData<int, string, string, string> Cases()
    {
        var data = new TheoryData<int, string, string, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "Events", "event-extraction-cases.txt");
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.TrimStart().StartsWith('#') || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var parts = line.Split(" | ");
            data.Add(lineNo, parts[0].Trim(), parts[1].Trim(), parts[2].Trim());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extracts_the_expected_event(int line, string published, string text, string expectations)
    {
        var claims = Extract(text, published == "-" ? null : DateOnly.Parse(published, CultureInfo.InvariantCulture));
        var wants = expectations.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Split('=', 2)).ToList();
        if (wants[0][0] == "none")
        {
            Assert.DoesNotContain(claims, c => c.EventType == wants[0][1]);
            return;
        }

        var fits = claims.Where(c => wants.All(w => Satisfies(c, w[0], w[1]))).ToList();
        Assert.True(fits.Count > 0, $"line {line}: no event claim with {expectations}; found: {string.Join(" ; ", claims.Select(c => c.Describe() + " " + string.Join(",", c.Participants)))}");
        foreach (var c in claims)
        {
            Assert.Equal(c.Text, c.Span.Of(text));
        }
    }

    internal static IReadOnlyList<EventClaim> Extract(string text, DateOnly? published)
    {
        var doc = SourceDocument.FromPlainText("case.txt", text, new SourceMetadata(null, null, published, null));
        return [.. new EventExtractor().Extract(AnalyzedSource.Analyze(doc), []).Cast<EventClaim>()];
    }

    private static bool Satisfies(EventClaim c, string key, string value) => key switch
    {
        "event" => c.EventType == value,
        "ordinal" => c.Ordinal == int.Parse(value, CultureInfo.InvariantCulture),
        "status" => c.Status.ToString().Equals(value, StringComparison.OrdinalIgnoreCase),
        "date" => value == "none" ? c.Date is null : c.Date?.ToIso() == value,
        "monthday" => c.MonthDay == value,
        "place" => c.Place == value,
        "phase" => c.Phase.ToString().Equals(value, StringComparison.OrdinalIgnoreCase),
        "elapsed" => c.Elapsed?.Years == int.Parse(value, CultureInfo.InvariantCulture),
        "participant" => c.Participants.Contains(value),
        "body" => value == "none" ? c.Body is null : c.Body == value,
        "outcome" when value.StartsWith('!') => c.Outcomes.Any(o => o.Negated && o.Kind == value[1..]),
        "outcome" => c.Outcomes.Any(o => !o.Negated && o.Kind == value),
        "noutcome" => c.Outcomes.Count == int.Parse(value, CultureInfo.InvariantCulture),
        "tally" => value == "-" ? c.Outcomes.All(o => o.Tally is null) : c.Outcomes.Any(o => o.Tally == value),
        "repeat" => c.IsRepeat == (value == "yes"),
        _ => throw new InvalidOperationException($"unknown expectation key '{key}'"),
    };
}
