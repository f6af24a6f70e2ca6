using System.Globalization;
using FactCheck.Core.Claims;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Normalize.Events;

/// <summary>Whether a source reports an event as done, still to come, or as not having happened.</summary>
public enum EventStatus
{
    Unknown,
    Happened,
    Expected,
    Planned,
    Denied,
}

/// <summary>Which part of an event a claim speaks of: the event as a whole, or its start ("the war began in 2022", "born in 1950").</summary>
public enum EventPhase
{
    Whole,
    Start,
}

/// <summary>What an elapsed-time statement counts: the ordinal year of an event ("in its third year") or a person's age ("aged 81").</summary>
public enum ElapsedKind
{
    OrdinalYear,
    Age,
}

/// <summary>A statement of time elapsed since an event started, as of the source's publication date.</summary>
public sealed record Elapsed(ElapsedKind Kind, int Years);

/// <summary>
/// One thing an event produced: its kind from the outcome word list ("prisoner-exchange"), the
/// class of kinds it belongs to ("exchange"), the words that said so, whether the source says it
/// did not happen ("no injuries"), and any numbers inside it.
/// </summary>
public sealed record EventOutcome(string Kind, string Class, string Phrase, bool Negated, IReadOnlyList<Quantity> Quantities)
{
    /// <summary>The class that stands for an unspecific outcome ("a deal", "called off"), compatible with any other and of any event.</summary>
    public const string GeneralClass = "general";

    /// <summary>A vote tally such as "61-38", when the outcome is a vote result.</summary>
    public string? Tally { get; init; }

    /// <summary>Who won, as the source names them ("Green Party"), when the outcome is an election's winner.</summary>
    public string? Winner { get; init; }

    /// <summary>The outcome as a report names it: "no injuries", "match-result 3-1", "winner Green Party".</summary>
    public string Label => (Negated ? "no " : "") + Kind + (Tally is null ? "" : " " + Tally) + (Winner is null ? "" : " " + Winner);

    public override string ToString() =>
        Label +
        (Quantities.Count == 0 ? "" : " (" + string.Join(", ", Quantities) + ")");
}

/// <summary>
/// An event a source mentions — a meeting, a round of talks, a vote, an arrest, a ruling — with what
/// the source says about it: when, where, who, which one in a sequence, whether it happened, and
/// what it produced. Also carries the time facts that anchor derived checks (a start date, an age).
/// </summary>
public sealed record EventClaim : Claim
{
    /// <summary>The event family from the trigger word list ("talks", "vote", "ruling", "war", "life").</summary>
    public required string EventType { get; init; }

    /// <summary>The event's place in a sequence: 2 for "the second round" or for "… and again on June 2".</summary>
    public int? Ordinal { get; init; }

    /// <summary>The source speaks of a further occurrence ("another round", "will meet again"), not a particular one.</summary>
    public bool IsRepeat { get; init; }

    /// <summary>When the event took or takes place, if the source says and it can be resolved.</summary>
    public CalendarDate? Date { get; init; }

    /// <summary>The date as written ("June 2"), kept even when it cannot be resolved.</summary>
    public string? DateText { get; init; }

    /// <summary>Month and day ("06-02") of a day-precise date, for matching when a year cannot be resolved.</summary>
    public string? MonthDay { get; init; }

    public string? Place { get; init; }

    /// <summary>Named participants (capitalised names next to the trigger), lower case.</summary>
    public IReadOnlyList<string> Participants { get; init; } = [];

    /// <summary>The kind of body that took a vote ("council", "board", "committee"), when its sentence names one before it.</summary>
    public string? Body { get; init; }

    public EventStatus Status { get; init; }

    public EventPhase Phase { get; init; }

    public Elapsed? Elapsed { get; init; }

    public IReadOnlyList<EventOutcome> Outcomes { get; init; } = [];

    public override ClaimKind Kind => ClaimKind.Event;

    public override char IdPrefix => 'e';

    public override IEnumerable<KeyValuePair<string, object?>> ReportFields()
    {
        yield return new("value", Describe());
        yield return new("event", EventType);
        yield return new("status", Status.ToString().ToLowerInvariant());
        if (Ordinal is not null)
        {
            yield return new("ordinal", Ordinal);
        }

        if (IsRepeat)
        {
            yield return new("repeat", true);
        }

        if (Date is not null || DateText is not null)
        {
            yield return new("date", Date?.ToIso() ?? DateText);
        }

        if (Place is not null)
        {
            yield return new("place", Place);
        }

        if (Participants.Count > 0)
        {
            yield return new("participants", Participants);
        }

        if (Body is not null)
        {
            yield return new("body", Body);
        }

        if (Phase != EventPhase.Whole)
        {
            yield return new("phase", Phase.ToString().ToLowerInvariant());
        }

        if (Elapsed is not null)
        {
            yield return new("elapsed", Elapsed.Kind == ElapsedKind.Age ? $"age {Elapsed.Years}" : $"year {Elapsed.Years}");
        }

        if (Outcomes.Count > 0)
        {
            yield return new("outcomes", Outcomes.Select(o => o.ToString()).ToList());
        }
    }

    public override string Describe()
    {
        if (EventType == StateReader.Family && Participants.Count > 0 && Outcomes.Count == 1)
        {
            // A thing's state: "line became open 2026-06-10", "line closed 2026-06-11".
            var state = (Outcomes[0].Class == StateReader.Change ? "became " : "") + Outcomes[0].Kind;
            return string.Join(" ", new[] { Participants[0], state, Date?.ToIso() ?? DateText }.OfType<string>());
        }

        var parts = new List<string>();
        parts.Add(Ordinal is { } n ? $"{EventType} #{n.ToString(CultureInfo.InvariantCulture)}" : EventType);
        if (Phase == EventPhase.Start)
        {
            parts.Add(EventType == "life" ? "born" : "began");
        }

        if (Date is not null || DateText is not null)
        {
            parts.Add(Date?.ToIso() ?? DateText!);
        }

        if (Place is not null)
        {
            parts.Add("in " + Place);
        }

        if (Elapsed is not null)
        {
            parts.Add(Elapsed.Kind == ElapsedKind.Age ? $"aged {Elapsed.Years}" : $"in year {Elapsed.Years}");
        }

        if (Status != EventStatus.Unknown)
        {
            parts.Add(Status.ToString().ToLowerInvariant());
        }

        if (Outcomes.Count > 0)
        {
            parts.Add("→ " + string.Join(", ", Outcomes));
        }

        return string.Join(" ", parts);
    }
}
