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
            var loaded = new FolderLoader(loadOptions).Load(options.Path, cancellationToken);
            foreach (var skipped in loaded.Skipped)
            {
                await stderr.WriteLineAsync($"factcheck: skipped {skipped.Path}: {skipped.Reason}").ConfigureAwait(false);
            }

            foreach (var warning in loaded.Warnings)
            {
                await stderr.WriteLineAsync($"factcheck: warning: {warning}").ConfigureAwait(false);
            }

            if (loaded.Sources.Count == 0)
            {
                await stderr.WriteLineAsync($"factcheck: {options.Path}: no readable articles (.txt, .md, .html) found").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            using var setup = LlmSetup.Create(options.Llm, loaded.Sources.Count, stderr);

            // One cache folder for the tool: --cache-dir and --no-cache cover the claims of each file as well as LLM answers.
            using var cache = options.Llm.NoCache ? null : SqliteClaimCache.Open(options.Llm.CacheDir ?? SqliteClaimCache.DefaultFolder);
            var checker = setup.Checker.WithClaimCache((IClaimCache?)cache ?? NullClaimCache.Instance);
            var report = options.CompareSources
                ? await checker.CheckAsync(loaded, cancellationToken).ConfigureAwait(false)
                : await checker.ExtractAsync(loaded, cancellationToken).ConfigureAwait(false);
            foreach (var warning in cache?.Warnings ?? [])
            {
                // On stderr only: the report says what the articles say, whatever state the cache was in.
                await stderr.WriteLineAsync($"factcheck: warning: {warning}").ConfigureAwait(false);
            }

            report = setup.Complete(report, stderr);

            var text = options.Format == ReportFormat.Json ? JsonReportWriter.Write(report) : MarkdownReportWriter.Write(report);
            if (options.Output is null)
            {
                await stdout.WriteAsync(text).ConfigureAwait(false);
            }
            else
            {
                AtomicFile.WriteAllText(options.Output, text);
            }

            return options.FailOn is { } threshold && report.WorstConflict >= threshold ? ExitCodes.ConflictsFound : ExitCodes.Ok;
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
}

/// <summary>Writes a file so that readers never see it half written: a temporary file beside it, then a rename.</summary>
public static class AtomicFile
{
    public static void WriteAllText(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new InputException(path, $"cannot write the report: folder {folder} does not exist");
        }

        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllText(temp, text, new UTF8Encoding(false));
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
