
namespace FactCheck.Core.Normalize.Quotes;

/// <summary>
/// Who a quotation is attributed to, as one source names them: "Palace spokesman Ana Okafor" is
/// the name "Ana Okafor" with the role "spokesman" of the organization "Palace". Any part may be
/// missing ("the envoy" has only a role). <see cref="Written"/> is the mention as it stands in the text.
/// </summary>
public sealed record SpeakerMention(string Written, string? Name, string? Role, string? Organization, string? Title)
{
    /// <summary>The last word of the name, which identifies a person across the sources of a story.</summary>
    public string? Surname => Name?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];

    /// <summary>The given names before the surname, if the mention has them ("Ana").</summary>
    public string? GivenName
    {
        get
        {
            var parts = Name?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return parts is { Length: > 1 } ? parts[0] : null;
        }
    }

    /// <summary>The best short reading: the name, else the role with its organization.</summary>
    public string Display => Name ?? string.Join(' ', new[] { Organization, Role }.Where(p => p is not null));

    /// <summary>The same person named with more detail from another mention (surname → full name, missing role filled in).</summary>
    public SpeakerMention Enrich(SpeakerMention fuller) => this with
    {
        Name = fuller.Name is not null && (Name is null || fuller.Name.Length > Name.Length) ? fuller.Name : Name,
        Role = Role ?? fuller.Role,
        Organization = Organization ?? fuller.Organization,
        Title = Title ?? fuller.Title,
    };
}
