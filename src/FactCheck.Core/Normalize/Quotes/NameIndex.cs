using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Quotes;

/// <summary>
/// The people one source names (outside quotations), so that "Okafor" or "the Palace spokesman"
/// later in the source reads as "Palace spokesman Ana Okafor" named earlier.
/// </summary>
public sealed class NameIndex
{
    private readonly List<SpeakerMention> _people;

    // People named only by a given name joined to another's full name ("Gwen and Terry Harper"): found by that given name
    // alone, never by the surname, which names the other as well.
    private readonly List<SpeakerMention> _partners;

    private readonly Dictionary<string, List<SpeakerMention>> _bySurname = new(StringComparer.OrdinalIgnoreCase);

    private NameIndex(List<SpeakerMention> people, List<SpeakerMention> partners)
    {
        _people = people;
        // "Hadley and Sam Price": a word the source also gives as someone's surname ("Tom Hadley") is that person, no partner.
        _partners = partners.Where(p => !people.Exists(q => string.Equals(q.Surname, p.Written, StringComparison.OrdinalIgnoreCase))).ToList();
        foreach (var p in people)
        {
            if (p.Surname is { } surname)
            {
                if (!_bySurname.TryGetValue(surname, out var same))
                {
                    _bySurname[surname] = same = [];
                }

                same.Add(p);
            }
        }
    }

    public IReadOnlyList<SpeakerMention> People => _people;

    public static NameIndex Build(AttributionText text, IReadOnlyList<TextSpan> quotations)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.Tokens(0, text.Value.Length, quotations);
        var people = new List<SpeakerMention>();
        var partners = new List<SpeakerMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var start = i;
            while (i < tokens.Count && JoinsMention(tokens, i) && (i == start || !text.Value.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Contains('\n')))
            {
                i++;
            }

            // A lone name word parses to a one-word name with no role, which is not kept: spare parsing it. But a given name
            // joined by "and" to a full name shares its surname: "Gwen and Terry Harper" names Gwen Harper too.
            if (i - start == 1 && MentionParser.IsNameWord(tokens[start]))
            {
                if (SharedSurname(tokens, start) is { } surname)
                {
                    partners.Add(new SpeakerMention(tokens[start].Text, tokens[start].Text + " " + surname, null, null, null));
                }

                continue;
            }

            if (i > start)
            {
                var mention = MentionParser.Parse(WordToken.Slice(tokens, start, i - start));
                if (mention?.Name is not null && (mention.Role is not null || (mention.Name.Contains(' ', StringComparison.Ordinal) && !AfterPlaceWord(tokens, start))))
                {
                    people.Add(mention);
                }
            }
            else
            {
                i++;
            }
        }

        return new NameIndex(people, partners);
    }

    /// <summary>The mention with whatever the source says elsewhere about the same person.</summary>
    public SpeakerMention Resolve(SpeakerMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (mention.Surname is { } surname)
        {
            if (_bySurname.TryGetValue(surname, out var same))
            {
                foreach (var p in same.Where(p => Compatible(p, mention)).DistinctBy(p => (p.Name, p.Role, p.Organization, p.Title)))
                {
                    mention = mention.Enrich(p);
                }
            }
            else if (mention.GivenName is null && ByGivenName(surname) is { } person)
            {
                mention = mention.Enrich(person); // "said Terry", after "Terry Harper, 64, and wife Gwen"
            }

            return mention;
        }

        if (mention.Role is { } role)
        {
            var holders = _people
                .Where(p => string.Equals(p.Role, role, StringComparison.OrdinalIgnoreCase)
                    && (mention.Organization is null || string.Equals(p.Organization, mention.Organization, StringComparison.OrdinalIgnoreCase)))
                .Select(p => p.Name)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (holders.Count == 1)
            {
                foreach (var p in _people.Where(p => string.Equals(p.Name, holders[0], StringComparison.OrdinalIgnoreCase)))
                {
                    mention = mention.Enrich(p);
                }
            }
        }

        return mention;
    }

    /// <summary>
    /// The one person the source names in full with <paramref name="given"/> as their given name; null when none or several
    /// ("Terry" alone is Terry Harper when the source names no other Terry).
    /// </summary>
    private SpeakerMention? ByGivenName(string given)
    {
        SpeakerMention? found = null;
        foreach (var p in _people.Concat(_partners))
        {
            if (string.Equals(p.GivenName, given, StringComparison.OrdinalIgnoreCase))
            {
                if (found is not null && !string.Equals(found.Name, p.Name, StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }

                found ??= p;
            }
        }

        return found;
    }

    /// <summary>
    /// The surname a lone given name at <paramref name="start"/> shares with the full name "and" joins it to: "Gwen and Terry
    /// Harper" (two name words, then no other); null otherwise.
    /// </summary>
    private static string? SharedSurname(IReadOnlyList<WordToken> tokens, int start)
    {
        var k = start + 1;
        return k + 2 < tokens.Count && tokens[k].IsWord && tokens[k].Lower == "and"
            && MentionParser.IsNameWord(tokens[k + 1]) && MentionParser.IsNameWord(tokens[k + 2])
            && (k + 3 >= tokens.Count || !MentionParser.IsNameWord(tokens[k + 3]))
            && (start == 0 || !MentionParser.IsNameWord(tokens[start - 1]))
                ? tokens[k + 2].Text
                : null;
    }

    /// <summary>
    /// Whether a word that opens a place stands before token <paramref name="start"/>: "first spotted at Holmsey Marsh" names a
    /// place, and "Ms Marsh" later is not it.
    /// </summary>
    private static bool AfterPlaceWord(IReadOnlyList<WordToken> tokens, int start) =>
        start > 0 && tokens[start - 1].IsWord && tokens[start - 1].Lower is "at" or "in" or "near" or "outside" or "inside";

    private static bool Compatible(SpeakerMention a, SpeakerMention b) =>
        a.GivenName is null || b.GivenName is null || GivenNames.Match(a.GivenName, b.GivenName);

    private static bool JoinsMention(IReadOnlyList<WordToken> tokens, int i)
    {
        var t = tokens[i];
        if (!t.IsWord)
        {
            return false;
        }

        if (MentionParser.IsNameWord(t) || QuoteLexicon.IsRole(t.Lower) || (t.IsCapitalized && QuoteLexicon.IsTitle(t.Text)))
        {
            // A possessive ends the mention after it ("the senator’s envoy" is about someone else).
            return i == 0 || !tokens[i - 1].IsPossessive;
        }

        // A lower-case modifier directly before a role: "special envoy", "foreign minister".
        return !t.IsCapitalized && i + 1 < tokens.Count && QuoteLexicon.IsRole(tokens[i + 1].Lower)
            && !QuoteLexicon.Prepositions.Contains(t.Lower) && t.Lower is not ("the" or "a" or "an" or "and" or "his" or "her" or "their");
    }
}

/// <summary>Whether two given names can be one person's: equal, an initial of the other, or a common short form.</summary>
public static class GivenNames
{
    public static bool Match(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        a = a.TrimEnd('.');
        b = b.TrimEnd('.');
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if ((a.Length == 1 || b.Length == 1) && char.ToUpperInvariant(a[0]) == char.ToUpperInvariant(b[0]))
        {
            return true;
        }

        return Full(a).Intersect(Full(b), StringComparer.OrdinalIgnoreCase).Any();
    }

    private static IEnumerable<string> Full(string name) => QuoteLexicon.Nicknames[name].Append(name);
}
