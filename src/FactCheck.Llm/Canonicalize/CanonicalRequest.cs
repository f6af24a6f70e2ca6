using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactCheck.Core.Claims;
using FactCheck.Core.Normalize;

namespace FactCheck.Llm.Canonicalize;

/// <summary>
/// Builds the user message for one article: a single JSON document holding the article and its
/// claims as data. JSON string encoding is the delimiter: whatever the article says, it stays
/// inside a string value and cannot pose as part of the instructions.
/// </summary>
public static partial class CanonicalRequest
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Relaxed: keeps non-Latin text readable (and cheap in tokens); quotes and control characters are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The id the request gives the claim at <paramref name="index"/> ("c1", "c2", …).</summary>
    public static string ClaimId(int index) => "c" + (index + 1).ToString(CultureInfo.InvariantCulture);

    public static string Build(AnalyzedSource source, IReadOnlyList<Claim> claims, int maxArticleChars)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(claims);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteStartObject("article");
            w.WriteString("id", source.Id);
            if (source.Published is { } published)
            {
                w.WriteString("published", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                w.WriteNull("published");
            }

            var text = Compact(source.Text);
            w.WriteString("text", text.Length > maxArticleChars ? text[..maxArticleChars] : text);
            w.WriteEndObject();
            w.WriteStartArray("claims");
            for (var i = 0; i < claims.Count; i++)
            {
                var claim = claims[i];
                w.WriteStartObject();
                w.WriteString("id", ClaimId(i));
                w.WriteString("kind", claim.Kind.ToString().ToLowerInvariant());
                w.WriteString("text", claim.Text);
                w.WriteString("sentence", claim.Sentence.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Folds the blanks the loader leaves where markup was, so they cost no tokens.</summary>
    private static string Compact(string text) => ManyNewlines().Replace(Blanks().Replace(text, " "), "\n\n").Trim();

    [GeneratedRegex(@"[ \t\f\v]+")]
    private static partial Regex Blanks();

    [GeneratedRegex(@"\s*\n\s*\n\s*")]
    private static partial Regex ManyNewlines();
}
