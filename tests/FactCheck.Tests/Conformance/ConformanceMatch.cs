using System.Globalization;
using System.Text.Json;
using FactCheck.Core.Text;

namespace FactCheck.Tests.Conformance;

/// <summary>
/// Compares what a recognizer found with a case's expected items: the same number of results,
/// each expected span (end inclusive in the suite, exclusive in <see cref="TextSpan"/>) found with
/// a value within a relative tolerance, plus any check of its own a checker adds.
/// </summary>
internal static class ConformanceMatch
{
    public static CaseResult Compare<T>(
        ConformanceCase testCase,
        IReadOnlyList<T> found,
        Func<T, TextSpan> span,
        Func<T, string> value,
        Func<JsonElement, T, string?>? extra = null,
        Func<JsonElement, bool>? compareValue = null)
    {
        var expected = testCase.Expected.EnumerateArray().ToList();
        var remaining = found.ToList();
        var problems = new List<string>();
        foreach (var e in expected)
        {
            var start = e.GetProperty("start").GetInt32();
            var end = e.GetProperty("end").GetInt32() + 1;
            var want = e.GetProperty("value");
            var hit = remaining.FirstOrDefault(f => span(f).Start == start && span(f).End == end);
            if (hit is null)
            {
                problems.Add($"missing '{e.GetProperty("text").GetString()}'@{start}");
                continue;
            }

            remaining.Remove(hit);
            var got = value(hit);
            if ((compareValue?.Invoke(e) ?? true) && !SameValue(want, got))
            {
                problems.Add($"'{e.GetProperty("text").GetString()}' = {got}, want {want}");
                continue;
            }

            var why = extra?.Invoke(e, hit);
            if (why is not null)
            {
                problems.Add(why);
            }
        }

        foreach (var f in remaining)
        {
            var s = span(f);
            problems.Add($"unexpected '{testCase.Input[s.Start..s.End]}'@{s.Start} = {value(f)}");
        }

        return problems.Count == 0 ? CaseResult.Pass : CaseResult.Fail(string.Join("; ", problems));
    }

    public static bool SameValue(JsonElement want, string got)
    {
        if (want.ValueKind == JsonValueKind.Null)
        {
            return got.Length == 0;
        }

        var w = want.GetString()!;
        if (!decimal.TryParse(w, NumberStyles.Float, CultureInfo.InvariantCulture, out var wd)
            || !decimal.TryParse(got, NumberStyles.Float, CultureInfo.InvariantCulture, out var gd))
        {
            return string.Equals(w, got, StringComparison.Ordinal);
        }

        var scale = Math.Max(Math.Abs(wd), 1e-12m);
        return Math.Abs(wd - gd) / scale < 1e-9m;
    }

    public static string Format(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
