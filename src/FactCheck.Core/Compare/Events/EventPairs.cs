using FactCheck.Core.Align;
using FactCheck.Core.Normalize.Events;

namespace FactCheck.Core.Compare.Events;

/// <summary>The pairs of event mentions from different sources of a cluster that speak of the same event.</summary>
internal static class EventPairs
{
    public static IEnumerable<(EventClaim A, EventClaim B, EventMatch Match)> Coreferent(Cluster cluster, Func<EventClaim, bool> relevant)
    {
        // A thing's state ("the line remained closed") is no event of its own: StateComparer reads those.
        var events = cluster.ClaimsOf<EventClaim>().Where(e => e.Elapsed is null && e.Phase == EventPhase.Whole && e.EventType != StateReader.Family).ToList();
        // A source speaks of one such event when its mentions name at most one day, place and ordinal:
        // a headline that names no day ("Kessel derailment: 58 injured") is the body's derailment. Of two
        // reported mentions, one still to come is no rival ("voted on Tuesday" beside "a referendum in
        // October"), so they are counted apart; a reported one and one to come count all of a source's.
        bool Unique(IEnumerable<EventClaim> mentions) =>
            mentions.Select(e => e.Date?.ToIso()).OfType<string>().Distinct().Count() <= 1
            && mentions.Select(e => e.Place).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Count() <= 1
            && mentions.Select(e => e.Ordinal).OfType<int>().Distinct().Count() <= 1;
        var perSource = events.GroupBy(e => (e.SourceId, e.EventType)).ToDictionary(g => g.Key, g => Unique(g));
        var perSourceAndTime = events.GroupBy(e => (e.SourceId, e.EventType, ToCome(e))).ToDictionary(g => g.Key, g => Unique(g));
        // "The board next meets on April 23", "The next policy meeting is scheduled for April 30": a source's only
        // next one of a kind still to come is another source's, whatever else of that kind each has reported.
        var nextPerSource = events
            .Where(IsNextToCome)
            .GroupBy(e => (e.SourceId, e.EventType))
            .ToDictionary(g => g.Key, g => g.Count() == 1);
        // "a turnaround from 2019, when a similar scheme was rejected": a happening dated more than a year before its
        // report's publication is an earlier one, no rival to another report's happening of the story's own time.
        var published = cluster.Sources.ToDictionary(s => s.Id, s => s.Published, StringComparer.Ordinal);
        bool LongPast(EventClaim e) => e.Date is { } d && published.GetValueOrDefault(e.SourceId) is { } p && d.End < p.AddYears(-1);
        var candidates = events.Where(relevant).ToList();
        for (var i = 0; i < candidates.Count; i++)
        {
            for (var j = i + 1; j < candidates.Count; j++)
            {
                var (a, b) = (candidates[i], candidates[j]);
                if (a.SourceId == b.SourceId || LongPast(a) != LongPast(b))
                {
                    continue;
                }

                var unique = (ToCome(a) == ToCome(b)
                        ? perSourceAndTime[(a.SourceId, a.EventType, ToCome(a))] && perSourceAndTime[(b.SourceId, b.EventType, ToCome(b))]
                        : perSource[(a.SourceId, a.EventType)] && perSource[(b.SourceId, b.EventType)])
                    || (IsNextToCome(a) && IsNextToCome(b) && nextPerSource[(a.SourceId, a.EventType)] && nextPerSource[(b.SourceId, b.EventType)]);
                var match = EventCoreference.Match(a, b, unique);
                if (match != EventMatch.None)
                {
                    yield return (a, b, match);
                }
            }
        }
    }

    private static bool ToCome(EventClaim e) => e.Status is EventStatus.Planned or EventStatus.Expected;

    /// <summary>A further one of a kind ("next", "another") that is planned or expected.</summary>
    private static bool IsNextToCome(EventClaim e) => e.IsRepeat && ToCome(e);

    /// <summary>Groups pairs into connected sets of claims, each in source then text order.</summary>
    public static IReadOnlyList<IReadOnlyList<EventClaim>> Components(IEnumerable<(EventClaim A, EventClaim B)> edges)
    {
        // Number the claims as they appear, then join them with the project's one union-find.
        var index = new Dictionary<EventClaim, int>(ReferenceEqualityComparer.Instance);
        var nodes = new List<EventClaim>();
        int Number(EventClaim claim)
        {
            if (!index.TryGetValue(claim, out var n))
            {
                index[claim] = n = nodes.Count;
                nodes.Add(claim);
            }

            return n;
        }

        var pairs = edges.Select(e => (Number(e.A), Number(e.B))).ToList();
        var sets = new UnionFind(nodes.Count);
        foreach (var (a, b) in pairs)
        {
            sets.Union(a, b);
        }

        return [.. nodes
            .GroupBy(c => sets.Find(index[c]))
            .Select(g => (IReadOnlyList<EventClaim>)[.. g.OrderBy(c => c.SourceId, StringComparer.Ordinal).ThenBy(c => c.Span.Start)])
            .OrderBy(g => g[0].SourceId, StringComparer.Ordinal).ThenBy(g => g[0].Span.Start)];
    }

    /// <summary>A short label for an event: "talks #2 (2025-06-02, Port Arlen)".</summary>
    public static string Label(IEnumerable<EventClaim> claims)
    {
        var list = claims.ToList();
        var type = list[0].EventType;
        var ordinal = list.Select(c => c.Ordinal).FirstOrDefault(o => o is not null);
        var date = list.Select(c => c.Date?.ToIso()).FirstOrDefault(d => d is not null) ?? list.Select(c => c.DateText).FirstOrDefault(d => d is not null);
        var place = list.Select(c => c.Place).FirstOrDefault(p => p is not null);
        var details = new[] { date, place }.Where(d => d is not null).ToList();
        return (ordinal is null ? type : $"{type} #{ordinal}") + (details.Count > 0 ? $" ({string.Join(", ", details)})" : "");
    }

    public static string ShortSource(string id)
    {
        var name = id.Replace('\\', '/');
        var slash = name.LastIndexOf('/');
        return slash >= 0 ? name[(slash + 1)..] : name;
    }
}
