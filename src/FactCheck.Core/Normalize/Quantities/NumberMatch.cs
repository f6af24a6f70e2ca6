using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Quantities;

/// <summary>How a number was written, as the Recognizers-Text suite names it.</summary>
public enum NumberForm
{
    Integer,
    Decimal,
    Fraction,
    Power,
}

/// <summary>
/// A number found in a text: where, its value, its form, and the facts about its surroundings
/// that later stages need to tell an amount from a label ("180ml", "F-16", "192.168.1.2").
/// </summary>
/// <param name="Span">The number's text, sign and scale words included ("minus 5", "2.33 k", "1.5 million").</param>
/// <param name="Value">Its value.</param>
/// <param name="Form">How it was written.</param>
public sealed record NumberMatch(TextSpan Span, decimal Value, NumberForm Form)
{
    /// <summary>At least one word of it is spelled out ("six thousand", "3 dozens").</summary>
    public bool Spelled { get; init; }

    /// <summary>The digits run straight into letters that are no scale ("180ml", "2nd", "5G").</summary>
    public bool GluedLetters { get; init; }

    /// <summary>The letters right after the digits are an ordinal suffix ("2nd", "11th").</summary>
    public bool OrdinalSuffix { get; init; }

    /// <summary>Letters run straight into the digits ("A320", "USD115").</summary>
    public bool AfterLetters { get; init; }

    /// <summary>A hyphen joins the number to the word or number before it ("F-16", "SCP-173").</summary>
    public bool Attached { get; init; }

    /// <summary>One part of a dotted, slashed or hyphenated chain ("192.168.1.2", "5/17/2018", "1-222-2222").</summary>
    public bool InSequence { get; init; }

    /// <summary>Written with thousands separators ("1,000").</summary>
    public bool Grouped { get; init; }

    /// <summary>A scale word or suffix is part of it ("1.5 million", "10k").</summary>
    public bool Scaled { get; init; }

    /// <summary>
    /// A number as the suite's number model reports it: not glued to a unit or an ordinal
    /// suffix, not glued after letters.
    /// </summary>
    public bool IsStandalone => !GluedLetters && !AfterLetters;
}
