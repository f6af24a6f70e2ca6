using System.Text;
using FactCheck.Core.Claims;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Quotes;

/// <summary>
/// Extracts quotations with their speaker, channel and — for one- to three-word labels — what they
/// label. Works on the source text (a quotation may run over sentences and paragraphs); the claim's
/// sentence is the one holding the opening mark. A quotation that only wraps an attributed inner one
/// ("“Jane Doe told reporters, ‘…’”") yields the inner one. Labels joined by "and"/"or"
/// ("“reckless” and “naive”") are one claim. A speaker named by pronoun, or a quotation standing
/// alone after an attributed one, takes the last named speaker.
/// </summary>
public sealed class QuoteExtractor : IClaimExtractor
{
    // Quotations of at most this many words that sit inside the reporter's sentence are labels.
    private const int ScareWords = 3;

    private static readonly HashSet<string> TitleCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "titled", "entitled", "headlined", "headline", "title", "hashtag", "slogan", "motto", "nicknamed", "named",
    };

    public IEnumerable<Claim> Extract(AnalyzedSource source, IReadOnlyList<Claim> earlier)
    {
        ArgumentNullException.ThrowIfNull(source);
        var text = new AttributionText(source.Text);
        var passages = QuoteScanner.Scan(text.Value);
        if (passages.Count == 0 || source.Sentences.Count == 0)
        {
            return [];
        }

        var quoteHoles = passages.Where(p => p.Depth == 0).Select(p => p.Outer).ToList();
        var units = Units(text, passages);
        var wrappers = units.Where(u => u.Wrapper is not null).Select(u => u.Wrapper!.Outer).ToHashSet();
        var names = NameIndex.Build(text, [.. quoteHoles.Where(h => !wrappers.Contains(h))]);
        var claims = new List<QuoteClaim>();
        var last = new LastSpeaker(text, quoteHoles, names);
        var readUpTo = 0;
        var sentenceIndex = 0;
        foreach (var group in units)
        {
            // Reporting sentences since the last quotation may name a new speaker for "she added".
            var opening = SentenceAt(source.Sentences, group.Passages[0].Outer.Start).Span.Start;
            if (opening > readUpTo)
            {
                // Sentences are in order: walk them once over the whole source.
                for (; sentenceIndex < source.Sentences.Count && source.Sentences[sentenceIndex].Span.End <= opening; sentenceIndex++)
                {
                    var s = source.Sentences[sentenceIndex];
                    if (s.Span.Start < readUpTo)
                    {
                        continue;
                    }

                    if (QuoteLexicon.MayHoldSpeechVerb(text.Value.AsSpan(s.Span.Start, s.Span.Length))
                        && AttributionFinder.NamedSpeaker(text.Tokens(s.Span.Start, s.Span.End, quoteHoles)) is { } named)
                    {
                        last.Set(names.Resolve(named), null);
                    }
                    else if (JustBefore(source.Sentences, sentenceIndex, opening))
                    {
                        last.MayBeAbout(s);
                    }
                }
            }

            readUpTo = Math.Max(readUpTo, group.Passages[^1].Outer.End);

            var claim = Attribute(source, text, group, passages, quoteHoles, names, claims, last);
            if (claim is not null)
            {
                claims.Add(claim);
            }
        }

        return claims;
    }

    /// <summary>
    /// A clause's subject as a person a pronoun may stand for: named in full ("Leontine Sabroe"), or by a surname the story
    /// has named in full ("Haldt conceded defeat." after "Prime Minister Jonas Haldt"); null for anything less.
    /// </summary>
    private static SpeakerMention? NamedPerson(SpeakerMention? subject, NameIndex names) =>
        subject is { Name: { } name } && names.Resolve(subject) is { Name: { } full } person
            && (name.Contains(' ', StringComparison.Ordinal) || full.Contains(' ', StringComparison.Ordinal))
            ? person
            : null;

    /// <summary>
    /// The speaker a pronoun or a quotation standing alone goes on from, and the channel they spoke through. The person
    /// the sentence right before a quotation is about is the one "she said" after it means, even across a paragraph break
    /// ("Owner Teresa Kowal, 58, stood behind the police tape.\n\n“My father built this place,” she said."); so is the one
    /// whose thing it is about ("Corrin's initial response drew criticism. “These figures …,” she said"). That sentence is
    /// read only when a quotation asks who spoke last: most quotations name their speaker.
    /// </summary>
    private sealed class LastSpeaker(AttributionText text, IReadOnlyList<TextSpan> holes, NameIndex names)
    {
        private SpeakerMention? _speaker;
        private Sentence? _about;

        public StatementChannel? Channel { get; private set; }

        public SpeakerMention? Speaker
        {
            get
            {
                Settle();
                return _speaker;
            }
        }

        public void Set(SpeakerMention? speaker, StatementChannel? channel)
        {
            (_speaker, Channel, _about) = (speaker, channel, null);
        }

        /// <summary>Notes the sentence right before the next quotation, to be read if a quotation asks.</summary>
        public void MayBeAbout(Sentence sentence)
        {
            Settle();
            _about = sentence;
        }

        private void Settle()
        {
            if (_about is not { } s)
            {
                return;
            }

            _about = null;
            var clause = text.Tokens(s.Span.Start, s.Span.End, holes);
            if ((NamedPerson(AttributionFinder.ClauseSubject(clause), names) ?? NamedPerson(AttributionFinder.ClauseOwner(clause), names)) is { } person)
            {
                (_speaker, Channel) = (person, null);
            }
        }
    }

    /// <summary>Whether sentence <paramref name="index"/> is the last to end before <paramref name="opening"/>.</summary>
    private static bool JustBefore(IReadOnlyList<Sentence> sentences, int index, int opening) =>
        index + 1 >= sentences.Count || sentences[index + 1].Span.End > opening;

    /// <summary>
    /// The quotations to report, each as one or more passages read together: wrappers give way to
    /// their inner quotation, titles are dropped, labels joined by "and" are merged.
    /// </summary>
    private static List<Unit> Units(AttributionText text, IReadOnlyList<QuotedPassage> passages)
    {
        var units = new List<Unit>();
        for (var index = 0; index < passages.Count; index++)
        {
            var p = passages[index];
            if (p.Depth != 0)
            {
                continue;
            }

            // Passages are ordered by start (distinct starts): the ones inside p follow it directly.
            QuotedPassage? wrapped = null;
            for (var k = index + 1; k < passages.Count && passages[k].Outer.Start < p.Outer.End; k++)
            {
                var c = passages[k];
                if (c.Depth == 1 && p.Contains(c) && WrapsAttribution(text, p, c))
                {
                    wrapped = c;
                    break;
                }
            }

            var unit = wrapped is null ? new Unit([p], null) : new Unit([wrapped], p);
            var head = unit.Passages[0];
            if (LastWord(text.Tokens(Math.Max(0, head.Outer.Start - 40), head.Outer.Start, [])) is { } lastWord && TitleCues.Contains(lastWord.Text))
            {
                continue;
            }

            if (units.Count > 0 && units[^1].Wrapper is null && unit.Wrapper is null
                && WordCount(text.Value, units[^1].Passages[^1].Inner) <= ScareWords && WordCount(text.Value, p.Inner) <= ScareWords
                && OnlyJoiners(text.Value, units[^1].Passages[^1].Outer.End, p.Outer.Start))
            {
                units[^1] = units[^1] with { Passages = [.. units[^1].Passages, p] };
                continue;
            }

            units.Add(unit);
        }

        return units;
    }

    private static WordToken? LastWord(IReadOnlyList<WordToken> tokens)
    {
        for (var k = tokens.Count - 1; k >= 0; k--)
        {
            if (tokens[k].IsWord)
            {
                return tokens[k];
            }
        }

        return null;
    }

    private static bool AnyWord(IReadOnlyList<WordToken> tokens) => LastWord(tokens) is not null;

    private static QuoteClaim? Attribute(
        AnalyzedSource source,
        AttributionText text,
        Unit unit,
        IReadOnlyList<QuotedPassage> passages,
        List<TextSpan> holes,
        NameIndex names,
        List<QuoteClaim> done,
        LastSpeaker last)
    {
        var first = unit.Passages[0];
        var final = unit.Passages[^1];
        var span = new TextSpan(first.Outer.Start, final.Outer.End);
        var sentence = SentenceAt(source.Sentences, span.Start);
        var endSentence = SentenceAt(source.Sentences, Math.Max(span.Start, span.End - 1));
        var words = Words(text.Value, unit.Passages);
        if (words.Length == 0)
        {
            return null;
        }

        // The attribution is read within the wrapper, else within the sentences at each end,
        // stopping at neighbouring quotations.
        var beforeStart = unit.Wrapper?.Inner.Start ?? sentence.Span.Start;
        var afterEnd = unit.Wrapper?.Inner.End ?? endSentence.Span.End;
        // The nearest quotation ending before the span (after beforeStart) and starting after it (before afterEnd).
        var previousHole = beforeStart;
        var nextHole = afterEnd;
        var (from, to) = Neighbours(holes, span);
        for (var k = from; k < to; k++)
        {
            var h = holes[k];
            if (h.End <= span.Start && h.End > beforeStart)
            {
                previousHole = Math.Max(previousHole, h.End);
            }

            if (h.Start >= span.End && h.Start < afterEnd)
            {
                nextHole = Math.Min(nextHole, h.Start);
            }
        }

        var around = unit.Wrapper is null ? holes : [.. holes.Where(h => h != unit.Wrapper.Outer)];
        var read = new TextSpan(unit.Wrapper?.Outer.Start ?? sentence.Span.Start, unit.Wrapper?.Outer.End ?? endSentence.Span.End);
        var context = text.Tokens(read.Start, read.End, unit.Wrapper is null ? around : [.. around.Append(first.Outer).OrderBy(h => h.Start)]);

        // Without a wrapper the words before and after are read over the same quotations as the context around them: they
        // are its tokens, read once, unless a token of it runs over where they start or end.
        var before = (unit.Wrapper is null ? Within(context, read, previousHole, span.Start) : null) ?? text.Tokens(previousHole, span.Start, around);

        // A quotation closed by a full stop ends its sentence; what follows is not its attribution.
        var after = words[^1] == '.' ? [] : (unit.Wrapper is null ? Within(context, read, span.End, nextHole) : null) ?? text.Tokens(span.End, nextHole, around);

        var attribution = AttributionFinder.After(after);
        if (!attribution.Found)
        {
            var fromBefore = AttributionFinder.Before(before);
            attribution = fromBefore.Found || fromBefore.Verb is not null ? fromBefore : attribution;
        }

        var continued = false;
        SpeakerMention? speaker;
        if (attribution.Speaker is not null)
        {
            speaker = names.Resolve(attribution.Speaker);
        }
        else if (attribution.Pronoun)
        {
            // "Strenn thanked Valmira for what he called its “patience”": the pronoun is the sentence's named subject, if it
            // has one; else the last speaker goes on.
            speaker = NamedPerson(AttributionFinder.ClauseSubject(before), names) ?? last.Speaker;
            continued = true;
        }
        else if (attribution.Verb is not null && previousHole > beforeStart)
        {
            // "dismissed it as “x”, adding that “y”": the verb has no subject of its own; the
            // speaker of the quotation before it in the sentence goes on.
            speaker = done.LastOrDefault(c => c.Span.End <= span.Start && c.Span.End >= beforeStart)?.Speaker;
            continued = speaker is not null;
        }
        else if (attribution.Verb is not null && attribution.Verb.EndsWith("ing", StringComparison.Ordinal))
        {
            // "…, noting that “…”": the participle's subject is the subject of the sentence.
            speaker = AttributionFinder.ClauseSubject(before) is { } subject ? names.Resolve(subject) : null;
        }
        else if (!before.Any(t => t.IsWord) && !after.Any(t => t.IsWord))
        {
            // A quotation standing alone goes on from the last speaker.
            speaker = last.Speaker;
            continued = speaker is not null;
        }
        else
        {
            speaker = null;
        }

        var channel = ChannelDetector.Detect(context);
        if (channel is null && continued && speaker is not null && last.Speaker is { } previous && SameSpeaker(speaker, previous))
        {
            channel = last.Channel;
        }

        var form = FormOf(words, before, after, unit.Wrapper is not null);
        var owner = attribution.TargetOwner;
        if (attribution.Characterizes && owner is null && attribution.Target is { } target && SpeaksOfSpeech(target))
        {
            // "dismissed the accusation as “…”": the accusation is that of the last other speaker.
            owner = done.LastOrDefault(c => c.Speaker is not null && speaker is not null && !SameSpeaker(c.Speaker, speaker))?.Speaker?.Display;
        }

        if (speaker is not null)
        {
            last.Set(speaker, channel);
        }

        return new QuoteClaim
        {
            SourceId = source.Id,
            Span = span,
            Text = source.Text.Substring(span.Start, span.Length),
            Sentence = sentence,
            Words = words,
            Form = form,
            Speaker = speaker,
            Verb = attribution.Verb,
            Channel = channel,
            Judging = form == QuoteForm.Scare && attribution.Characterizes,
            Target = form == QuoteForm.Scare && attribution.Characterizes ? attribution.Target : null,
            TargetOwner = form == QuoteForm.Scare && attribution.Characterizes ? owner is null ? null : names.Resolve(new SpeakerMention(owner, owner, null, null, null)).Display : null,
            Continued = continued,
        };
    }

    /// <summary>
    /// The tokens of <paramref name="tokens"/> (read over <paramref name="read"/>) that lie in [from, to): what reading
    /// [from, to) alone over the same quotations gives, as the reader starts and stops a token at the same places. Null
    /// when a token runs over from or to (a word or quotation cut there reads otherwise) or [from, to) is not in the range read.
    /// </summary>
    private static List<WordToken>? Within(IReadOnlyList<WordToken> tokens, TextSpan read, int from, int to)
    {
        if (from > to || from < read.Start || to > read.End || tokens.Count == 0)
        {
            return null;
        }

        var within = new List<WordToken>();
        foreach (var t in tokens)
        {
            if ((t.Start < from && t.End > from) || (t.Start < to && t.End > to))
            {
                return null;
            }

            if (t.Start >= from && t.End <= to)
            {
                within.Add(t);
            }
        }

        return within;
    }

    private static QuoteForm FormOf(string words, IReadOnlyList<WordToken> before, IReadOnlyList<WordToken> after, bool wrapped)
    {
        var count = CountRuns(words, " ");
        var embedded = before.Any(t => t.IsWord) && !wrapped && !(before.Count > 0 && before[^1].Text is ":" or ",");
        if (count <= ScareWords && embedded)
        {
            return QuoteForm.Scare;
        }

        if (embedded && (char.IsLower(words[0]) || before.Where(t => t.IsWord).LastOrDefault()?.Lower is "that" or "as"))
        {
            return QuoteForm.Partial;
        }

        return QuoteForm.Direct;
    }

    internal static bool SameSpeaker(SpeakerMention a, SpeakerMention b) =>
        a.Surname is not null && b.Surname is not null
            ? string.Equals(a.Surname, b.Surname, StringComparison.OrdinalIgnoreCase)
            : string.Equals(a.Display, b.Display, StringComparison.OrdinalIgnoreCase);

    private static bool SpeaksOfSpeech(string target) =>
        target.Split(' ').Any(w => QuoteLexicon.SpeechNouns.Contains(w.Trim(',', '.')));

    private static bool WrapsAttribution(AttributionText text, QuotedPassage outer, QuotedPassage inner)
    {
        // The wrapper's own words (outside the inner quotation) attribute it: "X told reporters, ‘…’".
        var own = text.Tokens(outer.Inner.Start, inner.Outer.Start, []).Concat(text.Tokens(inner.Outer.End, outer.Inner.End, [])).Where(t => t.IsWord).ToList();
        return own.Count is > 0 and <= 14 && own.Any(t => QuoteLexicon.IsSpeechVerb(t.Lower));
    }

    private static bool OnlyJoiners(string text, int from, int to)
    {
        if (to < from || to - from > 12)
        {
            return false;
        }

        var between = text[from..to].Trim(' ', ',', '\t');
        return between is "" or "and" or "or" or "and even" or "nor" or "but also";
    }

    private static int WordCount(string text, TextSpan span) => CountRuns(text.AsSpan(span.Start, span.Length), " \n\t\r");

    /// <summary>How many pieces <c>Split(separators, RemoveEmptyEntries)</c> would give: the runs of other characters.</summary>
    internal static int CountRuns(ReadOnlySpan<char> text, ReadOnlySpan<char> separators)
    {
        var count = 0;
        var inRun = false;
        foreach (var c in text)
        {
            var separator = separators.Contains(c);
            if (!separator && !inRun)
            {
                count++;
            }

            inRun = !separator;
        }

        return count;
    }

    /// <summary>The quoted words of the passages, marks and reopening marks dropped, white space folded.</summary>
    private static string Words(string text, IReadOnlyList<QuotedPassage> passages)
    {
        var sb = new StringBuilder();
        foreach (var p in passages)
        {
            var inner = new StringBuilder(text.Substring(p.Inner.Start, p.Inner.Length));
            foreach (var reopen in p.Reopenings.Where(r => r >= p.Inner.Start && r < p.Inner.End))
            {
                inner[reopen - p.Inner.Start] = ' ';
            }

            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(inner);
        }

        var folded = SentenceSplitter.Fold(sb.ToString(), 0, sb.Length);
        return folded.Trim().TrimEnd(',').Trim();
    }

    private static Sentence SentenceAt(IReadOnlyList<Sentence> sentences, int offset)
    {
        // Sentences are ordered and disjoint: the last one starting at or before the offset holds
        // it, unless the offset falls in the white space after it (then the next one).
        int lo = 0, hi = sentences.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (sentences[mid].Span.Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (found >= 0 && offset < sentences[found].Span.End)
        {
            return sentences[found];
        }

        return found + 1 < sentences.Count ? sentences[found + 1] : sentences[^1];
    }

    /// <summary>The index range [from, to) of the quotations near a span (within a few sentences' reach), found by binary search in the ordered list.</summary>
    private static (int From, int To) Neighbours(List<TextSpan> holes, TextSpan span)
    {
        const int Reach = 3000;
        int lo = 0, hi = holes.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (holes[mid].End < span.Start - Reach)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var to = lo;
        while (to < holes.Count && holes[to].Start <= span.End + Reach)
        {
            to++;
        }

        return (lo, to);
    }

    private sealed record Unit(IReadOnlyList<QuotedPassage> Passages, QuotedPassage? Wrapper);
}
