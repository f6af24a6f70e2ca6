using System.Globalization;
using FactCheck.Core.Align;
using FactCheck.Core.Compare;
using FactCheck.Core.Compare.Events;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Events;

namespace FactCheck.Tests.Events;

/// <summary>
/// Runs the comparison cases in Events/Cases: each file holds invented sources of one story
/// ("=== id published" then the text) and "expect" lines for the findings the event comparers must
/// (or must not) report. A new case is a new file.
/// </summary>
public sealed class EventComparisonCaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Events", "Cases"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_gives_the_expected_findings(string name)
    {
        var (sources, expectations) = Parse(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Events", "Cases", name)));
        var claims = sources.SelectMany(s => new EventExtractor().Extract(s, [])).Cast<EventClaim>().ToList();
        var findings = Compare(sources);
        var conflicts = findings.Where(f => f.Kind == FindingKind.Conflict).ToList();
        var shown = string.Join("\n", findings.Select(f => $"{f.Kind} {f.Type} {f.Severity}: {f.Summary} — {f.Explanation}"));
        Assert.NotEmpty(expectations);
        foreach (var (verb, arg) in expectations)
        {
            switch (verb)
            {
                case "no-conflict":
                    Assert.True(conflicts.Count == 0, $"{name}: expected no conflict, got\n{shown}");
                    break;
                case "conflict":
                    var parts = arg.Split(' ');
                    Assert.True(
                        conflicts.Any(f => f.Type == parts[0] && f.Severity.ToString().Equals(parts[1], StringComparison.OrdinalIgnoreCase) && f.SourceIds.Count >= 2),
                        $"{name}: expected conflict {arg}, got\n{shown}");
                    break;
                case "agreement":
                    Assert.True(findings.Any(f => f.Kind == FindingKind.Agreement && f.Type == arg), $"{name}: expected agreement {arg}, got\n{shown}");
                    break;
                case "explains":
                    Assert.True(conflicts.Any(f => f.Explanation?.Contains(arg, StringComparison.Ordinal) == true), $"{name}: no explanation with '{arg}' in\n{shown}");
                    break;
                case "says":
                    Assert.True(conflicts.Any(f => f.Summary.Contains(arg, StringComparison.Ordinal)), $"{name}: no conflict whose summary says '{arg}' in\n{shown}");
                    break;
                case "count":
                    Assert.True(conflicts.Count == int.Parse(arg, CultureInfo.InvariantCulture), $"{name}: expected {arg} conflicts, got\n{shown}");
                    break;
                case "events":
                    // Controls must not pass by finding nothing: the events themselves are seen.
                    Assert.True(claims.Count >= int.Parse(arg, CultureInfo.InvariantCulture), $"{name}: expected {arg} event claims, got {claims.Count}");
                    break;
                case "sources":
                    var ids = arg.Split(' ');
                    Assert.True(conflicts.Any(f => ids.All(f.SourceIds.Contains)), $"{name}: no conflict naming claims of {arg} in\n{shown}");
                    break;
                default:
                    throw new InvalidOperationException($"{name}: unknown expectation '{verb}'");
            }
        }

        foreach (var f in conflicts)
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Summary));
            Assert.DoesNotContain('\n', f.Summary);
        }
    }

    internal static IReadOnlyList<Finding> Compare(IReadOnlyList<AnalyzedSource> sources)
    {
        var claims = sources.SelectMany(s => new EventExtractor().Extract(s, [])).ToList();
        var cluster = new Cluster("c1", sources, claims);
        IClaimComparer[] comparers = [new EventOutcomeComparer(), new EventStatusComparer(), new DerivedTimeComparer()];
        return [.. comparers.SelectMany(c => c.Compare(cluster))];
    }

    private static (List<AnalyzedSource> Sources, List<(string Verb, string Arg)> Expectations) Parse(string[] lines)
    {
        var sources = new List<AnalyzedSource>();
        var expectations = new List<(string, string)>();
        string? id = null;
        DateOnly? published = null;
        var text = new List<string>();

        void Flush()
        {
            if (id is not null)
            {
                var doc = SourceDocument.FromPlainText(id, string.Join("\n", text), new SourceMetadata(null, null, published, null));
                sources.Add(AnalyzedSource.Analyze(doc));
            }

            text.Clear();
        }

        foreach (var line in lines)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                Flush();
                var head = line[4..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                id = head[0];
                published = head.Length > 1 && head[1] != "-" ? DateOnly.Parse(head[1], CultureInfo.InvariantCulture) : null;
            }
            else if (line.StartsWith("expect ", StringComparison.Ordinal))
            {
                Flush();
                id = null;
                var rest = line[7..].Trim();
                var space = rest.IndexOf(' ', StringComparison.Ordinal);
                expectations.Add(space < 0 ? (rest, "") : (rest[..space], rest[(space + 1)..]));
            }
            else if (id is not null)
            {
                text.Add(line);
            }
        }

        Flush();
        return (sources, expectations);
    }
}
