using System.Text.Json;
using FactCheck.Core.Claims;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Quotes;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Quotes;

/// <summary>Reads the quote case files (one JSON object a line) and runs the extractor the way the pipeline does.</summary>
internal static class QuoteCaseFiles
{
    public static TheoryData<string> Names(string file)
    {
        var data = new TheoryData<string>();
        foreach (var c in Read(file))
        {
            data.Add(c.GetProperty("name").GetString()!);
        }

        return data;
    }

    public static JsonElement Case(string file, string name) =>
        Read(file).Single(c => c.GetProperty("name").GetString() == name);

    public static IEnumerable<JsonElement> Read(string file)
    {
        var path = Path.Combine(SharedFolder.RepoRoot(), "tests", "FactCheck.Tests", "Quotes", "Cases", file);
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            yield return JsonDocument.Parse(line).RootElement.Clone();
        }
    }

    public static string? Text(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>The source analyzed and its quote claims with ids, as the pipeline would number them.</summary>
    public static (AnalyzedSource Source, IReadOnlyList<QuoteClaim> Claims) Extract(string id, string text)
    {
        var source = AnalyzedSource.Analyze(SourceDocument.FromPlainText(id, text));
        var claims = new QuoteExtractor().Extract(source, []).Cast<QuoteClaim>()
            .OrderBy(c => c.Span.Start)
            .Select((c, i) => c with { Id = $"{id}#u{i + 1}" })
            .ToList();
        return (source, claims);
    }

    public static IReadOnlyList<Claim> AsClaims(IEnumerable<QuoteClaim> claims) => [.. claims];
}
