namespace FactCheck.Core.Load;

/// <summary>Input the run cannot use at all: names the path and the problem, in one line for the user.</summary>
public sealed class InputException(string path, string problem, int? line = null, int? column = null)
    : Exception(line is null ? $"{path}: {problem}" : $"{path}:{line}:{column}: {problem}")
{
    public string InputPath { get; } = path;

    public int? Line { get; } = line;

    public int? Column { get; } = column;
}
