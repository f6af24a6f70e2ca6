using System.Text.Json;

namespace FactCheck.Tests.Conformance;

/// <summary>
/// dates_parser.public.jsonl (Recognizers-Text DateParser + DatePeriodParser) against the date
/// recognizer and resolver. Each expected result needs a mention overlapping its span whose future
/// and past readings equal the suite's "future" and "past" values (a date, or a start and end that
/// may be open). Results the suite leaves unresolved (empty values: seasons) are not compared. The suite marks an impossible date ("Feb 30") with 0001-01-01: we pass it when we
/// resolve nothing there. Any other mention of ours is a failure.
/// </summary>
public sealed class DateParserConformance : IConformanceChecker
{
    public string File => "dates_parser";

    public double Floor => 0.85;

    public CaseResult Check(ConformanceCase testCase)
    {
        var readings = DateReading.Of(testCase.Input, testCase.Reference);
        var used = new HashSet<DateReading>();
        foreach (var item in testCase.Expected.EnumerateArray())
        {
            var start = item.GetProperty("start").GetInt32();
            var end = item.GetProperty("end").GetInt32();
            var text = item.GetProperty("text").GetString();
            var future = item.GetProperty("future");
            var past = item.GetProperty("past");
            var candidates = readings.Where(r => r.Overlaps(start, end)).ToList();
            used.UnionWith(candidates);
            if (IsEmpty(future) && IsEmpty(past))
            {
                continue; // the suite resolves nothing (seasons): nothing to compare
            }

            if (Get(future, "date") == "0001-01-01")
            {
                if (candidates.Any(c => c.Past is not null))
                {
                    return CaseResult.Fail($"'{text}' is no calendar date, but we resolved it");
                }

                continue;
            }

            if (candidates.Count == 0)
            {
                return CaseResult.Fail($"missed '{text}'");
            }

            if (!candidates.Any(c => One(future, c.Future) && One(past, c.Past)))
            {
                var got = string.Join(", ", candidates.Select(c => $"'{testCase.Input[c.Mention.Span.Start..c.Mention.Span.End]}' past {c.Past?.Date.ToIso()} {c.Past?.Bound} future {c.Future?.Date.ToIso()}"));
                return CaseResult.Fail($"'{text}' expected past {Show(past)} future {Show(future)}, got {got}");
            }
        }

        var spurious = readings.Where(r => !used.Contains(r)).ToList();
        return spurious.Count == 0
            ? CaseResult.Pass
            : CaseResult.Fail("spurious " + string.Join(", ", spurious.Select(s => $"'{testCase.Input[s.Mention.Span.Start..s.Mention.Span.End]}'")));
    }

    private static bool One(JsonElement v, Bounds? b) => b is not null && b.Matches(Get(v, "date"), Get(v, "startDate"), Get(v, "endDate"));

    private static bool IsEmpty(JsonElement e) => e.ValueKind != JsonValueKind.Object || !e.EnumerateObject().Any();

    private static string? Get(JsonElement e, string key) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Show(JsonElement v) => Get(v, "date") ?? $"{Get(v, "startDate")}..{Get(v, "endDate")}";
}
