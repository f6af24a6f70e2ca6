using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactCheck.Core.Claims;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Llm.Canonicalize;

/// <summary>
/// A model's answer for one article, checked: the canonical forms that passed, by index of the claim
/// they belong to, and what was wrong with the rest. <see cref="Malformed"/> when nothing could be read.
/// </summary>
public sealed partial record CanonicalAnswer(IReadOnlyDictionary<int, CanonicalForm> Forms, IReadOnlyList<string> Problems, bool Malformed)
{
    private const int MaxFieldLength = 160;

    /// <summary>
    /// Parses <paramref name="answer"/> against the schema and keeps a canonical form only when it names a
    /// claim of the request (by id) and quotes a stretch that really is in that claim's sentence. Anything
    /// else — an invented claim, a quote from nowhere, a second answer for one claim — is dropped, and the
    /// rule-based claim stands. A quantity claim's value is always the rules' value.
    /// </summary>
    public static CanonicalAnswer Read(string answer, IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(StripFences(answer ?? ""));
            root = doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return new(new Dictionary<int, CanonicalForm>(), ["answer is not valid JSON"], true);
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("claims", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return new(new Dictionary<int, CanonicalForm>(), ["answer has no \"claims\" array"], true);
        }

        var forms = new Dictionary<int, CanonicalForm>();
        var problems = new List<string>();
        foreach (var item in items.EnumerateArray())
        {
            var id = item.ValueKind == JsonValueKind.Object ? Field(item, "id") : null;
            var index = IndexOf(id, claims.Count);
            if (index is null)
            {
                problems.Add($"answer names claim '{Shorten(id ?? "(none)")}', which the request did not hold; dropped");
                continue;
            }

            if (forms.ContainsKey(index.Value))
            {
                problems.Add($"answer gives claim '{id}' twice; the second is dropped");
                continue;
            }

            var quote = Field(item, "quote");
            if (quote is null || !QuoteStandsIn(quote, claims[index.Value].Sentence.Text))
            {
                problems.Add($"answer for claim '{id}' quotes text that is not in its sentence; dropped");
                continue;
            }

            forms[index.Value] = new CanonicalForm(
                Field(item, "subject"), Field(item, "predicate"), Field(item, "object"),
                Field(item, "time"), Field(item, "place"), Field(item, "speaker"), Field(item, "event"))
            {
                Value = RuleValue(claims[index.Value]) ?? NumberOrNull(Field(item, "value")),
                Unit = Field(item, "unit"),
            };
        }

        return new(forms, problems, false);
    }

    /// <summary>True when the quote, white space folded and case ignored, is a stretch of the sentence.</summary>
    public static bool QuoteStandsIn(string quote, string sentence)
    {
        var q = FoldSpace(quote);
        return q.Any(char.IsLetterOrDigit) && FoldSpace(sentence).Contains(q, StringComparison.OrdinalIgnoreCase);
    }

    private static int? IndexOf(string? id, int count)
    {
        if (id is null || id.Length < 2 || id[0] != 'c' || !int.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        return n >= 1 && n <= count && CanonicalRequest.ClaimId(n - 1) == id ? n - 1 : null;
    }

    private static string? Field(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var v))
        {
            return null;
        }

        var s = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
        if (string.IsNullOrWhiteSpace(s) || s.Trim().Equals("null", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // The answer is untrusted too: keep fields short and on one line before they reach a report.
        s = FoldSpace(s);
        return s.Length > MaxFieldLength ? s[..MaxFieldLength] : s;
    }

    /// <summary>
    /// The number the rules read for a quantity claim. It wins over the model's: the model may align
    /// what a number counts, never change the number (so no answer can make two figures agree).
    /// </summary>
    private static string? RuleValue(Claim claim)
    {
        if (claim is not QuantityClaim { Quantity: var q })
        {
            return null;
        }

        var low = q.Low.ToString("0.############", CultureInfo.InvariantCulture);
        return q.IsRange ? low + "-" + q.High.ToString("0.############", CultureInfo.InvariantCulture) : low;
    }

    private static string? NumberOrNull(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var plain = value.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return NumberPattern().IsMatch(plain) ? plain : null;
    }

    private static string StripFences(string text)
    {
        // Some servers in plain-JSON mode still wrap the object in a Markdown fence or a sentence.
        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        return start >= 0 && end > start ? text[start..(end + 1)] : text;
    }

    private static string FoldSpace(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;

    [GeneratedRegex(@"^-?\d+(\.\d+)?(-\d+(\.\d+)?)?$")]
    private static partial Regex NumberPattern();
}
