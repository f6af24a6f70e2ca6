using System.Text.Json;
using FactCheck.Core.Load;
using FactCheck.Core.Pipeline;
using FactCheck.Core.Report;

namespace FactCheck.Tests.Quotes;

/// <summary>The quote claims and the speaker alias table as the JSON report writes them, through the whole pipeline.</summary>
public sealed class QuoteReportTests
{
    private const string First =
        "The harbour of Port Elmar reopened on Monday after the storm.\n\n"
        + "\u201cThe harbour is open and the ferries run again,\u201d port spokesman Ivo Marek told reporters at the harbour.\n\n"
        + "The storm closed the harbour of Port Elmar for three days and damaged two ferries.";

    private const string Second =
        "Port Elmar harbour reopened on Monday, three days after the storm closed it.\n\n"
        + "\u201cThe harbour is open and the ferries are running again,\u201d Marek wrote on X.\n\n"
        + "The storm damaged two ferries in the harbour of Port Elmar.";

    [Fact]
    public async Task Report_lists_speakers_with_their_aliases_and_quote_fields()
    {
        var loaded = new LoadResult([SourceDocument.FromPlainText("a.txt", First), SourceDocument.FromPlainText("b.txt", Second)], []);
        var report = await FactCheckerFactory.CreateRules().CheckAsync(loaded);
        using var json = JsonDocument.Parse(JsonReportWriter.Write(report));
        var root = json.RootElement;

        var quotes = root.GetProperty("claims").EnumerateArray().Where(c => c.GetProperty("kind").GetString() == "quote").ToList();
        Assert.Equal(2, quotes.Count);
        // Each claim names the speaker as its own source does; the speakers table joins the names.
        Assert.Equal(["Ivo Marek", "Marek"], quotes.Select(q => q.GetProperty("speaker").GetString()));
        Assert.All(quotes, q => Assert.False(string.IsNullOrEmpty(q.GetProperty("quote").GetString())));

        if (root.GetProperty("sources")[0].GetProperty("cluster").GetString() != root.GetProperty("sources")[1].GetProperty("cluster").GetString())
        {
            return; // the clusterer kept them apart: nothing to compare (covered by the comparison cases)
        }

        var speaker = Assert.Single(root.GetProperty("speakers").EnumerateArray());
        Assert.Equal("Ivo Marek", speaker.GetProperty("name").GetString());
        Assert.Contains("Marek", speaker.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        var channel = Assert.Single(root.GetProperty("findings").EnumerateArray(), f => f.GetProperty("type").GetString() == "channel");
        Assert.Equal("conflict", channel.GetProperty("kind").GetString());
        Assert.Single(root.GetProperty("findings").EnumerateArray(), f => f.GetProperty("type").GetString() == "quote-wording");
    }
}
