using FactCheck.Core.Claims;

namespace FactCheck.Core.Normalize.Quotes;

/// <summary>How much of an utterance a quotation gives.</summary>
public enum QuoteForm
{
    /// <summary>A full quoted utterance: “No one is delaying anything,” she said.</summary>
    Direct,

    /// <summary>Quoted words inside the reporter's own sentence: she said that “no one is delaying anything.”</summary>
    Partial,

    /// <summary>One to three words that label something: called the plan “reckless”.</summary>
    Scare,
}

/// <summary>
/// Words a source puts in someone's mouth: the quotation (<see cref="Claim.Text"/> with its marks,
/// <see cref="Words"/> without), who says it, through which channel, and — for a label such as
/// “unfounded” — what is labelled and whose it is, so that a reversed attribution can be seen.
/// </summary>
public sealed record QuoteClaim : Claim
{
    /// <summary>The quoted words without quote marks, white space folded.</summary>
    public required string Words { get; init; }

    public required QuoteForm Form { get; init; }

    /// <summary>The speaker as this source names them, fuller forms from the same source merged in; null when unknown.</summary>
    public SpeakerMention? Speaker { get; init; }

    /// <summary>The attributing verb ("told", "wrote", "criticized").</summary>
    public string? Verb { get; init; }

    public StatementChannel? Channel { get; init; }

    /// <summary>For a label: what it labels ("Peskov’s remarks", "the accusation").</summary>
    public string? Target { get; init; }

    /// <summary>For a label: whose words or deeds are labelled ("Peskov"), when the text says or implies it.</summary>
    public string? TargetOwner { get; init; }

    /// <summary>True when the words are a label given with a verb of judging ("dismissed … as", "called").</summary>
    public bool Judging { get; init; }

    /// <summary>The speaker was carried over from an earlier sentence ("he added", a quote standing alone).</summary>
    public bool Continued { get; init; }

    /// <summary>True for a label given with a verb of judging: who says it of what can be compared.</summary>
    public bool IsCharacterization => Form == QuoteForm.Scare && Judging;

    public override ClaimKind Kind => ClaimKind.Quote;

    public override char IdPrefix => 'u';

    public override IEnumerable<KeyValuePair<string, object?>> ReportFields()
    {
        yield return new("speaker", Speaker?.Display);
        yield return new("speakerRole", Speaker?.Role is null ? null : string.Join(' ', new[] { Speaker.Organization, Speaker.Role }.Where(p => p is not null)));
        yield return new("speakerAs", Speaker?.Written);
        yield return new("quote", Words);
        yield return new("form", Form.ToString().ToLowerInvariant());
        yield return new("verb", Verb);
        yield return new("channel", Channel?.Kind);
        if (Channel?.Detail is not null)
        {
            yield return new("channelDetail", Channel.Detail);
        }

        if (IsCharacterization)
        {
            yield return new("target", Target);
            yield return new("targetOwner", TargetOwner);
        }

        if (Continued)
        {
            yield return new("continued", true);
        }
    }

    public override string Describe() =>
        $"{Speaker?.Display ?? "unknown speaker"}: “{Words}”" + (Channel is null ? "" : $" ({Channel})");
}
