using BenchmarkDotNet.Attributes;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Pipeline;

namespace FactCheck.Benchmarks;

/// <summary>
/// Throughput of the normalize stage (sentence splitting and every rule extractor) on one core,
/// over a megabyte of generated article text. MB/s = 1 / (mean seconds per operation).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class NormalizationBenchmark
{
    private List<SourceDocument> _documents = [];
    private IReadOnlyList<IClaimExtractor> _extractors = [];

    /// <summary>Bytes of article text processed per operation.</summary>
    public const int TextBytes = 1 << 20;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(Path.GetTempPath(), "factcheck-bench-norm");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, true);
        }

        new CorpusGenerator().Write(folder, 2000);
        var loaded = new FolderLoader(new LoadOptions()).Load(folder);
        var total = 0;
        foreach (var doc in loaded.Sources)
        {
            if (total >= TextBytes)
            {
                break;
            }

            _documents.Add(doc);
            total += doc.RawText.Length;
        }

        _extractors = FactCheckerFactory.RuleExtractors();
    }

    [Benchmark(Description = "normalize 1 MB of articles (one core)")]
    public int NormalizeOneMegabyte()
    {
        var claims = 0;
        foreach (var doc in _documents)
        {
            var source = AnalyzedSource.Analyze(doc);
            var found = new List<FactCheck.Core.Claims.Claim>();
            foreach (var extractor in _extractors)
            {
                found.AddRange(extractor.Extract(source, found));
            }

            claims += found.Count;
        }

        return claims;
    }
}
