using System.Text.Json;

namespace FactCheck.Tests.Conformance;

/// <summary>One line of a Recognizers-Text conformance file (see ../shared/conformance/README.md).</summary>
public sealed record ConformanceCase(string Source, string Input, DateTime? Reference, JsonElement Expected)
{
    public static ConformanceCase Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        DateTime? reference = root.TryGetProperty("reference", out var r) && r.ValueKind == JsonValueKind.String
            ? DateTime.Parse(r.GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            : null;
        return new ConformanceCase(root.GetProperty("source").GetString()!, root.GetProperty("input").GetString()!, reference, root.GetProperty("expected").Clone());
    }
}

/// <summary>The verdict on one case; <see cref="Why"/> says what differed, for the failure listing.</summary>
public sealed record CaseResult(bool Passed, string? Why = null)
{
    public static CaseResult Pass { get; } = new(true);

    public static CaseResult Fail(string why) => new(false, why);
}

/// <summary>
/// Checks the project's extractors against one conformance file. One implementation a file
/// (numbers, percentages, dates, …); the runner finds them all and holds each to its floor.
/// </summary>
public interface IConformanceChecker
{
    /// <summary>The file's stem, e.g. "numbers" for numbers.public.jsonl.</summary>
    string File { get; }

    /// <summary>The pass rate (0..1) below which the suite fails.</summary>
    double Floor { get; }

    CaseResult Check(ConformanceCase testCase);
}
