using System.Globalization;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Tests.Quantities;

/// <summary>
/// The news cases in quantity-cases.tsv: each sentence must give exactly the quantities listed,
/// in order, with the same text, value or interval, unit, hedge, bound, "each", direction and rate ("per=week").
/// </summary>
public sealed class QuantityCaseTests
{
    public static TheoryData<int, string, string> Cases()
    {
        var data = new TheoryData<int, string, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "Quantities", "quantity-cases.tsv");
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            data.Add(lineNo, line[..tab], line[(tab + 1)..]);
        }

        return data;
    }

    [Fact]
    public void Case_file_holds_hundreds_of_cases_with_negatives()
    {
        var cases = Cases().Select(c => (string)c[2]).ToList();
        Assert.True(cases.Count >= 200, $"only {cases.Count} cases");
        Assert.True(cases.Count(string.IsNullOrWhiteSpace) >= 40, "too few negative cases");
    }

    [Theory]
    [InlineData("Orbit unveils its X2 phone with a 5,000 mAh battery\n\nOrbit Devices said sales start in May.", null)]
    [InlineData("More than 300 rescue\nworkers searched the site.", "worker")]
    public void A_counted_phrase_runs_over_a_wrapped_line_but_not_a_paragraph_break(string text, string? unit)
    {
        Assert.Equal(unit, QuantityReader.Read(text)[0].Quantity.Unit);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sentence_gives_the_listed_quantities(int line, string sentence, string expected)
    {
        var want = Parse(expected);
        var got = QuantityReader.Read(sentence);
        var shown = string.Join(" ;; ", got.Select(g => $"'{g.Span.Of(sentence)}' {g.Quantity}"));
        Assert.True(want.Count == got.Count, $"line {line}: want {want.Count} quantities, got {got.Count}: {shown}");
        for (var i = 0; i < want.Count; i++)
        {
            var (text, low, high, unit, flags) = want[i];
            var q = got[i].Quantity;
            Assert.Equal(text, got[i].Span.Of(sentence));
            Assert.True(Near(low, q.Low) && Near(high, q.High), $"line {line}: '{text}' is {q.Low}..{q.High}, want {low}..{high}");
            Assert.Equal(unit, q.Unit);
            Assert.Equal(flags.Contains("~"), q.Approximate);
            var bound = flags.FirstOrDefault(f => f.StartsWith('<') || f.StartsWith('>')) ?? "=";
            Assert.Equal(bound, q.BoundSymbol);
            Assert.Equal(flags.Contains("each"), q.Each);
            var direction = flags.Contains("up") ? Direction.Up : flags.Contains("down") ? Direction.Down : Direction.None;
            Assert.Equal(direction, q.Direction);
            Assert.True(flags.Contains("prior") == q.Prior, $"line {line}: '{text}' prior is {q.Prior}");
            Assert.True(flags.Contains("projected") == q.Projected, $"line {line}: '{text}' projected is {q.Projected}");
            Assert.Equal(flags.FirstOrDefault(f => f.StartsWith("per=", StringComparison.Ordinal))?[4..], q.Per);
        }
    }

    private static bool Near(decimal want, decimal got) => Math.Abs(want - got) <= Math.Max(Math.Abs(want), 1) * 1e-9m;

    private static List<(string Text, decimal Low, decimal High, string? Unit, string[] Flags)> Parse(string expected)
    {
        var list = new List<(string, decimal, decimal, string?, string[])>();
        if (string.IsNullOrWhiteSpace(expected))
        {
            return list;
        }

        foreach (var item in expected.Split(" ;; "))
        {
            var arrow = item.IndexOf(" => ", StringComparison.Ordinal);
            var text = item[..arrow];
            var parts = item[(arrow + 4)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var range = parts[0].Split("..");
            var low = decimal.Parse(range[0], NumberStyles.Float, CultureInfo.InvariantCulture);
            var high = range.Length > 1 ? decimal.Parse(range[1], NumberStyles.Float, CultureInfo.InvariantCulture) : low;
            var unit = parts[1] == "-" ? null : parts[1].Replace('_', ' ');
            list.Add((text, low, high, unit, parts[2..]));
        }

        return list;
    }
}
