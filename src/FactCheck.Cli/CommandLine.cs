using System.CommandLine;
using FactCheck.Core.Compare;

namespace FactCheck.Cli;

/// <summary>The command line: parses and validates, then hands a typed options record to <see cref="Runner"/>.</summary>
public static class CommandLine
{
    /// <summary>
    /// How the program invokes a parsed command line: without System.CommandLine's own handler of unexpected errors, which
    /// prints a stack trace; Program.cs prints one line instead (the trace only with --verbose).
    /// </summary>
    public static InvocationConfiguration Invocation => new() { EnableDefaultExceptionHandler = false };

    public static RootCommand Build(Func<CheckCommandOptions, CancellationToken, Task<int>> run)
    {
        var root = new RootCommand("FactCheck: checks news sources against each other and reports where they agree and conflict.");
        root.Subcommands.Add(BuildCommand("check", "Compare the articles in a folder and report agreements and conflicts.", compare: true, run));
        root.Subcommands.Add(BuildCommand("extract", "List every claim found in a folder or file, without comparing.", compare: false, run));
        return root;
    }

    private static Command BuildCommand(string name, string description, bool compare, Func<CheckCommandOptions, CancellationToken, Task<int>> run)
    {
        var path = new Argument<string>(compare ? "folder" : "path") { Description = compare ? "Folder of articles (.txt, .md, .html)." : "Folder or file of articles." };
        var format = new Option<ReportFormat>("--format", "-f") { Description = "Report format: markdown (default) or json." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file (atomically) instead of stdout." };
        var include = new Option<string[]>("--include") { Description = "Glob of files to read, relative to the folder (repeatable).", AllowMultipleArgumentsPerToken = true };
        var exclude = new Option<string[]>("--exclude") { Description = "Glob of files to leave out (repeatable).", AllowMultipleArgumentsPerToken = true };
        var maxSize = new Option<long?>("--max-file-size") { Description = "Skip files larger than this many bytes (default 10 MB)." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Show details of errors (stack traces) and the time each stage took." };
        var failOn = new Option<Severity?>("--fail-on") { Description = "Exit 1 when a conflict of this severity or worse is found: low, medium or high." };

        var command = new Command(name, description) { path, format, output, include, exclude, maxSize, verbose };
        if (compare)
        {
            command.Options.Add(failOn);
        }

        var llm = LlmCommandOptions.AddTo(command);

        command.SetAction((parse, token) => run(
            new CheckCommandOptions
            {
                Path = parse.GetValue(path)!,
                CompareSources = compare,
                Format = parse.GetValue(format),
                Output = parse.GetValue(output),
                Include = parse.GetValue(include) ?? [],
                Exclude = parse.GetValue(exclude) ?? [],
                FailOn = compare ? parse.GetValue(failOn) : null,
                MaxFileSize = parse.GetValue(maxSize),
                Verbose = parse.GetValue(verbose),
                Llm = llm(parse),
            },
            token));
        return command;
    }
}
