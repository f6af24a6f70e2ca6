using FactCheck.Cli;

// The whole program: parse, run, exit. Unexpected errors print one line unless --verbose.
var verbose = args.Contains("--verbose") || args.Contains("-v");
try
{
    var runner = new Runner(Console.Out, Console.Error);
    var root = CommandLine.Build(runner.RunAsync);
    var parse = root.Parse(args);
    if (parse.Errors.Count > 0)
    {
        foreach (var error in parse.Errors)
        {
            await Console.Error.WriteLineAsync($"factcheck: {error.Message}");
        }

        await Console.Error.WriteLineAsync("Try 'factcheck --help'.");
        return ExitCodes.BadInput;
    }

    return await parse.InvokeAsync(CommandLine.Invocation);
}
catch (Exception e)
{
    await Console.Error.WriteLineAsync($"factcheck: unexpected error: {e.Message}");
    if (verbose)
    {
        await Console.Error.WriteLineAsync(e.ToString());
    }

    return 3;
}
