using System.Diagnostics.Tracing;

namespace FactCheck.Benchmarks;

/// <summary>
/// Bytes allocated per type, from the runtime's sampled allocation events (one about every 100 KB):
/// shows which objects a pass allocates, which the GC counters alone cannot.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private readonly Dictionary<string, long> _byType = [];

    /// <summary>Whether events are counted now; off while warming up.</summary>
    public bool Counting { get; set; }

    public IReadOnlyList<(string Type, long Bytes)> Top(int count)
    {
        lock (_byType)
        {
            return [.. _byType.OrderByDescending(t => t.Value).Take(count).Select(t => (t.Key, t.Value))];
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!Counting || eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.Payload is null || eventData.PayloadNames is null)
        {
            return;
        }

        var type = eventData.Payload[eventData.PayloadNames.IndexOf("TypeName")]?.ToString() ?? "?";
        var bytes = Convert.ToInt64(eventData.Payload[eventData.PayloadNames.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
        lock (_byType)
        {
            _byType[type] = _byType.GetValueOrDefault(type) + bytes;
        }
    }
}
