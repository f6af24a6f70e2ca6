using System.Globalization;
using System.Text;

namespace FactCheck.Benchmarks;

/// <summary>
/// Writes synthetic folders of news articles for scale tests and benchmarks: stories in clusters
/// of 3–6 sources, each story an invented incident in an invented town, told by each outlet with
/// its own wording, hedges, dates and, now and then, a different number, date or quote wording.
/// Deterministic for a given seed. Built from the shape of the project's own samples.
/// </summary>
public sealed class CorpusGenerator(int seed = 7)
{
    private static readonly string[] Syllables = ["mar", "row", "cal", "der", "ven", "tor", "lis", "ban", "ket", "sol", "mir", "dun", "hal", "bre", "osk", "vel", "tam", "gor", "rin", "pel"];
    private static readonly string[] FirstNames = ["Ada", "Tom", "Lena", "Mira", "Jonas", "Ruth", "Omar", "Ines", "Pavel", "Grace", "Tariq", "Nadia", "Hugo", "Elsa", "Kofi", "Rosa"];
    private static readonly string[] Incidents = ["flood", "wildfire", "storm", "landslide", "earthquake", "chemical spill"];
    private static readonly string[] Damaged = ["homes", "buildings", "farms", "shops", "vehicles"];
    private static readonly string[] Roles = ["Governor", "Mayor", "Fire Chief", "Police Commissioner"];
    private static readonly string[] OutletWords = ["Courier", "Daily", "Post", "Herald", "Ledger", "Gazette", "Times", "Observer"];
    private static readonly string[] Hedges = ["about", "roughly", "nearly", "some", "an estimated"];

    private readonly Random _random = new(seed);

    /// <summary>Writes <paramref name="articles"/> articles (and, if asked, a few broken files) into <paramref name="folder"/>.</summary>
    /// <returns>The names of the broken files written.</returns>
    public IReadOnlyList<string> Write(string folder, int articles, bool withBadFiles = false)
    {
        Directory.CreateDirectory(folder);
        var written = 0;
        var story = 0;
        while (written < articles)
        {
            var size = Math.Min(articles - written, _random.Next(3, 7));
            var facts = NewStory();
            for (var i = 0; i < size; i++)
            {
                var (name, text) = Tell(facts, story, i);
                File.WriteAllText(Path.Combine(folder, name), text, new UTF8Encoding(false));
                written++;
            }

            story++;
        }

        return withBadFiles ? WriteBadFiles(folder) : [];
    }

    private sealed record Story(string Town, string River, string Incident, string What, int Damaged, int Evacuated, int Workers,
        string Official, string Role, DateOnly Published, int DaysAgo, string Quote, decimal FundMillions);

    private Story NewStory()
    {
        var town = Name(3) + " " + Name(2); // 20^5 names: unique per story in practice
        var damaged = _random.Next(2, 200) * 100;
        var published = new DateOnly(2024, 1, 1).AddDays(_random.Next(0, 900));
        return new Story(
            town,
            Name(2) + " River",
            Incidents[_random.Next(Incidents.Length)],
            Damaged[_random.Next(Damaged.Length)],
            damaged,
            _random.Next(5, 90) * 100,
            _random.Next(50, 600),
            FirstNames[_random.Next(FirstNames.Length)] + " " + Name(3),
            Roles[_random.Next(Roles.Length)],
            published,
            _random.Next(1, 6),
            $"We will rebuild every one of the {Name(2)} {Damaged[_random.Next(Damaged.Length)]} this year",
            _random.Next(20, 400) / 10m);
    }

    private (string Name, string Text) Tell(Story s, int story, int teller)
    {
        var outlet = $"The {Name(2)} {OutletWords[_random.Next(OutletWords.Length)]}";
        var day = s.Published.AddDays(-s.DaysAgo);
        // One teller in three disagrees on something: a number, the day, or the quote's words.
        var twist = teller > 0 && _random.Next(3) == 0 ? _random.Next(3) : -1;
        var damaged = twist == 0 ? s.Damaged + (s.Damaged / 4) : s.Damaged;
        var stated = twist == 1 ? day.AddDays(-1) : day;
        var quote = twist == 2 ? s.Quote.Replace("every one of", "all of", StringComparison.Ordinal) : s.Quote;
        var hedge = _random.Next(2) == 0 ? Capitalized(Hedges[_random.Next(Hedges.Length)]) + " " : "";
        var ci = CultureInfo.InvariantCulture;

        var body = new StringBuilder();
        body.AppendLine(ci, $"The {s.Incident} in {s.Town} damaged {damaged:N0} {s.What} on {stated.DayOfWeek} ({stated:MMMM d}), officials said.");
        body.AppendLine();
        body.AppendLine(ci, $"{hedge}{s.Evacuated:N0} residents were evacuated as the {s.River} rose, and {s.Workers} rescue workers joined the search.");
        body.AppendLine();
        body.AppendLine(ci, $"\"{quote},\" {s.Role} {s.Official} told reporters.");
        body.AppendLine();
        body.AppendLine(ci, $"The council of {s.Town} will meet next week to approve a relief fund of ${s.FundMillions:0.0} million.");
        body.AppendLine();
        body.AppendLine("Advertisement");

        var name = $"story{story:D5}-{teller}";
        if (teller % 2 == 0)
        {
            var text = $"---\ntitle: \"{s.Incident} hits {s.Town}\"\noutlet: {outlet}\npublished: {s.Published:yyyy-MM-dd}\n---\n\n# {s.Incident} hits {s.Town}\n\n{body}";
            return (name + ".md", text);
        }

        return (name + ".txt", $"{s.Published.ToString("MMMM dd, yyyy", ci)}\n{outlet}\n{body}Original url:\n<https://www.{Name(3).ToLowerInvariant()}.example/{story}>\n");
    }

    private static IReadOnlyList<string> WriteBadFiles(string folder)
    {
        var bad = new List<string>();
        void Write(string name, byte[] bytes)
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
            bad.Add(name);
        }

        Write("zz-binary.txt", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x7F, 0x00, 0x00]);
        Write("zz-empty.txt", []);
        Write("zz-blank.md", Encoding.UTF8.GetBytes("   \n\t\n  "));
        return bad;
    }

    private static string Capitalized(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private string Name(int syllables)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            sb.Append(Syllables[_random.Next(Syllables.Length)]);
        }

        sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.ToString();
    }
}
