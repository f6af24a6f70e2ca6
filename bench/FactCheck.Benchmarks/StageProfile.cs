using System.Diagnostics;
using FactCheck.Core.Claims;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Pipeline;

namespace FactCheck.Benchmarks;

/// <summary>
/// `profile FOLDER`: a rough, single-run breakdown of where normalize time goes (per extractor),
/// to decide what to optimise. Not a measurement for the README: BenchmarkDotNet gives those.
/// </summary>
public static class StageProfile
{
    public static void Run(string folder, int passes = 3)
    {
        var clock = Stopwatch.StartNew();
        var loaded = new FolderLoader(new LoadOptions()).Load(folder);
        Console.WriteLine($"load: {clock.Elapsed.TotalSeconds:F2} s, {loaded.Sources.Count} sources, {loaded.Sources.Sum(s => (long)s.RawText.Length) / 1e6:F2} MB");
        var extractors = FactCheckerFactory.RuleExtractors();

        // Warm the JIT and the regex caches on a few documents first.
        foreach (var doc in loaded.Sources.Take(20))
        {
            var found = new List<Claim>();
            foreach (var e in extractors)
            {
                found.AddRange(e.Extract(AnalyzedSource.Analyze(doc), found));
            }
        }

        // Three passes: the first is what a one-pass CLI run sees (much of it in code the JIT has
        // not yet optimised); by the third the hot methods run optimised, as in a benchmark.
        var mb = loaded.Sources.Sum(s => (long)s.RawText.Length) / 1e6;
        var times = new double[extractors.Count];
        var allocated = new long[extractors.Count];
        var analyze = 0.0;
        var perDocument = new List<(string Path, double Seconds, int Length)>();
        using var sampler = new AllocationSampler();
        for (var pass = 1; pass <= passes; pass++)
        {
            sampler.Counting = pass == passes;
            Array.Clear(times);
            Array.Clear(allocated);
            analyze = 0.0;
            var pauseBefore = GC.GetTotalPauseDuration();
            var gen0Before = GC.CollectionCount(0);
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            perDocument.Clear();
            foreach (var doc in loaded.Sources)
            {
                var whole = Stopwatch.StartNew();
                var t = Stopwatch.StartNew();
                var source = AnalyzedSource.Analyze(doc);
                _ = source.Sentences; // worked out on first use: timed here, not in the first extractor
                _ = source.Lines;
                analyze += t.Elapsed.TotalSeconds;
                var found = new List<Claim>();
                for (var i = 0; i < extractors.Count; i++)
                {
                    var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
                    t.Restart();
                    found.AddRange(extractors[i].Extract(source, found));
                    times[i] += t.Elapsed.TotalSeconds;
                    allocated[i] += GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
                }

                perDocument.Add((doc.Path, whole.Elapsed.TotalSeconds, doc.RawText.Length));
            }

            var passTotal = analyze + times.Sum();
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            Console.WriteLine($"pass {pass}: normalize {passTotal:F3} s = {mb / passTotal:F2} MB/s on one core ({cpu:F3} s of CPU = {mb / cpu:F2} MB/s per CPU second); GC: {GC.CollectionCount(0) - gen0Before} collections, {(GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds:F3} s paused, {(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1e6:F0} MB allocated");
        }

        sampler.Counting = false;
        Thread.Sleep(500); // the runtime's events arrive on another thread, a little late
        Console.WriteLine("last pass, allocated by type (sampled):");
        foreach (var (type, bytes) in sampler.Top(12))
        {
            Console.WriteLine($"  {bytes / 1e6,6:F1} MB  {type}");
        }

        Console.WriteLine("last pass:");
        Console.WriteLine($"analyze (sentences, lines): {analyze:F2} s");
        for (var i = 0; i < extractors.Count; i++)
        {
            Console.WriteLine($"{extractors[i].GetType().Name}: {times[i]:F2} s, {allocated[i] / 1e6:F0} MB allocated");
        }

        // The slowest documents per character: a rule that is slow on some text shows here.
        Console.WriteLine("slowest documents (last pass, µs per 1,000 characters):");
        foreach (var (path, seconds, length) in perDocument.OrderByDescending(d => d.Seconds / Math.Max(1, d.Length)).Take(5))
        {
            Console.WriteLine($"  {seconds * 1e9 / Math.Max(1, length):F0}  {Path.GetFileName(path)} ({length} characters)");
        }

        var total = analyze + times.Sum();
        Console.WriteLine($"normalize total: {total:F2} s = {mb / total:F2} MB/s on one core");
    }
}
