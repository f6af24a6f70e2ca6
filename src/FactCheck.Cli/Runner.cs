using System.Text;
using FactCheck.Core.Cache;
using FactCheck.Core.Load;
using FactCheck.Core.Pipeline;
using FactCheck.Core.Report;

namespace FactCheck.Cli;

/// <summary>Runs a parsed command: load, check, write, and turn the outcome into an exit code.</summary>
public sealed class Runner(TextWriter stdout, TextWriter stderr)
{
    public async Task<int> RunAsync(CheckCommandOptions options, CancellationToken cancellationToken)
    {
        try
        {
            var loadOptions = new LoadOptions
            {
                Include = options.Include.Count > 0 ? options.Include : LoadOptions.DefaultIncludes,
                Exclude = options.Exclude,
                MaxFileSize = options.MaxFileSize ?? new LoadOptions().MaxFileSize,
            };
            // One cache folder for the tool: --cache-dir and --no-cache cover each file's loaded document and claims as well as LLM answers.
            // Not for a path that is not there: a mistyped folder should not leave a cache folder behind.
            var exists = File.Exists(options.Path) || Directory.Exists(options.Path);

            // A Markdown check with the rules starts from what the last such check of the folder kept, when it can.
            var outlined = !options.Llm.NoCache && exists && options.CompareSources && options.Format == ReportFormat.Markdown && options.Llm.Mode == AnalysisMode.Rules;
            if (outlined)
            {
                // A re-run is nearly always for a changed file, whose extraction and comparison pay the
                // rules' start-up: begun first, it runs beside the cache's opening, the snapshot and the reading of every file.
                _ = FactCheckerFactory.WarmUp();
            }

            using var cache = options.Llm.NoCache || !exists ? null : SqliteClaimCache.Open(options.Llm.CacheDir ?? SqliteClaimCache.DefaultFolder);
            var timer = new StageTimer(options.Verbose ? stderr : null);
            // The rules' start-up (word lists, patterns, code) runs beside the loader whenever a file is new or changed.
            var loader = new FolderLoader(loadOptions, cache, building: () => _ = FactCheckerFactory.WarmUp());
            if (outlined)
            {
                var rules = FactCheckerFactory.CreateRules().WithClaimCache(cache!).WithResultsCache(cache!).WithTimings(timer.Stage);
                if (await rules.CheckIncrementallyAsync(loader, options.Path, cancellationToken).ConfigureAwait(false) is { } incremental)
                {
                    timer.Restart();
                    var outline = incremental.Outline;
                    await Tell(outline.Skipped, outline.Warnings).ConfigureAwait(false);
                    await TellCache(cache!).ConfigureAwait(false);
                    WriteOutline(options, outline);
                    await incremental.Kept.ConfigureAwait(false);
                    timer.Lap("write", $"{incremental.Changed:N0} changed or new, {incremental.Removed:N0} removed, {incremental.Regrouped:N0} grouped again, {incremental.Compared:N0} clusters compared");
                    return Finish(options, cache, timer, outline.WorstConflict);
                }

                timer.Restart();
            }

            var loaded = loader.Load(options.Path, cancellationToken);
            timer.Lap("load", $"{loaded.Sources.Count:N0} sources, {loader.Recalled:N0} from the cache");
            await Tell(loaded.Skipped, loaded.Warnings).ConfigureAwait(false);

            if (loaded.Sources.Count == 0)
            {
                await stderr.WriteLineAsync($"factcheck: {options.Path}: no readable articles (.txt, .md, .html) found").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            using var setup = LlmSetup.Create(options.Llm, loaded.Sources.Count, stderr);

            var checker = setup.Checker.WithClaimCache((IClaimCache?)cache ?? NullClaimCache.Instance).WithTimings(timer.Stage);
            if (cache is not null)
            {
                checker = checker.WithResultsCache(cache);
            }

            timer.Restart();
            if (outlined)
            {
                // The whole check, keeping a snapshot for the next run.
                var outline = await checker.CheckAndKeepAsync(loader, options.Path, loaded, cancellationToken).ConfigureAwait(false);
                await Tell([], outline.Warnings.Skip(loaded.Warnings.Count).ToList()).ConfigureAwait(false);
                await TellCache(cache!).ConfigureAwait(false);
                timer.Restart();
                WriteOutline(options, outline);
                timer.Lap("write", null);
                return Finish(options, cache, timer, outline.WorstConflict);
            }

            var report = options.CompareSources
                ? await checker.CheckAsync(loaded, cancellationToken).ConfigureAwait(false)
                : await checker.ExtractAsync(loaded, cancellationToken).ConfigureAwait(false);
            // The loader's warnings were told above; these are the rules' own (one failed on a file or a cluster).
            await Tell([], report.Warnings.Skip(loaded.Warnings.Count).ToList()).ConfigureAwait(false);
            if (cache is not null)
            {
                await TellCache(cache).ConfigureAwait(false);
            }

            report = setup.Complete(report, stderr);

            timer.Restart();
            if (options.Format == ReportFormat.Markdown)
            {
                if (report.Findings is not null)
                {
                    WriteOutline(options, MarkdownReportWriter.Outline(report));
                }
                else
                {
                    WriteMarkdown(options, writer => MarkdownReportWriter.Write(report, writer));
                }
            }
            else if (options.Output is null)
            {
                await stdout.WriteAsync(JsonReportWriter.Write(report)).ConfigureAwait(false);
            }
            else
            {
                // Streamed into the file: a report of ten thousand articles is never one string in memory.
                AtomicFile.Write(options.Output, stream => JsonReportWriter.Write(report, stream));
            }

            timer.Lap("write", null);
            return Finish(options, cache, timer, report.WorstConflict);
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("factcheck: cancelled").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"factcheck: {e.Message}").ConfigureAwait(false);
            if (options.Verbose)
            {
                await stderr.WriteLineAsync(e.ToString()).ConfigureAwait(false);
            }

            return ExitCodes.BadInput;
        }
    }

    /// <summary>One line on stderr per skipped file and per warning.</summary>
    private async Task Tell(IReadOnlyList<SkippedFile> skipped, IReadOnlyList<string> warnings)
    {
        foreach (var s in skipped)
        {
            await stderr.WriteLineAsync($"factcheck: skipped {s.Path}: {s.Reason}").ConfigureAwait(false);
        }

        foreach (var warning in warnings)
        {
            await stderr.WriteLineAsync($"factcheck: warning: {warning}").ConfigureAwait(false);
        }
    }

    /// <summary>The cache's own warnings, on stderr only: the report says what the articles say, whatever state the cache was in.</summary>
    private async Task TellCache(SqliteClaimCache cache)
    {
        foreach (var warning in cache.Warnings)
        {
            await stderr.WriteLineAsync($"factcheck: warning: {warning}").ConfigureAwait(false);
        }
    }

    /// <summary>Writes the Markdown of an outline to the output file (atomically, as UTF-8 straight from its pieces) or to stdout.</summary>
    private void WriteOutline(CheckCommandOptions options, MarkdownOutline outline)
    {
        if (options.Output is null)
        {
            MarkdownReportWriter.Write(outline, stdout);
            return;
        }

        AtomicFile.Write(options.Output, stream => MarkdownReportWriter.Write(outline, stream));
    }

    /// <summary>Writes Markdown (of an extract report) to the output file (atomically, streamed) or to stdout.</summary>
    private void WriteMarkdown(CheckCommandOptions options, Action<TextWriter> write)
    {
        if (options.Output is null)
        {
            write(stdout);
            return;
        }

        AtomicFile.Write(options.Output, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
            write(writer);
        });
    }

    /// <summary>Prunes the cache, prints the total time, and gives the exit code.</summary>
    private static int Finish(CheckCommandOptions options, SqliteClaimCache? cache, StageTimer timer, FactCheck.Core.Compare.Severity? worst)
    {
        if (cache is not null)
        {
            var pruned = cache.Prune();
            timer.Lap("cache", $"{pruned:N0} unused entries removed");
        }

        timer.Total();
        return options.FailOn is { } threshold && worst >= threshold ? ExitCodes.ConflictsFound : ExitCodes.Ok;
    }
}

/// <summary>
/// With --verbose, one line per stage on stderr ("factcheck: time: load 1.20 s, cpu 2.10 s (…)"):
/// where a run's time goes. CPU time is the whole process's since the previous line, so that a
/// busy machine (wall time stretched by other work) can still be compared with a quiet one.
/// </summary>
internal sealed class StageTimer(TextWriter? stderr)
{
    private readonly long _start = System.Diagnostics.Stopwatch.GetTimestamp();
    private readonly TimeSpan _startCpu = Cpu();
    private long _lap = System.Diagnostics.Stopwatch.GetTimestamp();
    private TimeSpan _lapCpu = Cpu();

    public void Restart() => _lap = System.Diagnostics.Stopwatch.GetTimestamp();

    /// <summary>Reports the time since the last lap under <paramref name="stage"/>.</summary>
    public void Lap(string stage, string? detail)
    {
        Write(stage, System.Diagnostics.Stopwatch.GetElapsedTime(_lap), detail);
        Restart();
    }

    /// <summary>A stage the pipeline timed itself.</summary>
    public void Stage(string stage, TimeSpan elapsed) => Write(stage, elapsed, null);

    public void Total()
    {
        _lapCpu = _startCpu;
        var gc = string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"garbage collection paused {GC.GetTotalPauseDuration().TotalSeconds:F2} s in {GC.CollectionCount(0):N0} collections ({GC.CollectionCount(1):N0} of gen 1, {GC.CollectionCount(2):N0} of gen 2), {GC.GetTotalAllocatedBytes() / (1024.0 * 1024):N0} MB allocated");
        Write("total", System.Diagnostics.Stopwatch.GetElapsedTime(_start), gc);
    }

    private void Write(string stage, TimeSpan elapsed, string? detail)
    {
        if (stderr is null)
        {
            return;
        }

        var cpu = Cpu();
        var used = cpu - _lapCpu;
        _lapCpu = cpu;
        stderr.WriteLine(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"factcheck: time: {stage,-12} {elapsed.TotalSeconds,7:F2} s, cpu {used.TotalSeconds,6:F2} s{(detail is null ? "" : $"  ({detail})")}"));
    }

    private static TimeSpan Cpu()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}

/// <summary>Writes a file so that readers never see it half written: a temporary file beside it, then a rename.</summary>
public static class AtomicFile
{
    /// <summary>Writes the file through <paramref name="write"/> into a temporary file beside it, then renames it into place.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new InputException(path, $"cannot write the report: folder {folder} does not exist");
        }

        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                write(stream);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, "cannot write the report: " + e.Message);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
