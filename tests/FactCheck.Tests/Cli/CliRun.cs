using System.CommandLine;
using System.Diagnostics;
using FactCheck.Cli;

namespace FactCheck.Tests.Cli;

/// <summary>What a run of the command line printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The non-empty lines of stderr.</summary>
    public IReadOnlyList<string> ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Parses <paramref name="args"/> with <see cref="CommandLine.Build"/> and runs the
    /// <see cref="Runner"/> in this process on string writers. Fails the test on a parse error.
    /// </summary>
    public static async Task<CliRun> InProcess(params string[] args)
    {
        var parse = Parse(args);
        Assert.True(parse.Errors.Count == 0, "unexpected parse errors: " + string.Join("; ", parse.Errors.Select(e => e.Message)));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var runner = new Runner(stdout, stderr);
        var exit = await CommandLine.Build(runner.RunAsync).Parse(args).InvokeAsync();
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Only parses: what Program.cs checks before running anything.</summary>
    public static ParseResult Parse(params string[] args) =>
        CommandLine.Build((_, _) => throw new InvalidOperationException("a parse-only test must not run")).Parse(args);

    /// <summary>Runs the built factcheck.dll through `dotnet`, as a user would.</summary>
    public static async Task<CliRun> AsProcess(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "factcheck.dll");
        Assert.True(File.Exists(dll), $"{dll} not found: the test project should copy the CLI next to itself");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new CliRun(process.ExitCode, await stdout, await stderr);
    }
}
