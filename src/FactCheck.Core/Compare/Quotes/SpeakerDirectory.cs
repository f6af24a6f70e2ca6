using FactCheck.Core.Normalize.Quotes;

namespace FactCheck.Core.Compare.Quotes;

/// <summary>One speaker of a cluster and every name the sources give them ("Okafor", "Ana Okafor", "the Palace spokesman").</summary>
/// <param name="Identified">
/// True when the sources name a person well enough to tell them from another: a full name, or a
/// name with a role. A bare word ("Palace", "Ministry") or a role alone ("the envoy") is not.
/// </param>
public sealed record SpeakerEntity(string Id, string Name, string? Role, IReadOnlyList<string> Aliases, IReadOnlyList<string> ClaimIds, bool Identified = true);

/// <summary>
/// Works out who is who across the sources of a cluster: mentions with the same surname and
/// compatible given names are one person ("Jim Hale" = "James Hale", "Gen. Ann Ruiz" = "General Ann
/// Ruiz"); a role alone ("the spokesman") or an organization alone ("the Palace" speaking through its
/// spokesman) joins the one named person holding it, when there is exactly one.
/// </summary>
public sealed class SpeakerDirectory
{
    private readonly Dictionary<QuoteClaim, SpeakerEntity> _of;

    private SpeakerDirectory(IReadOnlyList<SpeakerEntity> entities, Dictionary<QuoteClaim, SpeakerEntity> of)
    {
        Entities = entities;
        _of = of;
    }

    public IReadOnlyList<SpeakerEntity> Entities { get; }

    /// <summary>The speaker of a claim, or null when the claim names none.</summary>
    public SpeakerEntity? Of(QuoteClaim claim) => _of.GetValueOrDefault(claim);

    public static SpeakerDirectory Build(IEnumerable<QuoteClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var withSpeaker = claims.Where(c => c.Speaker is not null).ToList();
        var organizations = withSpeaker.Select(c => c.Speaker!.Organization).Where(o => o is not null).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var people = new List<Person>();
        var assigned = new Dictionary<QuoteClaim, Person>(ReferenceEqualityComparer.Instance);

        bool IsOrganizationOnly(SpeakerMention m) => m.Role is null && m.Name is not null && organizations.Contains(m.Name);

        // Named people first: they anchor the roles and organizations.
        foreach (var claim in withSpeaker.Where(c => c.Speaker!.Name is not null && !IsOrganizationOnly(c.Speaker!)))
        {
            var m = claim.Speaker!;
            var person = people.FirstOrDefault(p => p.Accepts(m));
            if (person is null)
            {
                person = new Person();
                people.Add(person);
            }

            person.Add(claim);
            assigned[claim] = person;
        }

        foreach (var claim in withSpeaker.Where(c => !assigned.ContainsKey(c)))
        {
            var m = claim.Speaker!;
            var holders = IsOrganizationOnly(m)
                ? people.Where(p => p.Organizations.Contains(m.Name!)).ToList()
                : people.Where(p => m.Role is not null && p.Roles.Contains(m.Role) && (m.Organization is null || p.Organizations.Contains(m.Organization))).ToList();
            var person = holders.Count == 1 ? holders[0] : people.FirstOrDefault(p => p.Names.Count == 0 && p.Written.Contains(m.Display));
            if (person is null)
            {
                person = new Person();
                people.Add(person);
            }

            person.Add(claim);
            assigned[claim] = person;
        }

        var entities = people.Select((p, i) => p.ToEntity($"S{i + 1}")).ToList();
        var of = new Dictionary<QuoteClaim, SpeakerEntity>(ReferenceEqualityComparer.Instance);
        foreach (var (claim, person) in assigned)
        {
            of[claim] = entities[people.IndexOf(person)];
        }

        return new SpeakerDirectory(entities, of);
    }

    private sealed class Person
    {
        public List<string> Names { get; } = [];

        public HashSet<string> Roles { get; } = new(StringComparer.OrdinalIgnoreCase);

        public HashSet<string> Organizations { get; } = new(StringComparer.OrdinalIgnoreCase);

        public List<string> Written { get; } = [];

        public List<QuoteClaim> Claims { get; } = [];

        public bool Accepts(SpeakerMention m)
        {
            if (m.Surname is null || Names.Count == 0)
            {
                return false;
            }

            var surname = m.Surname;
            var given = GivenWords(m.Name!);
            return Names.Any(n => string.Equals(Last(n), surname, StringComparison.OrdinalIgnoreCase))
                && Names.All(n => GivenWords(n) is not { Length: > 0 } g || given.Length == 0 || g.Any(x => given.Any(y => GivenNames.Match(x, y))));
        }

        public void Add(QuoteClaim claim)
        {
            var m = claim.Speaker!;
            if (m.Name is not null && !Names.Contains(m.Name, StringComparer.OrdinalIgnoreCase) && (m.Role is not null || m.Surname is not null))
            {
                Names.Add(m.Name);
            }

            if (m.Role is not null)
            {
                Roles.Add(m.Role);
            }

            if (m.Organization is not null)
            {
                Organizations.Add(m.Organization);
            }

            foreach (var form in new[] { m.Written, m.Display })
            {
                if (!Written.Contains(form, StringComparer.OrdinalIgnoreCase))
                {
                    Written.Add(form);
                }
            }

            Claims.Add(claim);
        }

        public SpeakerEntity ToEntity(string id)
        {
            // The fullest name, less words before it that another mention leaves out ("Trainer Moira Feeney" is shown as
            // "Moira Feeney" when a report names her so).
            var longest = Names.OrderByDescending(n => n.Length).FirstOrDefault();
            var name = longest is null ? Written[0] : Names
                .Where(n => n.Contains(' ', StringComparison.Ordinal) && longest.EndsWith(" " + n, StringComparison.OrdinalIgnoreCase))
                .OrderBy(n => n.Length).FirstOrDefault() ?? longest;
            var role = Claims.Select(c => c.Speaker!).Where(s => s.Role is not null)
                .Select(s => string.Join(' ', new[] { s.Organization, s.Role }.Where(p => p is not null)))
                .OrderByDescending(r => r.Length).FirstOrDefault();
            var identified = Names.Any(n => n.Contains(' ', StringComparison.Ordinal)) || (Names.Count > 0 && Roles.Count > 0);
            return new SpeakerEntity(id, name, role, [.. Written.Order(StringComparer.Ordinal)], [.. Claims.Select(c => c.Id).Distinct().Order(StringComparer.Ordinal)], identified);
        }

        private static string Last(string name) => name.Split(' ')[^1];

        // The words before the surname. Any of them may be the given name: a role written as part of the name ("Forecaster
        // Ellen Voss") or a second given name ("Mary Ann Hale") stands before it.
        private static string[] GivenWords(string name)
        {
            var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return parts[..^1];
        }
    }
}
