
namespace FactCheck.Core.Normalize.Quotes;

/// <summary>
/// Who a quotation is attributed to, as one source names them: "Palace spokesman Ana Okafor" is
/// the name "Ana Okafor" with the role "spokesman" of the organization "Palace". Any part may be
/// missing ("the envoy" has only a role). <see cref="Written"/> is the mention as it stands in the text.
/// </summary>
public sealed record SpeakerMention(string Written, string? Name, string? Role, string? Organization, string? Title)
{
    // The name index asks for these of every person it holds, at each lookup: they are cut from the name without splitting it.

    /// <summary>The last word of the name, which identifies a person across the sources of a story.</summary>
    public string? Surname
    {
        get
        {
            if (Name is null)
            {
                return null;
            }

            var end = Name.AsSpan().TrimEnd(' ').Length;
            if (end == 0)
            {
                return Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]; // no word at all: as splitting has it
            }

            var start = Name.LastIndexOf(' ', end - 1) + 1;
            return start == 0 && end == Name.Length ? Name : Name[start..end];
        }
    }

    /// <summary>The first word of the name when it has more than one ("Ana" of "Ana Okafor"), else null.</summary>
    public string? GivenName
    {
        get
        {
            var name = Name.AsSpan().Trim(' ');
            var space = name.IndexOf(' ');
            return space < 0 ? null : name[..space].ToString();
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
