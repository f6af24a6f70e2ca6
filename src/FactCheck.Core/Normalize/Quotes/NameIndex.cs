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
        // A plain loop: a lambda over the people would be allocated for every document, with partners or none.
        _partners = new List<SpeakerMention>(partners.Count);
        foreach (var p in partners)
        {
            if (!IsSurnameOfAny(people, p.Written))
            {
                _partners.Add(p);
            }
        }

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

    private static bool IsSurnameOfAny(List<SpeakerMention> people, string word)
    {
        foreach (var q in people)
        {
            if (string.Equals(q.Surname, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static NameIndex Build(AttributionText text, IReadOnlyList<TextSpan> quotations)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = DocumentWords.Read(text, quotations);
        var people = new List<SpeakerMention>();
        var partners = new List<SpeakerMention>();

        // A mention is a run of words that join one (split at line breaks), and a name is capitalised: a run of lower-case
        // words only ("the foreign minister") names no one. So each run is found from a capitalised word in it, reaching back
        // and forth from there, and the lower-case words far from any capital are passed over unread.
        var i = 0;
        while (i < words.Count)
        {
            var capital = i;
            while (capital < words.Count && !words.IsCapitalized(capital))
            {
                capital++;
            }

            if (capital == words.Count)
            {
                break;
            }

            if (!JoinsMention(text, words, capital))
            {
                i = capital + 1;
                continue;
            }

            // The run reaches back no further than the last one ended: the words since then are lower case.
            var start = capital;
            while (start > i && JoinsMention(text, words, start - 1) && !LineBreakBetween(text, words, start - 1))
            {
                start--;
            }

            i = capital + 1;
            while (i < words.Count && JoinsMention(text, words, i) && !LineBreakBetween(text, words, i - 1))
            {
                i++;
            }

            // A lone name word parses to a one-word name with no role, which is not kept: spare parsing it. But a given name
            // joined by "and" to a full name shares its surname: "Gwen and Terry Harper" names Gwen Harper too.
            if (i - start == 1 && words.Is(start, WordTraits.Name))
            {
                if (SharedSurname(text, words, start) is { } surname)
                {
                    var given = text.TextOf(words[start]);
                    partners.Add(new SpeakerMention(given, given + " " + surname, null, null, null));
                }

                continue;
            }

            // A mention keeps a name only from its name words: a run with none ("The", "But the mayor") is not parsed.
            if (!AnyName(words, start, i))
            {
                continue;
            }

            var mention = MentionParser.Parse(Tokens(text, words, start, i));
            if (mention?.Name is not null && (mention.Role is not null || (mention.Name.Contains(' ', StringComparison.Ordinal) && !AfterPlaceWord(text, words, start))))
            {
                people.Add(mention);
            }
        }

        return new NameIndex(people, partners);
    }

    /// <summary>Tokens of the words [start, end): only the runs read as mentions are made tokens.</summary>
    private static WordToken[] Tokens(AttributionText text, DocumentWords words, int start, int end)
    {
        var tokens = new WordToken[end - start];
        for (var k = start; k < end; k++)
        {
            var w = words[k];
            tokens[k - start] = new WordToken(text.TextOf(w), w.Start, w.End).Knowing(words.Is(k, WordTraits.Name), words.Is(k, WordTraits.Role));
        }

        return tokens;
    }

    private static bool AnyName(DocumentWords words, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (words.Is(k, WordTraits.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a line break stands between word <paramref name="index"/> and the next: a mention does not run over it.</summary>
    private static bool LineBreakBetween(AttributionText text, DocumentWords words, int index) =>
        text.Value.AsSpan(words[index].End, words[index + 1].Start - words[index].End).Contains('\n');

    /// <summary>The mention with whatever the source says elsewhere about the same person.</summary>
    public SpeakerMention Resolve(SpeakerMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (mention.Surname is { } surname)
        {
            if (_bySurname.TryGetValue(surname, out var same))
            {
                // Resolve runs for every quotation, and a surname is shared by a handful of mentions at most: a plain loop,
                // each person taken once however often the source repeats them. Each is checked against the mention as
                // enriched so far.
                List<SpeakerMention>? taken = null;
                foreach (var p in same)
                {
                    if (Compatible(p, mention) && !AnySaysTheSame(taken, p))
                    {
                        mention = mention.Enrich(p);
                        if (same.Count > 1)
                        {
                            (taken ??= []).Add(p);
                        }
                    }
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
            if (OnlyHolder(role, mention.Organization) is { } holder)
            {
                foreach (var p in _people)
                {
                    if (string.Equals(p.Name, holder, StringComparison.OrdinalIgnoreCase))
                    {
                        mention = mention.Enrich(p);
                    }
                }
            }
        }

        return mention;
    }

    /// <summary>Whether a mention of <paramref name="taken"/> says the same of its person as <paramref name="p"/>: name, role, organisation and title.</summary>
    private static bool AnySaysTheSame(List<SpeakerMention>? taken, SpeakerMention p)
    {
        foreach (var q in taken ?? [])
        {
            if (q.Name == p.Name && q.Role == p.Role && q.Organization == p.Organization && q.Title == p.Title)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The name of the one person (however often named) the source gives <paramref name="role"/>, at
    /// <paramref name="organization"/> when one is given; null when no one or several people hold it.
    /// </summary>
    private string? OnlyHolder(string role, string? organization)
    {
        string? holder = null;
        var found = false;
        foreach (var p in _people)
        {
            if (string.Equals(p.Role, role, StringComparison.OrdinalIgnoreCase)
                && (organization is null || string.Equals(p.Organization, organization, StringComparison.OrdinalIgnoreCase)))
            {
                if (found && !string.Equals(holder, p.Name, StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }

                (holder, found) = (p.Name, true);
            }
        }

        return holder;
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
    private static string? SharedSurname(AttributionText text, DocumentWords words, int start)
    {
        var k = start + 1;
        return k + 2 < words.Count && words.Is(k, WordTraits.Word) && LowerIs(text, words[k], "and")
            && words.Is(k + 1, WordTraits.Name) && words.Is(k + 2, WordTraits.Name)
            && (k + 3 >= words.Count || !words.Is(k + 3, WordTraits.Name))
            && (start == 0 || !words.Is(start - 1, WordTraits.Name))
                ? text.TextOf(words[k + 2])
                : null;
    }

    /// <summary>
    /// Whether a word that opens a place stands before word <paramref name="start"/>: "first spotted at Holmsey Marsh" names a
    /// place, and "Ms Marsh" later is not it.
    /// </summary>
    private static bool AfterPlaceWord(AttributionText text, DocumentWords words, int start) =>
        start > 0 && words.Is(start - 1, WordTraits.Word) && LowerIs(text, words[start - 1], "at", "in", "near", "outside", "inside");

    private static bool LowerIs(AttributionText text, TokenPlace word, params ReadOnlySpan<string> any)
    {
        var lower = WordToken.LowerOf(text.Value.AsSpan(word.Start, word.End - word.Start), stackalloc char[16]);
        foreach (var a in any)
        {
            if (lower.SequenceEqual(a))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Compatible(SpeakerMention a, SpeakerMention b) =>
        a.GivenName is null || b.GivenName is null || GivenNames.Match(a.GivenName, b.GivenName);

    private static bool JoinsMention(AttributionText text, DocumentWords words, int i)
    {
        if (!words.Is(i, WordTraits.Word))
        {
            return false;
        }

        if (words.Is(i, WordTraits.Name | WordTraits.Role | WordTraits.Title))
        {
            // A possessive ends the mention after it ("the senator’s envoy" is about someone else).
            return i == 0 || !words.Is(i - 1, WordTraits.Possessive);
        }

        // A lower-case modifier directly before a role: "special envoy", "foreign minister".
        return !words.Is(i, WordTraits.Capitalized) && i + 1 < words.Count && words.Is(i + 1, WordTraits.Role) && IsModifier(text, words[i]);
    }

    private static bool IsModifier(AttributionText text, TokenPlace word)
    {
        var lower = WordToken.LowerOf(text.Value.AsSpan(word.Start, word.End - word.Start), stackalloc char[32]);
        return !QuoteLexicon.IsPreposition(lower) && !(lower is "the" or "a" or "an" or "and" or "his" or "her" or "their");
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
