namespace FactCheck.Core.Text;

/// <summary>
/// The most wall-clock time one regular-expression match may take, for every pattern with a timeout. A guard against a
/// runaway pattern, not a speed limit: the patterns run in microseconds on the text they get, but the clock runs while a
/// starved process waits for a core, and with fourteen runs at once on two cores matches of a few hundred characters
/// took over a second. With the old one- and two-second budgets a file then lost its markup analysis, and a report
/// depended on the machine's load.
/// </summary>
public static class PatternBudget
{
    public const int Milliseconds = 30_000;

    public static readonly TimeSpan Time = TimeSpan.FromMilliseconds(Milliseconds);
}
