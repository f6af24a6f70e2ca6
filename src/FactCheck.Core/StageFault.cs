namespace FactCheck.Core;

/// <summary>
/// A rule that failed on one input: a bug in one extractor or comparer should cost the claims of one
/// file or the findings of one cluster, never the whole run. The failure becomes a warning that names
/// the input, the rule and the error, so the report says what it left out, and the run goes on.
/// </summary>
public static class StageFault
{
    /// <summary>
    /// Runs <paramref name="work"/> and returns all it gives, or nothing and a warning when it throws.
    /// The results are read to the end first, so a lazy rule that fails half-way adds none of them.
    /// Cancellation and running out of memory are not one input's fault: they still end the run.
    /// </summary>
    public static (List<T> Results, string? Warning) Contain<T>(string where, object rule, string leftOut, Func<IEnumerable<T>> work)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            return ([.. work()], null);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return ([], $"{where}: {rule.GetType().Name} failed ({e.GetType().Name}: {FirstLine(e.Message)}); {leftOut}");
        }
    }

    // An exception's message can run over lines (a parser quoting its input): the warning stays one
    // line, with no control characters to upset a terminal.
    private static string FirstLine(string message)
    {
        var line = message.AsSpan().Trim();
        var end = line.IndexOfAny('\r', '\n');
        return string.Concat((end < 0 ? line : line[..end]).TrimEnd().ToString().Where(c => !char.IsControl(c)));
    }
}
