using System.Text.Json;

namespace FactCheck.Tests.Conformance;

/// <summary>
/// dates.public.jsonl (Recognizers-Text DateTimeModel) against the date recognizer and resolver.
/// Scope, decided for news: only results of type date and daterange are checked. Results of type
/// time, timerange, datetime, datetimerange, duration and set, and results the suite itself leaves
/// "not resolved" (seasons, fiscal years), are left out: a mention of ours overlapping one of them
/// is neither required nor counted as spurious (the news extractor ignores times of day). A case
/// with only such results passes when we report no date elsewhere in it.
/// Per checked result we need a mention overlapping its span (span edges may differ: we keep "in"
/// and "on" out of a span, the suite sometimes keeps them) whose past and future readings equal the
/// suite's values: one value must equal either reading; two values (the suite's past/future pair)
/// must equal our past and future readings in that order. Any other mention of ours is a failure.
/// </summary>
public sealed class DateConformance : IConformanceChecker
{
    public string File => "dates";

    public double Floor => 0.85;

    public CaseResult Check(ConformanceCase testCase)
    {
        var readings = DateReading.Of(testCase.Input, testCase.Reference);
        var used = new HashSet<DateReading>();
        var ignored = new List<(int Start, int End)>();
        foreach (var item in testCase.Expected.EnumerateArray())
        {
            var start = item.GetProperty("start").GetInt32();
            var end = item.GetProperty("end").GetInt32();
            var type = item.GetProperty("type").GetString();
            var values = item.GetProperty("values").EnumerateArray().ToList();
            if (type is not ("date" or "daterange") || values.All(v => Get(v, "value") == "not resolved"))
            {
                ignored.Add((start, end));
                continue;
            }

            var text = item.GetProperty("text").GetString();
            var candidates = readings.Where(r => r.Overlaps(start, end)).ToList();
            if (candidates.Count == 0)
            {
                return CaseResult.Fail($"missed '{text}'");
            }

            var hit = candidates.FirstOrDefault(r => Agrees(r, values));
            if (hit is null)
            {
                var got = string.Join(", ", candidates.Select(c => $"'{testCase.Input[c.Mention.Span.Start..c.Mention.Span.End]}' past {c.Past?.Date.ToIso()} {c.Past?.Bound} future {c.Future?.Date.ToIso()}"));
                return CaseResult.Fail($"'{text}' expected {string.Join(" | ", values.Select(Show))}, got {got}");
            }

            used.Add(hit);
            used.UnionWith(candidates);
        }

        var spurious = readings.Where(r => !used.Contains(r) && !ignored.Any(i => r.Overlaps(i.Start, i.End))).ToList();
        return spurious.Count == 0
            ? CaseResult.Pass
            : CaseResult.Fail("spurious " + string.Join(", ", spurious.Select(s => $"'{testCase.Input[s.Mention.Span.Start..s.Mention.Span.End]}'")));
    }

    private static bool Agrees(DateReading r, List<JsonElement> values)
    {
        bool One(JsonElement v, Bounds? b) => b is not null && b.Matches(Get(v, "value") is { } val && Get(v, "type") == "date" ? val : null, Get(v, "start"), Get(v, "end"));
        return values.Count switch
        {
            1 => One(values[0], r.Past) || One(values[0], r.Future),
            2 => One(values[0], r.Past) && One(values[1], r.Future),
            _ => values.Any(v => One(v, r.Past) || One(v, r.Future)),
        };
    }

    private static string? Get(JsonElement e, string key) => e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Show(JsonElement v) => Get(v, "value") ?? $"{Get(v, "start")}..{Get(v, "end")}";
}
