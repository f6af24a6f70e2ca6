using FactCheck.Core.Data;

namespace FactCheck.Core.Load;

/// <summary>
/// Names the outlet behind a web address. The text is asked first: a capitalised name whose
/// letters spell the domain ("The Example Times" for exampletimes.com) is the outlet's own
/// spelling. Failing that, the domain is split into words the text uses or outlet names are made
/// of (Data/load-outlet-words.txt); failing that, the domain itself is the name.
/// </summary>
internal static class OutletNamer
{
    // Names longer than this many words are sentences, not names.
    private const int MaxNameWords = 6;

    // Only this much of an article is searched for the outlet's name.
    private const int MaxScan = 1024 * 1024;

    private static readonly Lazy<HashSet<string>> OutletWords = new(() => Lexicon.Set("load-outlet-words"));

    // Lower-case words that may stand inside a name ("Voice of the Valley").
    private static readonly HashSet<string> Connectors = new(["of", "the", "and", "for", "on", "in", "de", "&"], StringComparer.Ordinal);

    // Second-level labels under a country code: "example.co.uk" is named by "example".
    private static readonly HashSet<string> SecondLevel = new(["co", "com", "org", "net", "gov", "ac", "edu", "news"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The host of a URL without "www." and similar prefixes, or null if it has none.</summary>
    public static string? Domain(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        foreach (var prefix in new[] { "www.", "www1.", "www2.", "m.", "amp.", "mobile.", "edition." })
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.Count(c => c == '.') > 1)
            {
                host = host[prefix.Length..];
            }
        }

        return host;
    }

    /// <summary>The outlet's name for a domain, as the text writes it if it does.</summary>
    public static string Name(string domain, string text)
    {
        ArgumentNullException.ThrowIfNull(domain);
        ArgumentNullException.ThrowIfNull(text);
        var letters = new string([.. NameLabel(domain).Where(char.IsLetterOrDigit)]);
        if (letters.Length < 3)
        {
            return domain;
        }

        return SpelledInText(letters, text) ?? Segmented(letters, text) ?? domain;
    }

    /// <summary>Whether a captured string looks like a name: a few words, capitalised, no sentence.</summary>
    public static bool LooksLikeName(string candidate)
    {
        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= MaxNameWords
            && char.IsUpper(words[0][0])
            && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || Connectors.Contains(w))
            && !candidate.Any(c => c is '.' or '!' or '?' or ',' or ';' or ':' or '"');
    }

    private static string NameLabel(string domain)
    {
        var labels = domain.Split('.');
        if (labels.Length >= 3 && labels[^1].Length == 2 && SecondLevel.Contains(labels[^2]))
        {
            return labels[^3];
        }

        return labels.Length >= 2 ? labels[^2] : labels[0];
    }

    /// <summary>A run of capitalised words in the text (a leading "The" allowed) spelling the letters.</summary>
    private static string? SpelledInText(string letters, string text)
    {
        var tokens = Tokens(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsNameWord(text, tokens, i, first: true))
            {
                continue;
            }

            var spelled = "";
            for (var j = i; j < tokens.Count && j - i < MaxNameWords; j++)
            {
                if (j > i && (!IsNameWord(text, tokens, j, first: false) || tokens[j].Start - tokens[j - 1].End > 1))
                {
                    break;
                }

                spelled += new string([.. text.AsSpan(tokens[j].Start, tokens[j].Length).ToArray().Where(char.IsLetterOrDigit)]).ToLowerInvariant();
                if (!letters.StartsWith(spelled, StringComparison.Ordinal))
                {
                    break;
                }

                if (spelled.Length == letters.Length && char.IsUpper(text[tokens[j].Start]))
                {
                    // Domains drop a leading "The" that the name itself carries: valleytribune ↔ "The Valley Tribune".
                    var start = i > 0 && text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length) is "The" && tokens[i].Start - tokens[i - 1].End == 1
                        ? tokens[i - 1].Start
                        : tokens[i].Start;
                    return text[start..tokens[j].End];
                }
            }
        }

        return null;
    }

    private static bool IsNameWord(string text, List<Text.TextSpan> tokens, int index, bool first)
    {
        var word = tokens[index];
        var c = text[word.Start];
        return char.IsUpper(c) || (!first && Connectors.Contains(text.Substring(word.Start, word.Length)));
    }

    private static List<Text.TextSpan> Tokens(string text)
    {
        var tokens = new List<Text.TextSpan>();
        var start = -1;
        var length = Math.Min(text.Length, MaxScan);
        for (var i = 0; i <= length; i++)
        {
            var inWord = i < length && (char.IsLetterOrDigit(text[i]) || (start >= 0 && text[i] is '&' or '-' or '\''));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                tokens.Add(new Text.TextSpan(start, i));
                start = -1;
            }
        }

        return tokens;
    }

    /// <summary>
    /// "themarrowexpress" → "The Marrow Express" when every piece is a word the text capitalises
    /// or an outlet word, at least one piece is an outlet word, and there are at least two pieces.
    /// </summary>
    private static string? Segmented(string letters, string text)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var token in Tokens(text))
        {
            var word = text.Substring(token.Start, token.Length);
            if (word.Length >= 3 && char.IsUpper(word[0]) && word.All(char.IsLetter))
            {
                known.TryAdd(word.ToLowerInvariant(), word);
            }
        }

        // Fewest pieces wins: best[i] = the split of letters[..i] with fewest pieces.
        var best = new List<string>?[letters.Length + 1];
        best[0] = [];
        for (var i = 0; i < letters.Length; i++)
        {
            if (best[i] is null)
            {
                continue;
            }

            for (var j = i + 1; j <= letters.Length; j++)
            {
                var piece = letters[i..j];
                var word = known.GetValueOrDefault(piece) ?? (OutletWords.Value.Contains(piece) ? Capitalise(piece, i == 0) : null);
                if (word is not null && (best[j] is null || best[j]!.Count > best[i]!.Count + 1))
                {
                    best[j] = [.. best[i]!, word];
                }
            }
        }

        var pieces = best[letters.Length];
        if (pieces is null || pieces.Count < 2 || !pieces.Any(p => OutletWords.Value.Contains(p.ToLowerInvariant())))
        {
            return null;
        }

        return string.Join(' ', pieces);
    }

    private static string Capitalise(string word, bool first) =>
        !first && Connectors.Contains(word) ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
