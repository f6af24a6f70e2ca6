namespace FactCheck.Tests.Cli;

/// <summary>
/// A temporary folder of three invented articles: two outlets on one harbor fire that differ on
/// a number (40 vs 45 containers), and one unrelated club story. Deleted on dispose.
/// </summary>
internal sealed class ArticleFolder : IDisposable
{
    public const string Herald = "harbor-herald.txt";
    public const string Ledger = "coastal-ledger.txt";
    public const string Chess = "club-news.md";

    public ArticleFolder()
    {
        Path = Directory.CreateTempSubdirectory("factcheck-cli-").FullName;
        Write(Herald, """
            Fire destroys containers at Port Meridian terminal

            By Lena Ortiz, Meridian Herald
            March 5, 2025

            A fire at the Port Meridian container terminal on Tuesday destroyed 40 containers and injured 7 workers, the harbor authority said.

            Firefighters needed six hours to bring the blaze under control. The terminal will reopen on Friday, March 7, officials said.
            """);
        Write(Ledger, """
            Blaze at Port Meridian terminal

            Coastal Ledger staff
            March 5, 2025

            A blaze at the Port Meridian container terminal on Tuesday destroyed 45 containers and injured 7 workers, according to the harbor authority.

            Crews fought the fire for six hours. The terminal is expected to reopen on Friday, March 7.
            """);
        Write(Chess, """
            # Lakeside chess club crowns a new champion

            The Lakeside Chess Club crowned a new champion on Saturday after a nine-round tournament that drew 64 players.
            """);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Write(string name, string text) => System.IO.File.WriteAllText(File(name), text);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is not worth failing a test over.
        }
    }
}
