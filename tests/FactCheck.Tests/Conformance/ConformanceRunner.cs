using System.Globalization;
using FactCheck.Tests.Support;
using Xunit.Abstractions;

namespace FactCheck.Tests.Conformance;

/// <summary>
/// Runs every <see cref="IConformanceChecker"/> over its file in the conformance folder
/// (FACTCHECK_CONFORMANCE_DIR, default ../shared/conformance), prints the pass rate per file
/// and fails a file that falls below its floor. Cases listed in conformance-exclusions.txt
/// (where the suite and news usage truly disagree, each with its reason) are left out of the rate.
/// </summary>
public sealed class ConformanceRunner(ITestOutputHelper output)
{
    public static TheoryData<string> Checkers()
    {
        var data = new TheoryData<string>();
        foreach (var type in AllCheckers())
        {
            data.Add(type.File);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Checkers))]
    public void File_meets_its_floor(string file)
    {
        var folder = Environment.GetEnvironmentVariable("FACTCHECK_CONFORMANCE_DIR") ?? SharedFolder.Find("conformance");
        if (folder is null || !File.Exists(Path.Combine(folder, file + ".public.jsonl")))
        {
            output.WriteLine($"SKIPPED: conformance folder not found (set FACTCHECK_CONFORMANCE_DIR or provide ../shared/conformance); {file} not checked");
            return;
        }

        var checker = AllCheckers().Single(c => c.File == file);
        var excluded = Exclusions.Load();
        var passed = 0;
        var total = 0;
        var failures = new List<string>();
        foreach (var line in System.IO.File.ReadLines(Path.Combine(folder, file + ".public.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var testCase = ConformanceCase.Parse(line);
            if (excluded.Contains(testCase.Source))
            {
                continue;
            }

            total++;
            CaseResult result;
            try
            {
                result = checker.Check(testCase);
            }
            catch (Exception e)
            {
                result = CaseResult.Fail("threw " + e.GetType().Name + ": " + e.Message);
            }

            if (result.Passed)
            {
                passed++;
            }
            else
            {
                failures.Add($"{testCase.Source}: {testCase.Input} -> {result.Why}");
            }
        }

        var rate = total == 0 ? 1.0 : (double)passed / total;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"conformance {file}: {passed}/{total} = {rate:P1} (floor {checker.Floor:P0})"));
        foreach (var f in failures)
        {
            output.WriteLine("  FAIL " + f);
        }

        Assert.True(rate >= checker.Floor, string.Create(CultureInfo.InvariantCulture, $"{file}: pass rate {rate:P1} is below its floor {checker.Floor:P0}"));
    }

    private static IEnumerable<IConformanceChecker> AllCheckers() =>
        typeof(ConformanceRunner).Assembly.GetTypes()
            .Where(t => typeof(IConformanceChecker).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (IConformanceChecker)Activator.CreateInstance(t)!)
            .OrderBy(c => c.File, StringComparer.Ordinal);
}

/// <summary>The case ids (source fields) left out of the rates, read from conformance-exclusions.txt: "source  # reason".</summary>
internal static class Exclusions
{
    public static HashSet<string> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Conformance", "conformance-exclusions.txt");
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return set;
        }

        foreach (var line in File.ReadLines(path))
        {
            // Case ids hold a '#' themselves ("...NumberModel.json#110"): a comment starts at a '#'
            // that opens the line or follows white space.
            var trimmed = line.TrimStart();
            var hash = trimmed.StartsWith('#') ? 0 : trimmed.IndexOfAny([' ', '\t']);
            var id = (hash >= 0 ? trimmed[..hash] : trimmed).Trim();
            if (id.Length > 0)
            {
                set.Add(id);
            }
        }

        return set;
    }
}
