using FactCheck.Core.Data;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Quantities;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Events;

/// <summary>
/// Reads the event mentions of one sentence: each event word (or "… and again on June 2", or a bare
/// "the second" after "two rounds") starts a mention; the words up to the next mention say when,
/// where, which one, whether it happened and what it produced.
/// </summary>
internal sealed class SentenceEventReader(AnalyzedSource source, IReadOnlyList<DateClaim> dates, IReadOnlyList<QuantityClaim> quantities)
{
    // How far before a mention its status cues, ordinal and participants may stand.
    private const int LookBack = 6;

    // How far before an outcome a negation may stand ("did not lead to any real progress towards a ceasefire").
    private const int NegationReach = 8;

    // Words of how badly, between a negation and an outcome: what they deny is the grave case only.
    private static readonly HashSet<string> Degrees = new(StringComparer.Ordinal) { "seriously", "critically", "badly", "severely", "gravely", "fatally" };

    // How far back from an outcome a word may mark it as a topic or a result.
    private const int TopicReach = 4;

    // How far after the event word an outcome may stand and still be the event's.
    private const int OutcomeReach = 28;

    private static readonly HashSet<string> Stop = Lexicon.Set("stopwords");

    private static readonly HashSet<string> BeforeFollowingEvent = new(StringComparer.OrdinalIgnoreCase) { "in", "during", "at", "from", "by", "after" };

    // Words that make a mention a further occurrence of its kind: "another round", "a new meeting".
    private static readonly HashSet<string> RepeatWords = new(StringComparer.OrdinalIgnoreCase) { "another", "new", "next", "further", "fresh" };

    // One before the story's own, named by a noun ("an earlier proposal … in April, which the board rebuffed"): not the
    // happening other reports tell of. Before a verb ("had earlier met in Istanbul") the word only says when.
    private static readonly HashSet<string> EarlierWords = new(StringComparer.OrdinalIgnoreCase) { "earlier", "previous", "prior" };

    private static readonly HashSet<string> VerbMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "will", "would", "could", "can", "cannot", "may", "might", "must", "should", "shall", "did", "does", "do",
    };

    // What may stand between a body and its verb of deciding, besides adverbs in -ly and days: "the Senate has also passed".
    private static readonly HashSet<string> BetweenSubjectAndVerb = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "also", "then", "finally", "again", "on", "late", "earlier", "today", "yesterday", "last", "night",
        "morning", "afternoon", "evening", "tonight",
    };

    // Words after which a participle describes a noun rather than reports an event: "the released detainees", "newly freed men".
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "their", "his", "her", "its", "our", "those", "these", "newly",
    };

    private static readonly HashSet<string> PassiveMarkers = new(StringComparer.OrdinalIgnoreCase) { "was", "were", "is", "are", "be", "been", "being" };

    // Words that make what was decided the story's own matter: "the reform", "its budget", "approved it".
    private static readonly HashSet<string> DefiniteWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "its", "their", "this", "these", "that", "it", "them",
    };

    /// <summary>An event mention being built: token range of its words, family, form, ordinal, and the mention it continues.</summary>
    // An outcome kind that names the event taking place again ("talks-resumption"): see event-outcomes.txt.
    private const string RecurrenceSuffix = "-resumption";

    // How many words may stand between an outcome verb and the event it governs ("rejected a 412p-a-share cash offer").
    private const int ObjectReach = 6;

    private sealed class Mention
    {
        public int Start;
        public int HeadEnd; // last token of the event words
        public required string Family;
        public TriggerForm Form;
        public int? Ordinal;
        public bool Repeat;
        public bool Intended; // its recurrence in the infinitive ("agreed to resume talks"): a further one, still to come
        public Mention? Continues;
        public readonly List<(EventOutcome Outcome, TextSpan Span)> Outcomes = [];
    }

    /// <summary>The event claims of <paramref name="sentence"/>, whose words are <paramref name="tokens"/>.</summary>
    public IReadOnlyList<EventClaim> Read(Sentence sentence, IReadOnlyList<WordToken> tokens)
    {
        var text = source.Text;
        var mentions = FindMentions(text, tokens);
        if (mentions.Count == 0)
        {
            return [];
        }

        var results = new List<EventClaim>();
        DemoteOutcomeWords(tokens, mentions);
        AttachOutcomes(tokens, mentions);

        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            var previous = k > 0 ? mentions[k - 1] : null;
            var segmentEndToken = OtherNounsClause(tokens, m, k + 1 < mentions.Count ? mentions[k + 1].Start : tokens.Count);
            var segStart = tokens[m.Start].Start;
            var segEnd = segmentEndToken < tokens.Count ? tokens[segmentEndToken].Start : sentence.Span.End;
            var backFrom = Math.Max(previous is null ? 0 : previous.HeadEnd + 1, m.Start - LookBack);

            // A tally alone ("voted 7-2", "beat City 3-1") is a result even without "passed" or "failed"; a vote's
            // may also stand just before its word ("the 27-24 vote", "by 28 votes to 23"), a match's may not
            // ("2-0 up at half-time, Rovers beat City").
            // A match's score stands before its word only when it qualifies it: "a 29-26 victory", "their 3-1 win".
            if (m.Family is "vote" or "match" && !HasOutcome(m, o => o.Class == m.Family) &&
                (VoteTally.Locate(text, segStart, segEnd)
                    ?? (m.Family == "vote" && backFrom < m.Start ? VoteTally.Locate(text, tokens[backFrom].Start, segEnd) : null)
                    ?? (m.Family == "match" && m.Form == TriggerForm.Noun && m.Start > 0 ? VoteTally.Locate(text, tokens[m.Start - 1].Start, tokens[m.Start - 1].End) : null)
                    // "battling past Berent 18-15 to win the title": the score a win came by.
                    ?? (m.Family == "match" && m.Start > 1 && tokens[m.Start - 1].Lower == "to" && tokens[m.Start].Lower == "win"
                        ? VoteTally.Locate(text, tokens[m.Start - 2].Start, tokens[m.Start - 2].End) : null)) is { } found
                // "in the fourth set as the Raiders edged it 25-23": a part's score, not the match's.
                && !(m.Family == "match" && (MatchPart.Before(text, sentence.Span.Start, found.Span.Start) || MatchPart.After(text, found.Span.End))))
            {
                m.Outcomes.Add((new EventOutcome(m.Family + "-result", m.Family, found.Span.Of(text), false, []) { Tally = found.Tally }, found.Span));
            }

            // "The Green Party won the by-election", "Labour held the seat": who won an election.
            if (m.Family is "election" && !HasOutcome(m, o => o.Winner is not null) && ElectionWinner.In(tokens) is { } winner)
            {
                var winSpan = new TextSpan(winner.Start, winner.End);
                m.Outcomes.Add((new EventOutcome("winner", "election", winSpan.Of(text), false, []) { Winner = winner.Name }, winSpan));
            }

            // "beat", "game", "drew" name a match only with its score: "beat forecasts" is no match.
            if (m.Family is "match" && !HasOutcome(m, o => o.Tally is not null))
            {
                continue;
            }

            // An assessment or inspection is an event only with its verdict: "an acute assessment unit", "assessment teams" are none.
            if (m.Family is "check" && m.Outcomes.Count == 0)
            {
                continue;
            }

            var course = CourseAfter(tokens, m, segmentEndToken);
            // A cue past a colon is another clause's ("Kingsmere bin strike: councillors reject plan to …").
            var status = StatusOf(text, tokens, m, backFrom, ColonAfter(text, tokens, m.HeadEnd, segmentEndToken), course);
            if (status == EventStatus.Unknown && HasOutcome(m, o => !o.Negated))
            {
                status = EventStatus.Happened; // what it produced is reported: it took place
            }

            var future = status is EventStatus.Expected or EventStatus.Planned;
            IReadOnlyList<DateMention> dateMentions = course == Course.Ending ? [] : EventDateReader.Find(source, dates, segStart, segEnd, future);
            if (m.Family == "vote" && dateMentions.Count > 0)
            {
                // "approved a tuition increase for next year": the year the thing decided is for, not the vote's day.
                dateMentions = [.. dateMentions.Where(d => !ForWhatWasDecided(text, d.Span.Start))];
            }

            if (m.Start > 0 && DateBefore(tokens, m, future) is { } modifier)
            {
                // "a June mission … postponed until the cause of Saturday's failure is known": a date right before the
                // event's word says when it is, before any date of its clause.
                dateMentions = [modifier, .. dateMentions];
            }
            if (dateMentions.Count == 0 && backFrom < m.Start)
            {
                // "The jury, which retired on Monday, convicted …": a date in a relative clause is that clause's verb's.
                dateMentions = [.. EventDateReader.Find(source, dates, tokens[backFrom].Start, segStart, future).Where(d => !InRelativeClause(text, sentence.Span.Start, d.Span.Start))];
            }

            if (status == EventStatus.Happened)
            {
                dateMentions = [.. dateMentions.Where(d => !EventDateReader.AfterReport(source, d.Resolved))];
            }

            var date = dateMentions.Count > 0 ? dateMentions[0] : null;
            if (date is null && EarlierSeason(tokens))
            {
                continue; // "Last season the Foxes beat the Mariners 4-1": an earlier occasion, which no date of the story's own meets
            }
            var place = PlaceOf(tokens, m.HeadEnd + 1, segmentEndToken) ?? (m.Continues is null ? null : Inherited(m.Continues, mentions, tokens));
            var participants = ParticipantsOf(tokens, m, backFrom, place);
            if (participants.Count == 0 && m.Continues is not null)
            {
                participants = ParticipantsOf(tokens, m.Continues, Math.Max(0, m.Continues.Start - LookBack), place);
            }

            if (m.Outcomes.Count == 0 && m.Ordinal is null && status == EventStatus.Unknown)
            {
                continue;
            }

            var end = Math.Max(tokens[m.HeadEnd].End, date?.Span.End ?? 0);
            foreach (var o in m.Outcomes)
            {
                end = Math.Max(end, o.Span.End);
            }

            end = Math.Min(end, segEnd);
            var span = new TextSpan(segStart, Math.Max(end, tokens[m.HeadEnd].End));
            results.Add(new EventClaim
            {
                SourceId = source.Id,
                Span = span,
                Text = span.Of(text),
                Sentence = sentence,
                // "A bid by opposition members to exempt the golf club was rejected by 31 votes to 19": a vote on an amendment.
                EventType = m.Family == "vote" && AmendmentBefore(text, tokens, m) ? AmendmentFamily : m.Family,
                Ordinal = m.Ordinal,
                IsRepeat = m.Repeat,
                Date = date?.Resolved,
                DateText = date?.Text,
                MonthDay = date?.MonthDay,
                Place = place,
                Participants = participants,
                Body = m.Family == "vote" ? VoteBodyOf(tokens, m, segmentEndToken) : null,
                Status = status,
                Outcomes = [.. m.Outcomes.Select(o => o.Outcome)],
            });
        }

        return results;
    }

    /// <summary>The date that ends on the word right before the mention ("a June mission", "Tuesday's vote"), if any.</summary>
    private DateMention? DateBefore(IReadOnlyList<WordToken> tokens, Mention m, bool future)
    {
        var previous = tokens[m.Start - 1];
        foreach (var d in EventDateReader.Find(source, dates, tokens[Math.Max(0, m.Start - 3)].Start, tokens[m.Start].Start, future))
        {
            if (d.Span.End > previous.Start && d.Span.End <= tokens[m.Start].Start && d.Resolved is not null
                && source.Text.AsSpan(d.Span.End, tokens[m.Start].Start - d.Span.End).Trim().TrimStart("'’").TrimStart("s").IsEmpty)
            {
                // Nothing but a space or a possessive between: "Monday, convicted" is another clause's day.
                return d;
            }
        }

        return null;
    }

    // Verbs before "for" whose date is the day something takes place: "the vote is scheduled for Monday".
    private static readonly HashSet<string> Scheduling = new(StringComparer.OrdinalIgnoreCase)
    {
        "scheduled", "rescheduled", "set", "planned", "slated", "due", "fixed", "booked", "pencilled", "penciled", "called", "postponed", "moved", "delayed",
    };

    /// <summary>
    /// Whether the date at <paramref name="at"/> follows "for" after something decided ("approved a tuition increase for next
    /// year", "passed the budget for 2027"), not after a verb of scheduling ("scheduled for Monday").
    /// </summary>
    private static bool ForWhatWasDecided(string text, int at) =>
        Quantities.TextScan.PreviousWord(text, at) is { Word: "for" } word
        && !(Quantities.TextScan.PreviousWord(text, word.Start) is { } verb && Scheduling.Contains(verb.Word));

    /// <summary>Whether the text at <paramref name="at"/> stands in a clause opened by a comma and "which" or "who".</summary>
    private static bool InRelativeClause(string text, int sentenceStart, int at)
    {
        var comma = text.LastIndexOf(',', Math.Max(sentenceStart, at - 1), Math.Max(0, at - sentenceStart));
        if (comma < sentenceStart)
        {
            return false;
        }

        var clause = text.AsSpan(comma + 1, at - comma - 1).TrimStart();
        return clause.StartsWith("which ", StringComparison.OrdinalIgnoreCase) || clause.StartsWith("who ", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasOutcome(Mention m, Func<EventOutcome, bool> test)
    {
        foreach (var o in m.Outcomes)
        {
            if (test(o.Outcome))
            {
                return true;
            }
        }

        return false;
    }

    private static string? At(IReadOnlyList<WordToken> tokens, int i) => i < tokens.Count ? tokens[i].Lower : null;

    private static List<Mention> FindMentions(string text, IReadOnlyList<WordToken> tokens)
    {
        var mentions = new List<Mention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Lower;
            var last = mentions.Count > 0 ? mentions[^1] : null;
            if (EventLexicon.Triggers.TryGetValue(word, out var listed)
                && (listed.Form != TriggerForm.Passive || PersonPassive(tokens, i)) && (listed.Form != TriggerForm.Transitive || ObjectAfter(tokens, i))
                && (listed.Form is TriggerForm.Passive or TriggerForm.Transitive ? listed with { Form = TriggerForm.Past } : listed) is var trigger
                && !UsedAsVerb(tokens, i, trigger) && !UsedAsAdjective(tokens, i, trigger))
            {
                // "The council defeated an amendment", "the stewards upheld an objection": a verb of winning or of ruling whose
                // object is another event names that event's outcome, not a match or a ruling of its own.
                if (trigger.Family is "match" or "ruling" && trigger.Form == TriggerForm.Past && OtherEventAfter(tokens, i, trigger.Family))
                {
                    continue;
                }

                // "beat Haddad 3-1 to win the Open on Sunday": a noun of a match used as a verb is winning what the sentence
                // names, no match of its own (its date is the match's before it).
                // With no such verb before it, a score right before "to win" is the match's: "battling past Berent 18-15 to win
                // the Masters".
                if (trigger.Family is "match" && trigger.Form == TriggerForm.Noun && i > 0 && VerbMarkers.Contains(tokens[i - 1].Lower)
                    && !(word == "win" && tokens[i - 1].Lower == "to" && i > 1 && !mentions.Exists(m => m.Family == "match")
                        && VoteTally.Locate(text, tokens[i - 2].Start, tokens[i - 2].End) is not null))
                {
                    continue;
                }

                // "we have not ruled out a legal challenge", "the club has not ruled it out": a phrasal verb, no ruling.
                if (word is "ruled" or "rule" or "rules" or "ruling" && (At(tokens, i + 1) == "out" || (At(tokens, i + 2) == "out" && At(tokens, i + 1) is "it" or "this" or "that" or "them")))
                {
                    continue;
                }

                // "An amendment … was defeated by 35 votes to 26", "backed the motion by 21 votes to 14": the votes it was decided by.
                if (word is "votes" && last is { Family: "vote" or "amendment" } && i >= 2 && tokens[i - 2].Lower == "by" && tokens[i - 1].IsNumber)
                {
                    continue;
                }

                // "negotiation rounds", "round of talks": one mention, not two.
                if (last is not null && last.Family == trigger.Family &&
                    (last.HeadEnd == i - 1 || (last.HeadEnd == i - 2 && tokens[i - 1].Lower == "of")))
                {
                    last.HeadEnd = i;
                    continue;
                }

                // "the court will rule", "workers plan to strike": a noun of the list used as a verb looks ahead.
                var form = trigger.Form == TriggerForm.Noun && i > 0 && VerbMarkers.Contains(tokens[i - 1].Lower) ? TriggerForm.Base : trigger.Form;
                var mention = new Mention
                {
                    Start = i,
                    HeadEnd = i,
                    Family = trigger.Family,
                    Form = form,
                    Ordinal = OrdinalBefore(tokens, i),
                    // A word of the same kind later in a further one's sentence tells of it again: "A third man was arrested on
                    // Sunday, bringing the number of people arrested to three".
                    Repeat = RepeatBefore(tokens, i) || (form == TriggerForm.Noun && EarlierBefore(tokens, i))
                        || (form != TriggerForm.Noun && FurtherParticipant(text, tokens, i))
                        || (last is { Repeat: true, Ordinal: null } && last.Family == trigger.Family),
                };
                mentions.Add(mention);
                continue;
            }

            // "The Senate passed the reform": a verb of deciding names a vote when a body that decides by vote
            // is its subject, unless a word of the family names that vote already ("passed in a 7-2 vote").
            if (EventLexicon.BodyVerbs.TryGetValue(word, out var decision) && !NamesFamily(tokens, decision.Family) && DecidedByBody(text, tokens, i)
                && !GovernsOtherEvent(text, tokens, i, decision.Family))
            {
                mentions.Add(new Mention
                {
                    Start = i,
                    HeadEnd = i,
                    Family = decision.Family,
                    Form = decision.Form,
                    Ordinal = OrdinalBefore(tokens, i),
                    Repeat = RepeatBefore(tokens, i),
                });
                continue;
            }

            // "met in Geneva on May 3 … and again on June 9": the next one of the same kind.
            if (word == "again" && last is not null && last.HeadEnd == i - 1)
            {
                last.Repeat = true; // "will meet again": a further one, which one unknown
                continue;
            }

            if (word == "again" && last is not null && i + 1 < tokens.Count && tokens[i + 1].Lower is "on" or "in" or "at")
            {
                last.Ordinal ??= 1;
                mentions.Add(new Mention { Start = i, HeadEnd = i, Family = last.Family, Form = last.Form, Ordinal = last.Ordinal + 1, Continues = last, Repeat = true });
                continue;
            }

            // "two rounds of talks, with the second resulting in …": a bare ordinal picks one of a plural mention.
            if (last is not null && i > 0 && tokens[i - 1].Lower == "the" && EventLexicon.Ordinals.TryGetValue(word, out var n) &&
                tokens[last.HeadEnd].Lower.EndsWith('s') &&
                (i + 1 == tokens.Count || EventLexicon.ResultWords.Contains(tokens[i + 1].Lower)))
            {
                mentions.Add(new Mention { Start = i - 1, HeadEnd = i, Family = last.Family, Form = TriggerForm.Noun, Ordinal = n, Continues = last });
            }
        }

        return mentions;
    }

    private static bool NamesFamily(IReadOnlyList<WordToken> tokens, string family)
    {
        foreach (var t in tokens)
        {
            if (EventLexicon.Triggers.TryGetValue(t.Lower, out var trigger) && trigger.Family == family)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the verb of deciding at <paramref name="i"/> has a body that decides by vote as its subject and
    /// the story's own matter as what it decided. Active: the body right before the verb, only adverbs,
    /// auxiliaries and days between ("the city council on Tuesday narrowly approved"), and a definite object
    /// ("the reform", "its budget", "it"). Passive: "by" and the body after the verb ("was approved by the
    /// Senate"), and a definite subject before it ("the reform was"). "An amendment was rejected" and
    /// "lawmakers rejected a motion" are further votes of a story, not its vote.
    /// </summary>
    private static bool DecidedByBody(string text, IReadOnlyList<WordToken> tokens, int i)
    {
        if (i > 0 && PassiveMarkers.Contains(tokens[i - 1].Lower))
        {
            if (i + 1 >= tokens.Count || tokens[i + 1].Lower != "by" || !Joined(text, tokens, i - 1) || !Joined(text, tokens, i))
            {
                return false;
            }

            for (var j = i + 2; j < Math.Min(tokens.Count, i + 5) && Joined(text, tokens, j - 1); j++)
            {
                if (EventLexicon.Bodies.Names(tokens[j]))
                {
                    return DefiniteBefore(text, tokens, i - 1);
                }
            }

            return false;
        }

        for (var j = i - 1; j >= Math.Max(0, i - 5) && Joined(text, tokens, j); j--)
        {
            // "the Board of Regents on Wednesday evening approved …": a body named with what it governs.
            if (EventLexicon.Bodies.Names(tokens[j]) || (j >= 2 && char.IsUpper(tokens[j].Text[0]) && tokens[j - 1].Lower == "of"
                && Joined(text, tokens, j - 2) && Joined(text, tokens, j - 1) && EventLexicon.Bodies.Names(tokens[j - 2])))
            {
                var next = i + 1 < tokens.Count && Joined(text, tokens, i) ? tokens[i + 1] : null;
                return next is not null && (DefiniteWords.Contains(next.Lower) || next.IsPossessive || next.Lower is "a" or "an");
            }

            if (!(BetweenSubjectAndVerb.Contains(tokens[j].Lower) || CalendarNames.Contains(tokens[j].Text) ||
                  (tokens[j].Lower.Length > 4 && tokens[j].Lower.EndsWith("ly", StringComparison.Ordinal))))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the subject that ends before token <paramref name="end"/> opens with a definite word ("the reform was").</summary>
    private static bool DefiniteBefore(string text, IReadOnlyList<WordToken> tokens, int end)
    {
        for (var j = end - 1; j >= Math.Max(0, end - 4) && Joined(text, tokens, j); j--)
        {
            if (DefiniteWords.Contains(tokens[j].Lower) || tokens[j].IsPossessive)
            {
                return true;
            }

            if (tokens[j].Lower is "a" or "an" or "another")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether only white space stands between token <paramref name="j"/> and the next.</summary>
    private static bool Joined(string text, IReadOnlyList<WordToken> tokens, int j) =>
        j >= 0 && j + 1 < tokens.Count && text.AsSpan(tokens[j].End, tokens[j + 1].Start - tokens[j].End).IsWhiteSpace();

    /// <summary>
    /// An event word that is also an outcome of another event in its clause ("no arrests were made at
    /// the rally", "police arrested 12 people during the protest") is that event's outcome, not an event of its own.
    /// </summary>
    private void DemoteOutcomeWords(IReadOnlyList<WordToken> tokens, List<Mention> mentions)
    {
        // Only the mention at hand is ever removed: walking by index sees the list as later
        // candidates did in a walk over a copy, without the copy.
        for (var k = 0; k < mentions.Count;)
        {
            var m = mentions[k];
            if (m.Start == m.HeadEnd && m.Ordinal is null && m.Continues is null && !IsContinued(mentions, m) &&
                LongestOutcomeAt(tokens, m.Start).Pattern is not null &&
                OwnerOf(tokens, mentions, m.Start, except: m) is { } host && host.Family != m.Family)
            {
                mentions.RemoveAt(k);
                continue;
            }

            k++;
        }
    }

    private static bool IsContinued(List<Mention> mentions, Mention m)
    {
        foreach (var x in mentions)
        {
            if (x.Continues == m)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The participle at <paramref name="i"/> in the passive ("was dismissed", "has been sacked") with a person as its
    /// subject: a name or a role word ("Minister Helena Voss-Tarrant was dismissed", "the minister was sacked"), not
    /// a thing ("the case was dismissed").
    /// </summary>
    private static bool PersonPassive(IReadOnlyList<WordToken> tokens, int i)
    {
        var be = i - 1;
        if (be < 1 || tokens[be].Lower is not ("was" or "were" or "been" or "being" or "is" or "are" or "be"))
        {
            return false;
        }

        var subject = be - 1;
        if (subject > 0 && tokens[subject].Lower is "has" or "had" or "have")
        {
            subject--;
        }

        return (subject > 0 && tokens[subject].IsCapitalized) || Quotes.QuoteLexicon.IsRole(tokens[subject].Lower) || tokens[subject].Lower is "he" or "she";
    }

    /// <summary>
    /// Whether the verb at <paramref name="i"/> has an object right after it: a determiner or a possessive ("overturned the
    /// red card", "overturned his ban"), not after a determiner itself ("an overturned lorry").
    /// </summary>
    private static bool ObjectAfter(IReadOnlyList<WordToken> tokens, int i) =>
        i + 1 < tokens.Count && !(i > 0 && Determiners.Contains(tokens[i - 1].Lower))
        && (Determiners.Contains(tokens[i + 1].Lower) || tokens[i + 1].IsPossessive);

    /// <summary>A noun of the list used as a verb with an object ("unable to strike a deal"), which names no event of its kind.</summary>
    private static bool UsedAsVerb(IReadOnlyList<WordToken> tokens, int i, Trigger trigger) =>
        trigger.Form == TriggerForm.Noun && i > 0 && i + 1 < tokens.Count && VerbMarkers.Contains(tokens[i - 1].Lower) &&
        tokens[i + 1].Lower is "a" or "an";

    /// <summary>
    /// A past participle of the list after a determiner, describing a noun ("buses carrying the released detainees",
    /// "the arrested men"): it names those people, not an event of its own with the sentence's date.
    /// </summary>
    /// <summary>Whether a noun of an event of another family than <paramref name="family"/> stands within three words after <paramref name="i"/>.</summary>
    private static bool OtherEventAfter(IReadOnlyList<WordToken> tokens, int i, string family)
    {
        for (var j = i + 1; j < Math.Min(tokens.Count, i + 4); j++)
        {
            if (EventLexicon.Triggers.TryGetValue(tokens[j].Lower, out var next) && next.Form == TriggerForm.Noun && next.Family != family)
            {
                return true;
            }
        }

        return false;
    }

    private static bool UsedAsAdjective(IReadOnlyList<WordToken> tokens, int i, Trigger trigger) =>
        trigger.Form == TriggerForm.Past && i > 0 && i + 1 < tokens.Count && Determiners.Contains(tokens[i - 1].Lower)
        && !EventLexicon.Triggers.ContainsKey(tokens[i + 1].Lower) && !Stop.Contains(tokens[i + 1].Lower);

    /// <summary>
    /// Whether a verb's subject or object is one more of its kind: "A third man, aged 52, was arrested on Sunday", "another
    /// man was charged", "police arrested a second suspect". What befell a further one is a further event, not the one
    /// another report gives for the first.
    /// </summary>
    private static bool FurtherParticipant(string text, IReadOnlyList<WordToken> tokens, int i)
    {
        // The subject: back over the verb's auxiliaries and an aside set off by commas, to "a third man" or "another man".
        for (var j = i - 1; j >= Math.Max(0, i - FurtherReach); j--)
        {
            if (text.AsSpan(tokens[j].End, tokens[j + 1].Start - tokens[j].End).IndexOfAny(";:.") >= 0 || ClauseOpeners.Contains(tokens[j].Lower))
            {
                break;
            }

            if (j >= 1 && FurtherOne(tokens, j - 1))
            {
                return true;
            }
        }

        // The object: "arrested a second man", "charged another suspect".
        return i + 2 < tokens.Count && FurtherOne(tokens, i + 1);
    }

    // How many words back a further one may stand from its verb ("A third man, aged 52, was arrested").
    private const int FurtherReach = 6;

    // Words that open another clause: a further one before them is no subject of the verb after them.
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal) { "when", "after", "before", "and", "but", "while", "as", "because", "who", "which", "that", "where" };

    /// <summary>Whether the words at <paramref name="k"/> are "another" or "a"/"an" and an ordinal past the first, before a noun.</summary>
    private static bool FurtherOne(IReadOnlyList<WordToken> tokens, int k) =>
        tokens[k].Lower == "another"
            ? k + 1 < tokens.Count && !Stop.Contains(tokens[k + 1].Lower)
            : k + 2 < tokens.Count && tokens[k].Lower is "a" or "an" && EventLexicon.Ordinals.TryGetValue(tokens[k + 1].Lower, out var n) && n > 1
              && !Stop.Contains(tokens[k + 2].Lower);

    /// <summary>"another round", "a new meeting": a repeat word among the two words before.</summary>
    private static bool RepeatBefore(IReadOnlyList<WordToken> tokens, int i) => AnyBefore(tokens, i, RepeatWords);

    /// <summary>"an earlier proposal", "a previous cash offer": a word of <see cref="EarlierWords"/> among the two words before.</summary>
    private static bool EarlierBefore(IReadOnlyList<WordToken> tokens, int i) => AnyBefore(tokens, i, EarlierWords);

    private static bool AnyBefore(IReadOnlyList<WordToken> tokens, int i, HashSet<string> words)
    {
        for (var j = Math.Max(0, i - 2); j < i; j++)
        {
            if (words.Contains(tokens[j].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static int? OrdinalBefore(IReadOnlyList<WordToken> tokens, int i)
    {
        for (var j = i - 1; j >= Math.Max(0, i - 2); j--)
        {
            if (EventLexicon.Ordinals.TryGetValue(tokens[j].Lower, out var n))
            {
                return n;
            }
        }

        return null;
    }

    private void AttachOutcomes(IReadOnlyList<WordToken> tokens, List<Mention> mentions)
    {
        var heads = new bool[tokens.Count];
        foreach (var m in mentions)
        {
            for (var h = m.Start; h <= m.HeadEnd; h++)
            {
                heads[h] = true;
            }
        }

        var usedQuantities = new HashSet<QuantityClaim>();
        var lastEnd = 0;
        var lastSeen = 0;
        bool? lastWasTopic = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            // An event word is an outcome only of its own event, and only where the list says so for
            // its family: "acquitted" is a ruling and its verdict.
            var self = heads[i] ? SelfOutcomeOwner(mentions, i) : null;
            if (heads[i] && self is null)
            {
                continue;
            }

            // Most words open no outcome pattern: the family that settles a tie is worth finding only at one that does.
            if (EventLexicon.OutcomesFor(tokens[i].Lower).Length == 0)
            {
                continue;
            }

            var (pattern, end) = LongestOutcomeAt(tokens, i, self?.Family ?? NearFamily(tokens, mentions, i));
            if (pattern is null || (self is not null && pattern.Family != self.Family))
            {
                continue;
            }

            // "to discuss a ceasefire and a prisoner exchange": a listed phrase shares the role of the one before.
            // An event word that is its own outcome is a topic too after a word of asking or wanting ("asked whether she would
            // resign", "calls for him to resign").
            var topic = self is null ? (lastWasTopic is { } previousTopic && Coordinated(tokens, lastSeen, i) ? previousTopic : IsTopic(tokens, i)) : IsTopic(tokens, i);
            (lastWasTopic, lastSeen) = (topic, end);
            if (topic)
            {
                i = end - 1;
                continue;
            }

            var governed = self is null ? ObjectOf(tokens, mentions, pattern.Family ?? (pattern.Class == EventOutcome.GeneralClass ? AnyFamily : null), end) : null;
            if (governed is not null && i > 0 && tokens[i - 1].Lower == "to" && pattern.Kind.EndsWith(RecurrenceSuffix, StringComparison.Ordinal))
            {
                (governed.Intended, governed.Repeat) = (true, true);
            }

            var owner = self ?? governed ?? OwnerOf(tokens, mentions, i);
            if (owner is not null && pattern.Family is not null && pattern.Family != owner.Family
                && LongestOutcomeAt(tokens, i, owner.Family) is ({ } own, var ownEnd) && own.Family == owner.Family && ownEnd == end)
            {
                pattern = own; // the same words listed for several families ("backed" a bid or an amendment): the owner's
            }

            if (owner is null || (pattern.Family is not null && pattern.Family != owner.Family))
            {
                continue;
            }

            var lowerBound = Math.Max(Math.Max(lastEnd, i - NegationReach), owner.Start < i ? owner.HeadEnd + 1 : 0);
            // "None of them seriously hurt" denies only grave injuries: others may be reported.
            var negated = EventLexicon.NegationSet.Occurs(tokens, lowerBound, i) && !(i > 0 && Degrees.Contains(tokens[i - 1].Lower));

            var span = new TextSpan(tokens[i].Start, tokens[end - 1].End);
            var regionStart = tokens[Math.Max(lowerBound, i - 5)].Start;
            var inside = TakeQuantities(usedQuantities, regionStart, span.End);
            var outcome = new EventOutcome(pattern.Kind, pattern.Class, span.Of(source.Text), negated, inside);
            if (owner.Family is "vote" or "election" or "amendment")
            {
                outcome = outcome with { Tally = VoteTally.Find(source.Text, tokens[Math.Max(0, owner.Start - LookBack)].Start, SentenceEnd(tokens)) };
            }

            if (!HasOutcomeOfKind(owner, outcome.Kind, outcome.Negated))
            {
                owner.Outcomes.Add((outcome, span));
            }

            lastEnd = end;
            i = end - 1;
        }
    }

    /// <summary>
    /// The quantities starting within [<paramref name="from"/>, <paramref name="to"/>) that no outcome took before, in
    /// their order, marked as taken. A loop of its own: a lambda in the loop over the words would allocate its closure for every word.
    /// </summary>
    private IReadOnlyList<Quantity> TakeQuantities(HashSet<QuantityClaim> used, int from, int to)
    {
        List<QuantityClaim>? inside = null;
        foreach (var q in quantities)
        {
            if (q.Span.Start >= from && q.Span.Start < to && !used.Contains(q))
            {
                (inside ??= []).Add(q);
            }
        }

        if (inside is null)
        {
            return [];
        }

        used.UnionWith(inside);
        return [.. inside.Select(q => q.Quantity)];
    }

    private static bool HasOutcomeOfKind(Mention m, string kind, bool negated)
    {
        foreach (var o in m.Outcomes)
        {
            if (o.Outcome.Kind == kind && o.Outcome.Negated == negated)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the words just before an outcome make it a subject of discussion, not a result ("calls for a ceasefire").</summary>
    private static bool IsTopic(IReadOnlyList<WordToken> tokens, int i)
    {
        for (var j = i - 1; j >= Math.Max(0, i - TopicReach); j--)
        {
            // "about 6,000": a hedge on a number, not a topic.
            if (char.IsDigit(tokens[j + 1].Text[0]))
            {
                continue;
            }

            if (EventLexicon.ContextOf(tokens[j].Lower) is { } isTopic)
            {
                return isTopic;
            }
        }

        return false;
    }

    private static bool Coordinated(IReadOnlyList<WordToken> tokens, int previousEnd, int i) =>
        i - previousEnd is >= 1 and <= 3 &&
        Enumerable.Range(previousEnd, i - previousEnd).All(j => tokens[j].Lower is "and" or "or" or "a" or "an" or "the" or "another") &&
        Enumerable.Range(previousEnd, i - previousEnd).Any(j => tokens[j].Lower is "and" or "or");

    // As a family to govern, "*" is any: outcomes of the general class go with any event.
    private const string AnyFamily = "*";

    // Words that put a mention outside a verb's object: "went ahead despite the pay offer" governs no offer.
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "despite", "after", "before", "over", "in", "on", "at", "for", "with", "by", "from", "to", "until", "during", "amid", "as", "because", "of", "and", "but",
    };

    /// <summary>Whether the mention at <paramref name="at"/> is the direct object of the verb ending at <paramref name="end"/>: at most two words between, no preposition.</summary>
    private static bool DirectObject(IReadOnlyList<WordToken> tokens, int end, int at)
    {
        if (at - end > 2)
        {
            return false;
        }

        for (var j = end; j < at; j++)
        {
            if (Prepositions.Contains(tokens[j].Lower))
            {
                return false;
            }
        }

        return true;
    }

    private static int SentenceEnd(IReadOnlyList<WordToken> tokens) => tokens[^1].End;

    /// <summary>The one-word mention whose head is token <paramref name="i"/>, if any.</summary>
    private static Mention? SelfOutcomeOwner(List<Mention> mentions, int i)
    {
        foreach (var m in mentions)
        {
            if (m.Start == i && m.HeadEnd == i)
            {
                return m;
            }
        }

        return null;
    }

    private static (OutcomePattern? Pattern, int End) LongestOutcomeAt(IReadOnlyList<WordToken> tokens, int i, string? prefer = null)
    {
        OutcomePattern? best = null;
        var bestEnd = -1;
        foreach (var p in EventLexicon.OutcomesFor(tokens[i].Lower))
        {
            // Of patterns as long, the one of the family at hand ("rejected" a vote's, or an offer's), else one of
            // no family ("called off" a strike, not talks).
            var end = WordTokens.MatchAt(tokens, i, p.Words, tokens.Count);
            if (end > bestEnd || (end == bestEnd && end > i && prefer is not null && Rank(p.Family, prefer) > Rank(best?.Family, prefer)))
            {
                (best, bestEnd) = (p, end);
            }
        }

        return (best, bestEnd);

        static int Rank(string? family, string prefer) => family == prefer ? 2 : family is null ? 1 : 0;
    }

    /// <summary>
    /// The family of the mention right after token <paramref name="i"/> (its likely object), else of the one before it. One
    /// past a comma or a dash is no object: in "an amendment … was defeated, with members voting against it" the defeat is the
    /// amendment's.
    /// </summary>
    private string? NearFamily(IReadOnlyList<WordToken> tokens, List<Mention> mentions, int i)
    {
        string? before = null;
        foreach (var m in mentions)
        {
            if (m.Start > i)
            {
                var objectLike = m.Start - i <= ObjectReach + 1
                    && !WordTokens.BreakBetween(source.Text, tokens[i], tokens[m.Start]);
                return objectLike ? m.Family : before;
            }

            before = m.Family;
        }

        return before;
    }

    /// <summary>
    /// Whether the verb at <paramref name="i"/> has as its object a word for an event of another family ("the board
    /// rejected a 412p-a-share cash offer"): then it is what befell that event, not a vote of its own.
    /// </summary>
    private static bool GovernsOtherEvent(string text, IReadOnlyList<WordToken> tokens, int i, string family)
    {
        for (var j = i + 1; j < Math.Min(tokens.Count, i + 2 + ObjectReach); j++)
        {
            if (WordTokens.BreakBetween(text, tokens[j - 1], tokens[j]))
            {
                return false;
            }

            if (EventLexicon.Triggers.TryGetValue(tokens[j].Lower, out var trigger) && trigger.Form == TriggerForm.Noun)
            {
                return trigger.Family != family;
            }
        }

        return false;
    }

    /// <summary>
    /// The mention an outcome of one family governs as its object ("agreed to resume talks", "called off the
    /// strike", "rejected a 412p-a-share cash offer"): the next mention, of that family, at most four words after the
    /// outcome with no punctuation between. Only outcomes the list limits to a family are verbs of that family's events;
    /// a general one ("called off", "postponed") is a verb of any event's (<see cref="AnyFamily"/>: "called off their strike").
    /// </summary>
    private Mention? ObjectOf(IReadOnlyList<WordToken> tokens, List<Mention> mentions, string? family, int end)
    {
        if (family is null)
        {
            return null;
        }

        foreach (var m in mentions)
        {
            if (m.Start >= end)
            {
                return (m.Family == family || (family == AnyFamily && DirectObject(tokens, end, m.Start))) && m.Start - end <= ObjectReach
                    && !WordTokens.BreakBetween(source.Text, tokens[end - 1], tokens[m.Start]) ? m : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The mention an outcome belongs to: the nearest one before it in the same clause, or else one
    /// right after it that the outcome is located in ("no injuries were reported in the fire").
    /// </summary>
    private Mention? OwnerOf(IReadOnlyList<WordToken> tokens, List<Mention> mentions, int i, Mention? except = null)
    {
        Mention? before = null;
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            if (mentions[k] != except && mentions[k].HeadEnd < i)
            {
                before = mentions[k];
                break;
            }
        }

        if (before is not null && i - before.HeadEnd <= OutcomeReach && !ClauseBreakBetween(tokens[before.HeadEnd].End, tokens[i].Start))
        {
            return before;
        }

        Mention? after = null;
        foreach (var m in mentions)
        {
            if (m != except && m.Start > i)
            {
                after = m;
                break;
            }
        }

        if (after is not null && after.Start - i <= LookBack + 4 && !ClauseBreakBetween(tokens[i].End, tokens[after.Start].Start))
        {
            for (var j = after.Start - 1; j >= Math.Max(0, after.Start - 3); j--)
            {
                if (BeforeFollowingEvent.Contains(tokens[j].Lower))
                {
                    return after;
                }
            }
        }

        return null;
    }

    private bool ClauseBreakBetween(int from, int to)
    {
        var between = source.Text.AsSpan(from, Math.Max(0, to - from));
        return between.IndexOfAny(";—()") >= 0 || between.IndexOf(" – ", StringComparison.Ordinal) >= 0 || between.IndexOf(" - ", StringComparison.Ordinal) >= 0;
    }

    /// <summary>What the words right after an event's noun say of its course.</summary>
    private enum Course
    {
        None,

        /// <summary>"The strike began at 06:00 on Monday and is scheduled to last 48 hours": it is under way, whatever follows.</summary>
        Began,

        /// <summary>"The strike is due to end on Wednesday": under way, and the day is its end's, not its own.</summary>
        Ending,
    }

    /// <summary>Whether the sentence speaks of an earlier season ("last season", "the previous season", "the season before").</summary>
    private static bool EarlierSeason(IReadOnlyList<WordToken> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Lower is "season" or "seasons"
                && (tokens[i - 1].Lower is "last" or "previous" || (i + 1 < tokens.Count && tokens[i + 1].Lower == "before" && tokens[i - 1].Lower == "the")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the words right after a noun event say of its course: "began …", "is due to end …", or neither.</summary>
    private static Course CourseAfter(IReadOnlyList<WordToken> tokens, Mention m, int segmentEnd)
    {
        if (m.Form != TriggerForm.Noun || m.Continues is not null || m.HeadEnd + 1 >= segmentEnd)
        {
            return Course.None;
        }

        var next = tokens[m.HeadEnd + 1].Lower;
        if (next is "began" or "started" or "got" or "broke" or "went" or "took")
        {
            return Course.Began;
        }

        // "is due to end", "is scheduled to finish", "will last until": what is said is how it ends.
        var k = m.HeadEnd + 1;
        if (tokens[k].Lower is "is" or "are" or "was" or "were")
        {
            k++;
        }

        if (k + 1 < segmentEnd && tokens[k].Lower is "due" or "scheduled" or "set" or "expected" && tokens[k + 1].Lower == "to")
        {
            k += 2;
        }
        else if (k < segmentEnd && tokens[k].Lower == "will")
        {
            k++;
        }
        else
        {
            return Course.None;
        }

        return k < segmentEnd && tokens[k].Lower is "end" or "finish" or "conclude" or "last" or "wrap" ? Course.Ending : Course.None;
    }

    /// <summary>
    /// Where the event's clause ends before a clause about another noun: in "approving a tax increase for the fiscal year
    /// that begins next month" the month is the year's, not the vote's, so neither its date nor its tense cue is the
    /// event's. A clause on the event's own word ("the strike that began on Monday", "the vote, which took place on
    /// Tuesday") is its own.
    /// </summary>
    private static int OtherNounsClause(IReadOnlyList<WordToken> tokens, Mention m, int segmentEnd)
    {
        for (var j = m.HeadEnd + 1; j < segmentEnd; j++)
        {
            if (tokens[j].Lower is not ("that" or "which"))
            {
                continue;
            }

            // "a trial in which schools will …": the noun before the preposition is the one the clause is about.
            var noun = tokens[j - 1].Lower is "in" or "at" or "during" or "under" or "after" or "on" or "for" or "with" or "by" or "from" ? j - 2 : j - 1;
            if (noun > m.HeadEnd && !tokens[noun].IsCapitalized)
            {
                return j;
            }
        }

        return segmentEnd;
    }

    /// <summary>The first token after <paramref name="from"/> that a colon stands before, else <paramref name="limit"/>.</summary>
    private static int ColonAfter(string text, IReadOnlyList<WordToken> tokens, int from, int limit)
    {
        for (var j = from + 1; j < limit; j++)
        {
            if (text.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End).Contains(':'))
            {
                return j;
            }
        }

        return limit;
    }

    /// <summary>
    /// The body a vote is the vote of: the nearest word before it in its sentence that names one ("Inchmore Community
    /// Council has come out against the rise, voting by nine votes to two", "after its board approved the rise"), past
    /// words for members of any body ("the council … when members voted 7-2"); else one after it in its clause ("a
    /// motion calling on the Community Council to oppose the rise was defeated").
    /// </summary>
    private const string AmendmentFamily = "amendment";

    // Nouns of a change put to a vote beside the motion itself.
    private static readonly HashSet<string> AmendmentNouns = new(StringComparer.OrdinalIgnoreCase) { "amendment", "amendments", "bid" };

    /// <summary>
    /// Whether the vote's clause names an amendment before it, with no comma, semicolon or colon between ("A bid by
    /// opposition members to exempt the golf club was rejected by 31 votes to 19"); "After an amendment failed, the council
    /// voted 38-9" is the motion's vote.
    /// </summary>
    private static bool AmendmentBefore(string text, IReadOnlyList<WordToken> tokens, Mention m)
    {
        for (var k = Math.Min(m.Start, tokens.Count) - 1; k >= 0; k--)
        {
            if (text.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End).IndexOfAny(",;:") >= 0)
            {
                return false;
            }

            if (AmendmentNouns.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static string? VoteBodyOf(IReadOnlyList<WordToken> tokens, Mention m, int clauseEnd)
    {
        for (var k = Math.Min(m.Start, tokens.Count) - 1; k >= 0; k--)
        {
            if (EventLexicon.Bodies.KindOf(tokens[k]) is { } body)
            {
                return body;
            }
        }

        for (var k = m.Start; k < Math.Min(clauseEnd, tokens.Count); k++)
        {
            if (EventLexicon.Bodies.KindOf(tokens[k]) is { } body)
            {
                return body;
            }
        }

        return null;
    }

    private static EventStatus StatusOf(string text, IReadOnlyList<WordToken> tokens, Mention m, int backFrom, int segmentEnd, Course course)
    {
        bool Cue(EventStatus status, int from, int to) => EventLexicon.StatusCuesOf(status).Occurs(tokens, from, to);

        var form = m.Continues?.Form ?? m.Form;
        if (Cue(EventStatus.Denied, backFrom, segmentEnd))
        {
            return EventStatus.Denied;
        }

        if (m.Intended)
        {
            return EventStatus.Planned;
        }

        if (course != Course.None)
        {
            return EventStatus.Happened; // under way: a later cue is about how long it lasts or when it ends
        }

        // A past-tense verb settles it; cues after it belong to later clauses ("arrested two men, who will appear …").
        var to = form == TriggerForm.Past && m.Continues is null ? m.Start : segmentEnd;
        // Nor do cues of an earlier clause count: "has come out against the planned fare increase, voting by nine votes
        // to two on Monday night" plans the increase, not the vote.
        var from = backFrom;
        for (var k = Math.Min(m.Start, tokens.Count - 1); k > backFrom; k--)
        {
            if (text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).Contains(','))
            {
                from = k;
                break;
            }
        }

        if (Cue(EventStatus.Planned, from, to))
        {
            return EventStatus.Planned;
        }

        if (Cue(EventStatus.Expected, from, to))
        {
            return EventStatus.Expected;
        }

        if (form == TriggerForm.Past || Cue(EventStatus.Happened, backFrom, segmentEnd))
        {
            return EventStatus.Happened;
        }

        return EventStatus.Unknown;
    }

    /// <summary>"in Port Arlen", "at the Hall of Nations" reduced to its capitalised words, within the first words after the event.</summary>
    private static string? PlaceOf(IReadOnlyList<WordToken> tokens, int from, int to)
    {
        for (var i = from; i < Math.Min(to, from + 8) - 1; i++)
        {
            if (tokens[i].Lower is not ("in" or "at"))
            {
                continue;
            }

            var j = i + 1;
            if (j < to && tokens[j].Lower == "the")
            {
                j++;
            }

            var words = new List<string>();
            while (j < to && tokens[j].IsCapitalized && !CalendarNames.Contains(tokens[j].Text) && !char.IsDigit(tokens[j].Text[0]))
            {
                words.Add(tokens[j].Text);
                j++;
            }

            if (words.Count > 0)
            {
                return string.Join(' ', words);
            }
        }

        return null;
    }

    private static string? Inherited(Mention from, List<Mention> mentions, IReadOnlyList<WordToken> tokens)
    {
        var index = mentions.IndexOf(from);
        var end = index + 1 < mentions.Count ? mentions[index + 1].Start : tokens.Count;
        return PlaceOf(tokens, from.HeadEnd + 1, end);
    }

    /// <summary>Capitalised names standing before the event words: the subject of a verb ("Russia and Ukraine met"), or a noun's modifier ("the Senate vote").</summary>
    private static IReadOnlyList<string> ParticipantsOf(IReadOnlyList<WordToken> tokens, Mention m, int backFrom, string? place)
    {
        if (m.Continues is not null)
        {
            return [];
        }

        var from = m.Form == TriggerForm.Noun ? Math.Max(backFrom, m.Start - 3) : backFrom;
        var names = new List<string>();

        // A match has two sides, and the second is named after the verb: "Rovers beat City 3-1".
        var to = m.Family == "match" ? Math.Min(tokens.Count, m.HeadEnd + 4) : m.Start;
        for (var j = from; j < to; j++)
        {
            if (j >= m.Start && j <= m.HeadEnd)
            {
                continue;
            }

            var t = tokens[j];
            var possessive = t.IsPossessive;
            if (!t.IsCapitalized || Stop.Contains(t.Lower) || CalendarNames.Contains(possessive ? t.Text[..^2] : t.Text) || EventLexicon.Ordinals.ContainsKey(t.Lower))
            {
                continue; // "Thursday's by-election" names a day, not a participant
            }

            if (place is not null && place.Contains(t.Text, StringComparison.Ordinal))
            {
                continue;
            }

            var name = possessive ? t.Lower[..^2] : t.Lower;
            if (!names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names;
    }
}
