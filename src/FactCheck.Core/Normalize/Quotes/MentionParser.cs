
namespace FactCheck.Core.Normalize.Quotes;

/// <summary>
/// Reads a noun phrase naming a speaker ("U.N. special envoy Tomas Brand", "Gen. Ann Ruiz",
/// "the Palace spokesman", "Okafor") into a <see cref="SpeakerMention"/>: titles and role nouns come
/// from word lists, a name is a run of capitalised words after them.
/// </summary>
public static class MentionParser
{
    /// <summary>The mention the tokens form, or null when they name no one (a pronoun is resolved elsewhere).</summary>
    public static SpeakerMention? Parse(IReadOnlyList<WordToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var words = new List<WordToken>(tokens.Count);
        foreach (var t in tokens)
        {
            if (t.IsWord)
            {
                words.Add(t);
            }
        }

        if (words.Count == 0 || words.Count > 12)
        {
            return null;
        }

        // "Priya Nair of Eastfield University": the person is before "of", the affiliation after it.
        var of = -1;
        for (var k = 0; k < words.Count; k++)
        {
            if (words[k].Text == "of")
            {
                of = k;
                break;
            }
        }

        // "Bertram Asquill of the Commonweal Party" too: "the" before the affiliation, and a lower-case word or so before its
        // name ("of the state Department of Land and Water Protection").
        var affiliation = of + 1 < words.Count - 1 && words[of + 1].Lower == "the" ? of + 2 : of + 1;
        while (of >= 0 && affiliation < words.Count - 1 && affiliation <= of + 3 && words[of + 1].Lower == "the" && !words[affiliation].IsCapitalized)
        {
            affiliation++;
        }

        if (of > 0 && of < words.Count - 1 && MentionParser.IsNameWord(words[of - 1]) && words[affiliation].IsCapitalized)
        {
            var person = Parse([.. tokens.Take(tokens.ToList().IndexOf(words[of]))]);
            if (person is not null)
            {
                return person with
                {
                    Organization = person.Organization ?? string.Join(' ', words.Skip(of + 1).Where(w => w.IsCapitalized).Select(w => w.Bare)),
                    Written = Written(tokens),
                };
            }
        }

        // The name is the trailing run of capitalised words that are neither titles nor roles.
        var nameStart = words.Count;
        while (nameStart > 0 && IsNameWord(words[nameStart - 1]) && !(nameStart < words.Count && words[nameStart - 1].IsPossessive))
        {
            nameStart--;
        }

        string? role = null;
        string? organization = null;
        string? title = null;
        var roleIndex = -1;
        for (var i = 0; i < nameStart; i++)
        {
            var lower = words[i].Lower.TrimEnd('.');
            if (QuoteLexicon.IsRole(words[i].Bare) || QuoteLexicon.IsRole(lower))
            {
                role = (role is null ? "" : role + " ") + lower;
                roleIndex = i;
            }
            else if (words[i].IsCapitalized && QuoteLexicon.IsTitle(words[i].Text) && i == nameStart - 1)
            {
                title = QuoteLexicon.Titles[words[i].Text];
            }
        }

        // Capitalised words before the role say whose role it is ("Palace spokesman", "U.S. envoy").
        if (roleIndex > 0)
        {
            var org = new List<string>(roleIndex);
            for (var k = 0; k < roleIndex; k++)
            {
                var w = words[k];
                if (w.IsCapitalized && !w.IsRole && !QuoteLexicon.NotNames.Contains(w.Text))
                {
                    org.Add(w.Bare);
                }
            }

            organization = org.Count > 0 ? string.Join(' ', org) : null;
        }

        var nameWords = new List<string>(words.Count - nameStart);
        for (var k = nameStart; k < words.Count; k++)
        {
            nameWords.Add(words[k].Bare);
        }


        // A title written just before the name ("President Ann Ruiz", "Gen. Lee") is a role too.
        if (nameWords.Count > 1 && QuoteLexicon.IsTitle(nameWords[0]))
        {
            title = QuoteLexicon.Titles[nameWords[0]];
            nameWords.RemoveAt(0);
        }

        role ??= title is not null && QuoteLexicon.IsRole(title) ? title : null;
        var name = nameWords.Count > 0 ? string.Join(' ', nameWords) : null;
        if (name is null && role is null)
        {
            return null;
        }

        return new SpeakerMention(Written(tokens), name, role, organization, title);
    }

    /// <summary>The tokens as written: joined by spaces, with no space before a comma.</summary>
    private static string Written(IReadOnlyList<WordToken> tokens)
    {
        var texts = new string[tokens.Count];
        for (var k = 0; k < texts.Length; k++)
        {
            texts[k] = tokens[k].Text;
        }

        return string.Join(' ', texts).Replace(" ,", ",", StringComparison.Ordinal);
    }

    /// <summary>A role word in the plural ("Councillors Marta Brandt, Felix Okonjo and …"): a list of holders, no name.</summary>
    private static bool IsPluralRole(ReadOnlySpan<char> word) => word.Length > 3 && word[^1] == 's' && QuoteLexicon.IsRole(word[..^1]);

    /// <summary>
    /// Whether a word can be part of a name: capitalised, and not a listed non-name, a pronoun, a role (or roles), an
    /// abbreviated title or a speech verb. A token reads this once and keeps it.
    /// </summary>
    public static bool IsNameWord(WordToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.IsNameWord;
    }

    /// <summary><see cref="IsNameWord(WordToken)"/> of a word as written and in lower case (<see cref="WordToken.Lower"/>).</summary>
    internal static bool IsNameWord(ReadOnlySpan<char> text, ReadOnlySpan<char> lower) =>
        IsNameWord(text, lower, QuoteLexicon.ListsOf(text, lower));

    /// <summary><see cref="IsNameWord(WordToken)"/> of a word whose lists (<see cref="QuoteLexicon.ListsOf"/>) are known.</summary>
    internal static bool IsNameWord(ReadOnlySpan<char> text, ReadOnlySpan<char> lower, Listed listed)
    {
        if (text.Length == 0 || !char.IsLetterOrDigit(text[0]) || !char.IsUpper(text[0]) || (listed & (Listed.NotName | Listed.Pronoun | Listed.SpeechVerb)) != 0)
        {
            return false;
        }

        // A role is looked up without the possessive ending ("Mayor’s").
        var possessive = WordToken.EndsPossessive(text);
        var bareLower = possessive ? lower[..^2] : lower;
        return !(possessive ? QuoteLexicon.IsRole(bareLower) : (listed & Listed.Role) != 0) && !IsPluralRole(bareLower)
            && !((listed & Listed.Title) != 0 && text[^1] == '.');
    }
}
