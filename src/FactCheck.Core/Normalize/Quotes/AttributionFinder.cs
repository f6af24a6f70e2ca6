
namespace FactCheck.Core.Normalize.Quotes;

/// <summary>What the words around a quotation say about it: who speaks, with which verb, and what a label is about.</summary>
/// <param name="Speaker">The named speaker, or null.</param>
/// <param name="Pronoun">True when the speaker is a pronoun ("he added") to be resolved to the last named speaker.</param>
/// <param name="Verb">The attributing verb.</param>
/// <param name="Target">For a label: the thing labelled, as written.</param>
/// <param name="TargetOwner">For a label: the name owning the thing labelled ("Okafor’s remarks" → "Okafor").</param>
/// <param name="Characterizes">True when the verb judges its object ("dismissed … as", "called").</param>
public sealed record Attribution(SpeakerMention? Speaker, bool Pronoun, string? Verb, string? Target, string? TargetOwner, bool Characterizes)
{
    public static Attribution None { get; } = new(null, false, null, null, null, false);

    public bool Found => Speaker is not null || Pronoun;
}

/// <summary>
/// Finds the attribution of a quotation in the words after it ("…,” Brand said", "…,” said the
/// envoy", "…,” she was quoted as saying", "— Jane Doe") or before it ("Brand wrote on X: “…",
/// "according to X", "the spokesman dismissed the claim as “…”", "Palace: “…"). General English
/// patterns over word lists; never names.
/// </summary>
public static class AttributionFinder
{
    // Words after a quotation within which the attributing verb must come.
    private const int AfterReach = 9;

    /// <summary>An attribution in the words after the closing mark, or <see cref="Attribution.None"/>.</summary>
    public static Attribution After(IReadOnlyList<WordToken> after)
    {
        ArgumentNullException.ThrowIfNull(after);
        var i = 0;
        var dash = false;
        while (i < after.Count && !after[i].IsWord)
        {
            if (after[i].Text is "\u2014" or "\u2013" or "-")
            {
                dash = true;
            }

            if (after[i].Text is "\u201C\u201D" or "(" or ":" or ";")
            {
                return Attribution.None;
            }

            i++;
        }

        var according = According(after);
        if (according.Found)
        {
            return according;
        }

        var reach = Math.Min(after.Count, i + AfterReach);
        var appositionEnd = -1;
        for (var v = i; v < reach; v++)
        {
            var t = after[v];
            if (!t.IsWord)
            {
                if (t.Text is "," && v > i)
                {
                    // "Okafor, the spokesman, said"; an apposition set off by two commas does not use up the reach
                    // ("Commander Oskar Belani, head of the rescue service, told").
                    appositionEnd = Math.Max(appositionEnd, AppositionEnd(after, v));
                    reach = Math.Max(reach, Math.Min(after.Count, appositionEnd + 2));
                    continue;
                }

                if (v > i)
                {
                    break;
                }

                continue;
            }

            if (QuoteLexicon.IsSpeechVerb(t.Lower))
            {
                if (v == i)
                {
                    // "…,” said Brand" / "…,” said the envoy"
                    var np = new List<WordToken>();
                    for (var k = v + 1; k < after.Count && after[k].IsWord && !QuoteLexicon.Prepositions.Contains(after[k].Lower) && !IsTimeWord(after[k]); k++)
                    {
                        np.Add(after[k]);
                    }

                    return Named(WithAppositiveName(after, v + 1 + np.Count, np), t.Lower);
                }

                // The words before the verb must end in a name, a role or a pronoun ("water board
                // chair Hugo Lang told"), not in some other noun ("the figures showed").
                // An apposition ("Jane Doe, the mayor, said") names the speaker before its comma.
                var comma = i;
                while (comma < v && after[comma].Text != ",")
                {
                    comma++;
                }

                var words = new List<WordToken>(comma - i);
                for (var k = i; k < comma; k++)
                {
                    if (after[k].IsWord && !QuoteLexicon.Auxiliaries.Contains(after[k].Lower))
                    {
                        words.Add(after[k]);
                    }
                }

                var subject = WithAppositiveName(after, comma, words); // "the service's head, Commander Oskar Belani, said"
                var head = subject.Count > 0 ? subject[^1] : null;
                return head is not null && (MentionParser.IsNameWord(head) || head.IsRole || QuoteLexicon.Pronouns.Contains(head.Lower))
                    ? Named(subject, t.Lower)
                    : Attribution.None;
            }

            // A preposition ends the search ("…,” the figures from the agency showed), but not inside an apposition:
            // "Dr Priya Nandakumar, chief meteorologist at the weather service, told".
            if (QuoteLexicon.Prepositions.Contains(t.Lower) && !t.Lower.Equals("of", StringComparison.Ordinal) && v >= appositionEnd)
            {
                break;
            }
        }

        if (dash)
        {
            var np = new List<WordToken>(6);
            for (var k = i; k < after.Count && np.Count < 6 && after[k].IsWord; k++)
            {
                np.Add(after[k]);
            }

            var mention = MentionParser.Parse(np);
            if (mention is not null)
            {
                return new Attribution(mention, false, null, null, null, false);
            }
        }

        return Attribution.None;
    }

    /// <summary>An attribution in the words before the opening mark, or <see cref="Attribution.None"/>.</summary>
    public static Attribution Before(IReadOnlyList<WordToken> before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var according = According(before);
        if (according.Found)
        {
            return according;
        }

        var end = before.Count;
        var colon = false;
        while (end > 0 && !before[end - 1].IsWord)
        {
            colon |= before[end - 1].Text is ":" or "\u2014" or "\u2013";
            end--;
        }

        for (var v = end - 1; v >= 0; v--)
        {
            var t = before[v];
            if (t.Text == "\u201C\u201D")
            {
                break; // an earlier quotation: its verb is not this one's
            }

            var speech = (QuoteLexicon.IsSpeechVerb(t.Lower) || PutsItBeforeColon(before, v, end, colon)) && !t.IsCapitalized;
            var judging = QuoteLexicon.IsCharacterizationVerb(t.Lower) && !t.IsCapitalized;
            if (!speech && !judging)
            {
                continue;
            }

            // Skip verbs used as nouns after an article or possessive ("the claims", "his remarks").
            if (v > 0 && before[v - 1].Lower is "the" or "a" or "an" or "his" or "her" or "their" or "its")
            {
                continue;
            }

            var (target, owner) = judging || v < end - 1 ? Target(before, v + 1, end) : (null, null);
            var aux = v - 1;
            while (aux > 0 && IsAdverb(before[aux]))
            {
                aux--;
            }

            if (aux >= 0 && before[aux].Lower is "been" or "was" or "were" or "is" or "are" or "be")
            {
                // A passive label ("was branded as “…”"): the labeller, if named, follows "by" after the quotation.
                return new Attribution(null, false, t.Lower, null, null, false);
            }

            var subject = SubjectBefore(before, v);
            return subject with { Verb = t.Lower, Target = target, TargetOwner = owner, Characterizes = judging };
        }

        if (colon && end > 0)
        {
            // "Palace: “…" — the name right before the colon.
            var start = end;
            while (start > 0 && before[start - 1].IsWord && (MentionParser.IsNameWord(before[start - 1]) || before[start - 1].IsRole))
            {
                start--;
            }

            var mention = start < end ? MentionParser.Parse([.. before.Skip(start).Take(end - start)]) : null;
            if (mention is not null)
            {
                return new Attribution(mention, false, null, null, null, false);
            }
        }

        return Attribution.None;
    }

    /// <summary>
    /// The named subject of the last speech verb in reporting text without quotations ("Fire chief
    /// Lena Ward said the blaze was out"), so that a later "she added" can be resolved.
    /// </summary>
    public static SpeakerMention? NamedSpeaker(IReadOnlyList<WordToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var v = tokens.Count - 1; v >= 0; v--)
        {
            var t = tokens[v];
            if (!t.IsWord || t.IsCapitalized || !QuoteLexicon.IsSpeechVerb(t.Lower) || (v > 0 && tokens[v - 1].Lower is "the" or "a" or "an" or "his" or "her" or "their" or "its"))
            {
                continue;
            }

            if (SubjectBefore(tokens, v).Speaker is { } speaker)
            {
                return speaker;
            }
        }

        return null;
    }

    /// <summary>
    /// Where an apposition opened by the comma at <paramref name="comma"/> closes: the next comma within
    /// <see cref="AfterReach"/> words, or <paramref name="comma"/> itself when none does.
    /// </summary>
    private static int AppositionEnd(IReadOnlyList<WordToken> tokens, int comma)
    {
        for (var k = comma + 1; k < Math.Min(tokens.Count, comma + 1 + AfterReach); k++)
        {
            if (tokens[k].Text == ",")
            {
                return k;
            }

            if (!tokens[k].IsWord || QuoteLexicon.IsSpeechVerb(tokens[k].Lower))
            {
                return comma;
            }
        }

        return comma;
    }

    /// <summary>
    /// "said the minister's deputy, Omar Reed": a role set off by a comma before a name is that
    /// name's role, so the name joins the mention (<paramref name="next"/> is the token after it).
    /// </summary>
    private static List<WordToken> WithAppositiveName(IReadOnlyList<WordToken> tokens, int next, List<WordToken> mention)
    {
        if (mention.Count == 0 || !mention[^1].IsRole || next >= tokens.Count || tokens[next].Text != ",")
        {
            return mention;
        }

        // A title may open the name: "the service's head, Commander Oskar Belani".
        var name = tokens.Skip(next + 1).SkipWhile(x => x.IsWord && x.IsCapitalized && (QuoteLexicon.IsTitle(x.Text) || x.IsRole))
            .TakeWhile(x => x.IsWord && MentionParser.IsNameWord(x)).ToList();
        return name.Count >= 2 && !name[^1].IsPossessive ? [.. mention, .. name] : mention;
    }

    /// <summary>
    /// The subject of the sentence the tokens begin: the first name after any opening phrase
    /// ("On Tuesday, Jane Doe thanked …" → Jane Doe), or the name set off after a possessor's role
    /// ("Norvelland's foreign minister, Halvard Strenn, thanked …" → Halvard Strenn).
    /// </summary>
    public static SpeakerMention? ClauseSubject(IReadOnlyList<WordToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var i = 0;
        var comma = tokens.Take(8).ToList().FindIndex(t => t.Text == ",");
        if (comma >= 0 && tokens.Count > 0 && tokens[0].IsWord && OpensAnIntroduction(tokens[0].Lower))
        {
            i = comma + 1;
        }

        // "Heartbroken owner Teresa Kowal": an adjective before a role is passed over.
        if (tokens.Count > i + 2 && tokens[i].IsWord && !MentionParser.IsNameWord(tokens[i]) && tokens[i].Lower is not ("its" or "his" or "her" or "their" or "our" or "a" or "an")
            && tokens[i + 1].IsWord && tokens[i + 1].IsRole && tokens[i + 2].IsWord)
        {
            i++;
        }

        var run = tokens.Skip(i).TakeWhile(t => t.IsWord && (MentionParser.IsNameWord(t) || t.IsRole || t.Lower is "the")).ToList();
        if (run.Count > 0 && run[^1].IsPossessive)
        {
            // "Norvelland's foreign minister, Halvard Strenn, thanked …": the name set off after the possessor's role.
            return SetOffName(tokens, i + run.Count, 5);
        }

        if (run.Count == 0 && tokens.Count > i + 1 && tokens[i].IsWord && tokens[i].Lower is "its" or "his" or "her" or "their"
            && tokens[i + 1].IsRole && tokens.Count > i + 2 && tokens[i + 2].Text == ",")
        {
            // "Its skipper, Gregor Vance, 41, was gracious in defeat": the name set off right after an owner's role.
            return SetOffName(tokens, i + 2, 1);
        }

        // "Union boss Leanne Oduya": a word before a role in lower case and a name is an affiliation, not part of the name.
        var role = run.FindIndex(t => char.IsLower(t.Text[0]) && t.IsRole);
        if (role > 0 && role + 1 < run.Count)
        {
            run = run[role..];
        }

        return run.Count > 0 ? MentionParser.Parse(run) : null;
    }

    /// <summary>
    /// Whether a clause's first word opens a phrase set off before its subject: a preposition ("In a statement, …"), a
    /// participle ("Speaking to reporters afterwards, Reyner paid tribute …", "Asked about the delay, …") or an adverb
    /// ("Afterwards, …", "Clearly moved, …").
    /// </summary>
    private static bool OpensAnIntroduction(string word) =>
        QuoteLexicon.Prepositions.Contains(word)
        || (word.Length > 4 && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal)))
        || word is "afterwards" or "afterward" or "later" or "earlier" or "meanwhile";

    /// <summary>A full name set off by a comma within <paramref name="within"/> tokens from <paramref name="from"/>; null when none is.</summary>
    private static SpeakerMention? SetOffName(IReadOnlyList<WordToken> tokens, int from, int within)
    {
        var setOff = tokens.Skip(from).Take(within).ToList().FindIndex(t => t.Text == ",");
        var name = setOff < 0 ? [] : tokens.Skip(from + setOff + 1).TakeWhile(t => t.IsWord && MentionParser.IsNameWord(t)).ToList();
        return name.Count >= 2 && !name[^1].IsPossessive ? MentionParser.Parse(name) : null;
    }

    /// <summary>
    /// The person whose thing a clause's subject is: the name before a possessive that opens it ("Corrin's initial response
    /// drew criticism" is about Corrin); null when the clause opens otherwise.
    /// </summary>
    public static SpeakerMention? ClauseOwner(IReadOnlyList<WordToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var run = new List<WordToken>();
        foreach (var t in tokens)
        {
            if (!t.IsWord || !MentionParser.IsNameWord(t))
            {
                break;
            }

            run.Add(t);
            if (t.IsPossessive)
            {
                break;
            }
        }

        if (run.Count == 0 || !run[^1].IsPossessive || run.Count >= tokens.Count || !tokens[run.Count].IsWord)
        {
            return null;
        }

        var owner = run[^1];
        run[^1] = new WordToken(owner.Bare, owner.Start, owner.End - 2);
        return MentionParser.Parse(run);
    }

    /// <summary>The subject of the verb at <paramref name="verb"/>: the nearest name before it, past auxiliaries and parenthetical clauses.</summary>
    private static Attribution SubjectBefore(IReadOnlyList<WordToken> tokens, int verb)
    {
        var j = verb - 1;
        while (j >= 0)
        {
            var t = tokens[j];
            if (t.IsWord && (QuoteLexicon.Auxiliaries.Contains(t.Lower) || IsAdverb(t) || IsTimeWord(t) || (t.Lower is "on" or "last" && j + 1 < verb && IsTimeWord(tokens[j + 1]))))
            {
                j--;
                continue;
            }

            if (t.Text is ")")
            {
                while (j >= 0 && tokens[j].Text != "(")
                {
                    j--;
                }

                j--;
                continue;
            }

            if (t.Text is "," or "\u2014" or "\u2013")
            {
                // A parenthetical between subject and verb: ", who …," / ", appointed by …," is skipped;
                // ", Jane Doe," is an apposition naming the speaker.
                var k = j - 1;
                while (k >= 0 && tokens[k].Text is not ("," or "\u2014" or "\u2013"))
                {
                    k--;
                }

                var segment = tokens.Skip(k + 1).Take(j - k - 1).ToList();
                if (k < 0 || segment.Count == 0)
                {
                    return Attribution.None;
                }

                // ", Pellham's head of pictures," is a role of the name before it, not a name of its own.
                if (segment[0].IsCapitalized && !segment[0].IsPossessive && !QuoteLexicon.NotNames.Contains(segment[0].Text))
                {
                    return Named(segment.Where(s => s.IsWord).ToList(), null);
                }

                j = k - 1;
                continue;
            }

            break;
        }

        if (j < 0 || !tokens[j].IsWord)
        {
            return Attribution.None;
        }

        if (QuoteLexicon.Pronouns.Contains(tokens[j].Lower))
        {
            return new Attribution(null, true, null, null, null, false);
        }

        // The noun phrase ending at j: names, roles, titles, and modifiers of a role.
        var start = j;
        while (start > 0)
        {
            var p = tokens[start - 1];

            // "Priya Nair of Eastfield University said": the affiliation joins the person before it.
            if (p.Text == "of" && start > 1 && tokens[start].IsCapitalized && (MentionParser.IsNameWord(tokens[start - 2]) || tokens[start - 2].IsRole))
            {
                start--;
                continue;
            }

            // "Neil Harcourt of Midcounty Fire and Rescue said": an affiliation's name may hold "and"; the capitalised words
            // before it, back to "of" after a person, are the rest of it ("Smith and Jones said" stays two names).
            if (p.Lower == "and" && tokens[start].IsCapitalized && AffiliationStart(tokens, start - 1) is { } affiliation)
            {
                start = affiliation;
                continue;
            }

            // "Bertram Asquill of the Commonweal Party said": so does one after "of the", with a lower-case word before its
            // name or not ("Margaret Osei-Lindqvist of the state Department of …").
            var the = p.Lower != "the" && p.IsWord && !p.IsCapitalized ? start - 2 : start - 1;
            if (tokens[start].IsCapitalized && the > 1 && tokens[the].Lower == "the" && tokens[the - 1].Text == "of"
                && (MentionParser.IsNameWord(tokens[the - 2]) || tokens[the - 2].IsRole))
            {
                start = the - 1;
                continue;
            }

            var joins = p.IsWord && (MentionParser.IsNameWord(p) || p.IsRole || QuoteLexicon.IsTitle(p.Text)
                || (!p.IsCapitalized && tokens[start].IsRole && !QuoteLexicon.Prepositions.Contains(p.Lower) && p.Lower is not ("the" or "a" or "an" or "and")))
                && !p.IsPossessive;
            if (!joins)
            {
                break;
            }

            start--;
        }

        return Named([.. tokens.Skip(start).Take(j - start + 1)], null);
    }

    /// <summary>
    /// Where the affiliation holding the "and" at <paramref name="and"/> starts: the first of the capitalised words before it,
    /// when "of" (or "of the") after a name or a role stands right before them; null otherwise.
    /// </summary>
    private static int? AffiliationStart(IReadOnlyList<WordToken> tokens, int and)
    {
        var k = and - 1;
        while (k >= 0 && tokens[k].IsWord && tokens[k].IsCapitalized && !tokens[k].IsPossessive)
        {
            k--;
        }

        if (k == and - 1 || k < 1)
        {
            return null;
        }

        var of = tokens[k].Lower == "the" ? k - 1 : k;
        return of >= 1 && tokens[of].Lower == "of" && (MentionParser.IsNameWord(tokens[of - 1]) || tokens[of - 1].IsRole) ? k + 1 : null;
    }

    /// <summary>The thing a label is about: the words between the verb and the quotation, less a final "as".</summary>
    private static (string? Target, string? Owner) Target(IReadOnlyList<WordToken> tokens, int from, int to)
    {
        var words = tokens.Skip(from).Take(to - from).ToList();
        if (words.Count > 0 && words[^1].Lower is "as")
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0 || words.Count > 12 || words.Any(w => w.Text is "\u201C\u201D"))
        {
            return (null, null);
        }

        var owner = words.FirstOrDefault(w => w.IsPossessive && w.IsCapitalized)?.Bare;
        var text = string.Join(' ', words.Select(w => w.Text)).Replace(" ,", ",", StringComparison.Ordinal);
        return (text, owner);
    }

    private static Attribution According(IReadOnlyList<WordToken> tokens)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            // Lowering keeps a word's length: only a word of nine letters is lowered to be compared.
            if (tokens[i].Text.Length == "according".Length && tokens[i].Lower == "according" && tokens[i + 1].Lower == "to")
            {
                var np = tokens.Skip(i + 2).TakeWhile(t => t.IsWord && !QuoteLexicon.Prepositions.Contains(t.Lower)).Take(8).ToList();
                if (np.Count > 0 && QuoteLexicon.Pronouns.Contains(np[0].Lower))
                {
                    return new Attribution(null, true, "according to", null, null, false);
                }

                var mention = MentionParser.Parse(np);
                if (mention is not null)
                {
                    return new Attribution(mention, false, "according to", null, null, false);
                }
            }
        }

        return Attribution.None;
    }

    private static Attribution Named(List<WordToken> np, string? verb)
    {
        if (np.Count > 0 && QuoteLexicon.Pronouns.Contains(np[0].Lower))
        {
            return new Attribution(null, true, verb, null, null, false);
        }

        var mention = MentionParser.Parse(np);
        return mention is null ? Attribution.None with { Verb = verb } : new Attribution(mention, false, verb, null, null, false);
    }

    /// <summary>
    /// Whether "put" at <paramref name="v"/> opens "put it" and its manner right before a colon ("put it bluntly: “…",
    /// "put it simply:"): the idiom of speech, not "put the cost at".
    /// </summary>
    private static bool PutsItBeforeColon(IReadOnlyList<WordToken> before, int v, int end, bool colon)
    {
        if (!colon || before[v].Lower != "put" || v + 1 >= end || before[v + 1].Lower != "it")
        {
            return false;
        }

        for (var k = v + 2; k < end; k++)
        {
            if (!IsAdverb(before[k]) && before[k].Lower is not ("this" or "way" or "best" or "another"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAdverb(WordToken t) => !t.IsCapitalized && t.Lower.Length > 4 && t.Lower.EndsWith("ly", StringComparison.Ordinal);

    private static bool IsTimeWord(WordToken t) =>
        t.IsWord && (t.Lower is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday"
            or "today" or "yesterday" or "tonight" or "week" or "month" or "morning" or "evening" or "afternoon");
}
