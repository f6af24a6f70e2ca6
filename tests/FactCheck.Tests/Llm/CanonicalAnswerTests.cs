using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FactCheck.Llm.Canonicalize;

namespace FactCheck.Tests.Llm;

/// <summary>How a model's answer is checked against the request: data-driven from cases/answers.jsonl (a case is a line).</summary>
public sealed class CanonicalAnswerTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(CasesFile()).Where(l => l.Trim().Length > 0))
        {
            data.Add(JsonDocument.Parse(line).RootElement.GetProperty("name").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Answers_are_checked_against_the_request(string name)
    {
        var c = File.ReadLines(CasesFile()).Select(l => JsonDocument.Parse(l).RootElement).Single(e => e.GetProperty("name").GetString() == name);
        var claims = LlmTestKit.Claims(LlmTestKit.Source("case.txt", c.GetProperty("article").GetString()!));
        var answer = c.TryGetProperty("answerText", out var text) ? text.GetString()! : c.GetProperty("answer").GetRawText();

        var read = CanonicalAnswer.Read(answer, claims);

        Assert.Equal(c.GetProperty("malformed").GetBoolean(), read.Malformed);
        Assert.Equal(
            c.GetProperty("accepted").EnumerateArray().Select(e => e.GetString()!),
            read.Forms.Keys.Order().Select(CanonicalRequest.ClaimId));
        Assert.Equal(c.GetProperty("problems").GetInt32(), read.Problems.Count);
    }

    [Fact]
    public void A_quantity_keeps_the_number_the_rules_read_whatever_the_model_says()
    {
        var claims = LlmTestKit.Claims(LlmTestKit.Source("a.txt", "Rebels freed 1,040 hostages."));
        var answer = """{"claims":[{"id":"c1","quote":"1,040 hostages","subject":"rebels","predicate":"free","object":"hostage","value":"9","unit":"hostage","time":null,"place":null,"speaker":null,"event":null}]}""";

        var form = CanonicalAnswer.Read(answer, claims).Forms[0];

        Assert.Equal("1040", form.Value);
        Assert.Equal("hostage", form.Unit);
    }

    [Fact]
    public void Fields_are_folded_to_one_short_line()
    {
        var claims = LlmTestKit.Claims(LlmTestKit.Source("a.txt", "Rebels freed 40 hostages."));
        var longSubject = string.Concat(Enumerable.Repeat("very ", 100));
        var answer = JsonSerializer.Serialize(new { claims = new[] { new { id = "c1", quote = "40 hostages", subject = "the\nrebels  " + longSubject, predicate = "null", @object = "" } } });

        var form = CanonicalAnswer.Read(answer, claims).Forms[0];

        Assert.StartsWith("the rebels very", form.Subject, StringComparison.Ordinal);
        Assert.True(form.Subject!.Length <= 160);
        Assert.Null(form.Predicate);
        Assert.Null(form.Object);
    }

    [Fact]
    public void Any_answer_at_all_yields_forms_only_for_claims_of_the_request()
    {
        var claims = LlmTestKit.Claims(LlmTestKit.Source("a.txt", "Rebels freed 40 hostages and 12 journalists."));
        Prop.ForAll<string, int, string>((id, n, quote) =>
        {
            var answer = JsonSerializer.Serialize(new { claims = new[] { new { id = id ?? "", quote = quote ?? "" }, new { id = "c" + n, quote = quote ?? "" } } });
            var read = CanonicalAnswer.Read(answer, claims);
            return read.Forms.Keys.All(k => k >= 0 && k < claims.Count)
                && read.Forms.All(f => CanonicalAnswer.QuoteStandsIn(quote ?? "", claims[f.Key].Sentence.Text));
        }).QuickCheckThrowOnFailure();
    }

    private static string CasesFile() => Path.Combine(AppContext.BaseDirectory, "Llm", "cases", "answers.jsonl");
}
