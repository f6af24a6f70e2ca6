namespace FactCheck.Core.Text;

/// <summary>
/// The project's one stemmer, shared by clustering, fact alignment and quote comparison, so that
/// "talks"/"talk" and "delayed"/"delaying" meet everywhere the same way. Not a linguistic stemmer.
/// </summary>
public static class WordStem
{
    /// <summary>A crude stem: common English endings removed ("effectively" and "effectiveness" → "effective").</summary>
    public static string Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;

        // "electrified" and "electrify", "countries" and "country": a y turned i before -ed or -es.
        if (w.Length > 5 && (w.EndsWith("ied", StringComparison.Ordinal) || w.EndsWith("ies", StringComparison.Ordinal)))
        {
            return w[..^3] + "y";
        }
        foreach (var suffix in (string[])["ness", "ly", "ing", "ion", "ions", "ed", "es", "s", "e"])
        {
            if (w.Length - suffix.Length >= 3 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                w = w[..^suffix.Length];

                // "running" → "runn" → "run", "stopped" → "stopp" → "stop".
                if (suffix is "ing" or "ed" && w.Length >= 3 && w[^1] == w[^2] && !"aeiouls".Contains(w[^1], StringComparison.Ordinal))
                {
                    w = w[..^1];
                }
            }
        }

        return w;
    }
}
