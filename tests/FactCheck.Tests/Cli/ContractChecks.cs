using System.Text.Json;

namespace FactCheck.Tests.Cli;

/// <summary>Checks of a JSON report against REPORT-CONTRACT.md that hold for any claims found.</summary>
internal static class ContractChecks
{
    /// <summary>Every claim's text is exactly its [start, end) in its file, and line/column are those of start.</summary>
    public static void ClaimsPointIntoTheirFiles(JsonElement root, string folder)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in root.GetProperty("claims").EnumerateArray())
        {
            var id = claim.GetProperty("id").GetString()!;
            Assert.True(ids.Add(id), $"claim id {id} is not unique");
            var source = claim.GetProperty("source").GetString()!;
            var text = File.ReadAllText(Path.Combine(folder, source));
            var start = claim.GetProperty("start").GetInt32();
            var end = claim.GetProperty("end").GetInt32();
            Assert.Equal(text[start..end], claim.GetProperty("text").GetString());

            var before = text[..start];
            Assert.Equal(before.Count(c => c == '\n') + 1, claim.GetProperty("line").GetInt32());
            Assert.Equal(start - (before.LastIndexOf('\n') + 1) + 1, claim.GetProperty("column").GetInt32());
            var kind = claim.GetProperty("kind").GetString();
            Assert.False(string.IsNullOrEmpty(kind));
            Assert.Equal(kind.ToLowerInvariant(), kind);
        }
    }

    /// <summary>Findings name claims that exist; a conflict spans two sources at least.</summary>
    public static void FindingsNameKnownClaims(JsonElement root)
    {
        var claims = root.GetProperty("claims").EnumerateArray()
            .ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("source").GetString()!, StringComparer.Ordinal);
        foreach (var finding in root.GetProperty("findings").EnumerateArray())
        {
            var named = finding.GetProperty("claims").EnumerateArray().Select(c => c.GetString()!).ToList();
            Assert.All(named, id => Assert.True(claims.ContainsKey(id), $"finding names unknown claim {id}"));
            Assert.Contains(finding.GetProperty("severity").GetString(), new[] { "high", "medium", "low" });
            if (finding.GetProperty("kind").GetString() == "conflict")
            {
                Assert.True(named.Select(id => claims[id]).Distinct().Count() >= 2, $"conflict {finding.GetProperty("id")} has one source");
            }
        }
    }
}
