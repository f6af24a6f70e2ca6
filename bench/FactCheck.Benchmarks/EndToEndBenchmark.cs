using BenchmarkDotNet.Attributes;
using FactCheck.Core.Load;
using FactCheck.Core.Pipeline;
using FactCheck.Core.Report;

namespace FactCheck.Benchmarks;

/// <summary>
/// The whole check (load, normalize, cluster, compare, JSON report) over generated folders of
/// 1,000 and 10,000 articles, to see how time grows with the folder (target: at most 12x for 10x).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class EndToEndBenchmark
{
    private string _folder = "";

    [Params(1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"factcheck-bench-{Articles}");
        if (!Directory.Exists(_folder))
        {
            new CorpusGenerator().Write(_folder, Articles);
        }
    }

    [Benchmark(Description = "check a folder end to end")]
    public async Task<int> Check()
    {
        var loaded = new FolderLoader(new LoadOptions()).Load(_folder);
        var report = await FactCheckerFactory.CreateRules().CheckAsync(loaded).ConfigureAwait(false);
        return JsonReportWriter.Write(report).Length;
    }
}
