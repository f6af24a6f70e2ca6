namespace FactCheck.Cli;

/// <summary>The exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    /// <summary>The run finished (conflicts or not, unless --fail-on says otherwise).</summary>
    public const int Ok = 0;

    /// <summary>--fail-on was given and a conflict at or above that severity was found.</summary>
    public const int ConflictsFound = 1;

    /// <summary>Bad usage, or input of which nothing could be read.</summary>
    public const int BadInput = 2;

    /// <summary>Ctrl+C.</summary>
    public const int Cancelled = 130;
}
