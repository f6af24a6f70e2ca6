using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Cache;

/// <summary>
/// Stores claims of every kind as JSON and reads them back as the same records. Kinds are found at
/// run time: every concrete type below an abstract one in the claim assemblies is registered as a
/// derived type named by its type name, so a new claim kind needs no edit here.
/// </summary>
public static class ClaimJson
{
    private const string Discriminator = "$type";

    private static readonly JsonSerializerOptions Default = CreateOptions(typeof(Claim).Assembly);

    public static string Serialize(IReadOnlyList<Claim> claims) => Serialize(claims, Default);

    public static IReadOnlyList<Claim> Deserialize(string json) => Deserialize(json, Default);

    internal static string Serialize(IReadOnlyList<Claim> claims, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(claims, typeof(IReadOnlyList<Claim>), options);

    /// <exception cref="JsonException">The text is not a list of known claims.</exception>
    /// <exception cref="NotSupportedException">A stored kind can no longer be built.</exception>
    internal static IReadOnlyList<Claim> Deserialize(string json, JsonSerializerOptions options) =>
        (IReadOnlyList<Claim>?)JsonSerializer.Deserialize(json, typeof(List<Claim>), options) ?? throw new JsonException("null claim list");

    /// <summary>Options that know the concrete types of <paramref name="assemblies"/>.</summary>
    internal static JsonSerializerOptions CreateOptions(params Assembly[] assemblies)
    {
        var concrete = assemblies
            .Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false })
            .ToList();
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(info => RegisterDerivedTypes(info, concrete));
        resolver.Modifiers.Add(DropComputedProperties);
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = resolver,

            // Kinds may hold tuples (fields) and scores that are NaN; both must survive the trip.
            IncludeFields = true,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,

            // The discriminator is written first, but a hand-edited or reordered entry should still read.
            AllowOutOfOrderMetadataProperties = true,
        };
        options.MakeReadOnly(populateMissingResolver: false);
        return options;
    }

    private static void RegisterDerivedTypes(JsonTypeInfo info, IReadOnlyList<Type> concrete)
    {
        if (info.Kind != JsonTypeInfoKind.Object || !info.Type.IsAbstract || info.Type.IsInterface)
        {
            return;
        }

        var derived = concrete.Where(info.Type.IsAssignableFrom).OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();
        if (derived.Count == 0)
        {
            return;
        }

        info.PolymorphismOptions = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = Discriminator,
            UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
        };
        foreach (var type in derived)
        {
            // The short name reads well in the database; two kinds with one name fall back to the full name.
            var name = derived.Count(t => t.Name == type.Name) == 1 ? type.Name : type.FullName ?? type.Name;
            info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, name));
        }
    }

    /// <summary>
    /// Get-only properties (Kind, IdPrefix, IsRange, …) are computed from the rest: writing them only
    /// costs space, and reading could not set them anyway.
    /// </summary>
    private static void DropComputedProperties(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var property = info.Properties[i];
            if (property.Set is null && property.AssociatedParameter is null)
            {
                info.Properties.RemoveAt(i);
            }
        }
    }
}
