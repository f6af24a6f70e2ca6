using System.Globalization;
using BenchmarkDotNet.Running;
using FactCheck.Benchmarks;

// `generate N FOLDER [--bad]` writes a synthetic corpus; anything else runs the benchmarks.
if (args.Length >= 3 && args[0] == "generate")
{
    var bad = new CorpusGenerator().Write(args[2], int.Parse(args[1], CultureInfo.InvariantCulture), args.Contains("--bad"));
    Console.WriteLine($"wrote {args[1]} articles to {args[2]}" + (bad.Count > 0 ? $" and {bad.Count} broken files: {string.Join(", ", bad)}" : ""));
    return 0;
}

if (args.Length >= 2 && args[0] == "profile")
{
    StageProfile.Run(args[1], args.Length >= 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(CorpusGenerator).Assembly).Run(args);
return 0;
