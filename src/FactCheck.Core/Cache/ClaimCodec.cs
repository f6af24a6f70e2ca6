using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Cache;

/// <summary>
/// Stores claims of every kind in a compact binary form and reads them back as the same records:
/// several times cheaper to read than polymorphic JSON, which matters on a warm run that recalls
/// every file's claims. Types are read off the records by reflection, as JSON would: a member is
/// stored when it can be set (init or constructor parameter), computed properties are not, and an
/// abstract or open member type stores the concrete type's name, so a new claim kind or field needs
/// no edit here. Strings are stored once per entry (a sentence shared by several claims is one copy).
/// </summary>
public sealed class ClaimCodec
{
    // Bumped when the layout below changes; an entry of another layout is unreadable, hence a miss.
    private const byte Layout = 1;

    private readonly Dictionary<string, Type> _known;
    private readonly ConcurrentDictionary<Type, Shape> _shapes = new();
    private readonly ConcurrentDictionary<Type, Plan> _plans = new();

    /// <summary>A codec that knows the concrete types of <paramref name="assemblies"/> (for abstract members).</summary>
    public ClaimCodec(params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        _known = assemblies
            .Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && t.FullName is not null)
            .GroupBy(t => t.FullName!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The codec for the claim kinds of the core library.</summary>
    public static ClaimCodec Default { get; } = new(typeof(Claim).Assembly);

    /// <exception cref="NotSupportedException">A claim holds a member type the codec cannot store (object, an unknown interface).</exception>
    public byte[] Encode(IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return Write(writer =>
        {
            writer.Out.Write7BitEncodedInt(claims.Count);
            foreach (var claim in claims)
            {
                writer.Value(typeof(Claim), claim);
            }
        });
    }

    /// <exception cref="InvalidDataException">The bytes are not claims this build can read.</exception>
    public IReadOnlyList<Claim> Decode(byte[] data) =>
        Read(data, "claims", reader =>
        {
            var count = reader.In.Read7BitEncodedInt();
            if (count < 0 || count > data.Length)
            {
                throw new InvalidDataException("bad claim count");
            }

            var claims = new Claim[count];
            for (var i = 0; i < count; i++)
            {
                claims[i] = reader.Value(typeof(Claim)) as Claim ?? throw new InvalidDataException("a stored claim is null");
            }

            return claims;
        });

    /// <summary>Stores any record built the way claims are (findings, say) in the same compact form.</summary>
    /// <exception cref="NotSupportedException">The value holds a member type the codec cannot store.</exception>
    public byte[] EncodeValue<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return Write(writer => writer.Value(typeof(T), value));
    }

    /// <exception cref="InvalidDataException">The bytes are not a <typeparamref name="T"/> this build can read.</exception>
    public T DecodeValue<T>(byte[] data)
        where T : class =>
        Read(data, typeof(T).Name, reader => reader.Value(typeof(T)) as T ?? throw new InvalidDataException("a stored value is null"));

    /// <summary>The layout byte, then what <paramref name="body"/> writes.</summary>
    private byte[] Write(Action<Writer> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Writer(stream, this))
        {
            writer.Out.Write(Layout);
            body(writer);
        }

        return stream.ToArray();
    }

    /// <summary>Checks the layout byte, reads with <paramref name="body"/>, and insists that nothing is left over; any failure is "unreadable".</summary>
    private T Read<T>(byte[] data, string what, Func<Reader, T> body)
    {
        ArgumentNullException.ThrowIfNull(data);
        try
        {
            var reader = new Reader(new ByteReader(data), this);
            if (reader.In.ReadByte() != Layout)
            {
                throw new InvalidDataException("stored in another layout");
            }

            var value = body(reader);
            return reader.In.Remaining == 0 ? value : throw new InvalidDataException($"bytes left over after the {what}");
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            throw new InvalidDataException($"unreadable {what} ({e.GetType().Name}: {e.Message})", e);
        }
    }

    /// <summary>What damaged or foreign bytes make the reader throw: all of it means "cannot read", never a crash.</summary>
    private static bool IsUnreadable(Exception e) =>
        e is EndOfStreamException or IOException or ArgumentException or InvalidCastException or FormatException or OverflowException
            or TargetInvocationException or NotSupportedException or MemberAccessException or IndexOutOfRangeException or NullReferenceException;

    private Shape ShapeOf(Type type) => _shapes.GetOrAdd(type, static t => Shape.Of(t));

    private Type Resolve(string name) =>
        _known.TryGetValue(name, out var type) ? type : throw new InvalidDataException($"unknown stored type {name}");

    /// <summary>
    /// How a record is stored: its members in name order, and the constructor that builds it.
    /// Member access and construction are compiled once per type: reflection per value would cost
    /// more than the reading itself.
    /// </summary>
    private sealed class Shape
    {
        private Shape(Member[] members, Func<object?[], object> create, int[] constructorMembers)
        {
            Members = members;
            Create = create;
            ArgumentCount = constructorMembers.Length;
            ArgumentOf = new int[members.Length];
            Array.Fill(ArgumentOf, -1);
            for (var a = 0; a < constructorMembers.Length; a++)
            {
                ArgumentOf[constructorMembers[a]] = a;
            }

            AnySetAfter = ArgumentOf.Any(a => a < 0);
        }

        public Member[] Members { get; }

        /// <summary>Builds the value from the constructor's arguments (none for a type built by its setters).</summary>
        public Func<object?[], object> Create { get; }

        /// <summary>How many arguments the constructor takes.</summary>
        public int ArgumentCount { get; }

        /// <summary>For each member, the constructor argument it is; -1 for a member set after construction.</summary>
        public int[] ArgumentOf { get; }

        public bool AnySetAfter { get; }

        public static Shape Of(Type type)
        {
            const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance;
            var constructors = type.GetConstructors(Public);
            var candidates = new Dictionary<string, Member>(StringComparer.Ordinal);
            foreach (var property in type.GetProperties(Public))
            {
                if (property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true })
                {
                    continue;
                }

                // A property hidden with 'new' appears twice: the most derived one wins.
                if (!candidates.TryGetValue(property.Name, out var seen) || property.DeclaringType!.IsSubclassOf(seen.DeclaringType))
                {
                    candidates[property.Name] = Member.Of(type, property.Name, property.PropertyType, property.DeclaringType!, property, null);
                }
            }

            foreach (var field in type.GetFields(Public))
            {
                if (!field.IsInitOnly || type.IsValueType || constructors.Any(c => HasParameter(c, field.Name, field.FieldType)))
                {
                    candidates.TryAdd(field.Name, Member.Of(type, field.Name, field.FieldType, field.DeclaringType!, null, field));
                }
            }

            // The constructor taking the most members; a member no constructor takes must be settable.
            var constructor = constructors
                .Where(c => c.GetParameters().All(p => p.Name is not null && candidates.Values.Any(m => Matches(m, p))))
                .OrderByDescending(c => c.GetParameters().Length)
                .FirstOrDefault();
            if (constructor is null && !type.IsValueType)
            {
                throw new NotSupportedException($"{type.FullName}: no public constructor built from its members");
            }

            var parameters = constructor?.GetParameters() ?? [];
            var members = candidates.Values
                .Where(m => m.CanSet || parameters.Any(p => Matches(m, p)))
                .OrderBy(m => m.Name, StringComparer.Ordinal)
                .ToArray();
            var taken = parameters.Select(p => Array.FindIndex(members, m => Matches(m, p))).ToArray();
            return new Shape(members, Creator(type, constructor), taken);
        }

        private static Func<object?[], object> Creator(Type type, ConstructorInfo? constructor)
        {
            var args = Expression.Parameter(typeof(object?[]), "args");
            Expression created = constructor is null
                ? Expression.New(type)
                : Expression.New(constructor, constructor.GetParameters().Select((p, i) =>
                    Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), p.ParameterType)));
            return Expression.Lambda<Func<object?[], object>>(Expression.Convert(created, typeof(object)), args).Compile();
        }

        private static bool HasParameter(ConstructorInfo constructor, string name, Type type) =>
            constructor.GetParameters().Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) && p.ParameterType == type);

        private static bool Matches(Member member, ParameterInfo parameter) =>
            string.Equals(member.Name, parameter.Name, StringComparison.OrdinalIgnoreCase) && member.Type == parameter.ParameterType;
    }

    /// <summary>
    /// A stored member. Its getter and setter are compiled on first use: a warm run only reads, so
    /// it never pays for compiling getters, and a cold run never compiles setters.
    /// </summary>
    private sealed class Member(Type owner, string name, Type type, Type declaringType, PropertyInfo? property, FieldInfo? field)
    {
        private Func<object, object?>? _get;
        private Action<object, object?>? _set;
        private Plan? _plan;

        public string Name => name;

        public Type Type => type;

        public Type DeclaringType => declaringType;

        public bool CanSet { get; } = property?.SetMethod is { IsPublic: true } || field is { IsInitOnly: false } || (field is not null && owner.IsValueType);

        public static Member Of(Type owner, string name, Type type, Type declaring, PropertyInfo? property, FieldInfo? field) =>
            new(owner, name, type, declaring, property, field);

        public object? Get(object target) => (_get ??= CompileGet())(target);

        /// <summary>The plan of the member's type, kept here so that reading a value needs no look-up.</summary>
        public Plan PlanIn(ClaimCodec codec) => _plan ??= codec.PlanOf(type);

        public void Set(object target, object? value) => (_set ??= CompileSet())(target, value);

        private Expression Access(ParameterExpression target)
        {
            var typed = Expression.Convert(target, owner);
            return property is not null ? Expression.Property(typed, property) : Expression.Field(typed, field!);
        }

        private Func<object, object?> CompileGet()
        {
            var target = Expression.Parameter(typeof(object), "target");
            return Expression.Lambda<Func<object, object?>>(Expression.Convert(Access(target), typeof(object)), target).Compile();
        }

        private Action<object, object?> CompileSet()
        {
            if (!CanSet)
            {
                return (_, _) => throw new NotSupportedException($"{owner}.{name} cannot be set");
            }

            // Compiled for classes; a struct (a tuple, say) is set through reflection on its box, which changes the box itself.
            if (!owner.IsValueType && (field is null || !field.IsInitOnly))
            {
                var target = Expression.Parameter(typeof(object), "target");
                var value = Expression.Parameter(typeof(object), "value");
                return Expression.Lambda<Action<object, object?>>(Expression.Assign(Access(target), Expression.Convert(value, type)), target, value).Compile();
            }

            return property is not null ? property.SetValue : field!.SetValue;
        }
    }

    /// <summary>The element type of a list, or the key and value types of a dictionary; all null for anything else.</summary>
    private Plan PlanOf(Type type) => _plans.GetOrAdd(type, Plan.Of);

    private enum ValueKind
    {
        Nullable,
        Enum,
        Primitive,
        String,
        Dictionary,
        List,
        Record,
        Unsupported,
    }

    /// <summary>What a declared type is and how to build one, worked out once per type rather than once per value.</summary>
    private sealed class Plan
    {
        public ValueKind Kind { get; private init; }

        /// <summary>Null and non-null are told apart by a tag (reference types).</summary>
        public bool Tagged { get; private init; }

        /// <summary>The concrete type is named in the stored form (abstract and other unsealed classes).</summary>
        public bool Open { get; private init; }

        /// <summary>The type under a nullable or an enum; the element type of a list; the key type of a dictionary.</summary>
        public Type? Inner { get; private init; }

        /// <summary>The value type of a dictionary.</summary>
        public Type? Second { get; private init; }

        public Func<int, IList>? NewList { get; private init; }

        public Func<IDictionary>? NewDictionary { get; private init; }

        private Plan? _innerPlan;
        private Plan? _secondPlan;

        public Plan InnerPlanIn(ClaimCodec codec) => _innerPlan ??= codec.PlanOf(Inner!);

        public Plan SecondPlanIn(ClaimCodec codec) => _secondPlan ??= codec.PlanOf(Second!);

        public static Plan Of(Type type)
        {
            if (Nullable.GetUnderlyingType(type) is { } underlying)
            {
                return new Plan { Kind = ValueKind.Nullable, Inner = underlying };
            }

            if (type.IsEnum)
            {
                return new Plan { Kind = ValueKind.Enum, Inner = type };
            }

            if (type.IsPrimitive || type == typeof(decimal) || type == typeof(DateOnly) || type == typeof(DateTime)
                || type == typeof(DateTimeOffset) || type == typeof(TimeSpan) || type == typeof(Guid))
            {
                return new Plan { Kind = ValueKind.Primitive };
            }

            if (type == typeof(string))
            {
                return new Plan { Kind = ValueKind.String };
            }

            var tagged = !type.IsValueType;
            var (element, key, value) = FindCollection(type);
            if (key is not null && value is not null)
            {
                var dictionary = typeof(Dictionary<,>).MakeGenericType(key, value);
                return !type.IsAssignableFrom(dictionary)
                    ? new Plan { Kind = ValueKind.Unsupported }
                    : new Plan
                    {
                        Kind = ValueKind.Dictionary,
                        Tagged = tagged,
                        Inner = key,
                        Second = value,
                        NewDictionary = Expression.Lambda<Func<IDictionary>>(Expression.Convert(Expression.New(dictionary), typeof(IDictionary))).Compile(),
                    };
            }

            if (element is not null)
            {
                var count = Expression.Parameter(typeof(int), "count");
                var array = element.MakeArrayType();
                var list = typeof(List<>).MakeGenericType(element);
                Expression? created = type.IsAssignableFrom(array) ? Expression.NewArrayBounds(element, count)
                    : type.IsAssignableFrom(list) ? Expression.New(list.GetConstructor([typeof(int)])!, count)
                    : null;
                return created is null
                    ? new Plan { Kind = ValueKind.Unsupported }
                    : new Plan
                    {
                        Kind = ValueKind.List,
                        Tagged = tagged,
                        Inner = element,
                        NewList = Expression.Lambda<Func<int, IList>>(Expression.Convert(created, typeof(IList)), count).Compile(),
                    };
            }

            if (type == typeof(object) || type.IsInterface || type.IsPointer || type.IsByRef || type.ContainsGenericParameters)
            {
                return new Plan { Kind = ValueKind.Unsupported };
            }

            return new Plan { Kind = ValueKind.Record, Tagged = tagged, Open = tagged && !type.IsSealed };
        }
    }

    private static (Type? Element, Type? Key, Type? Value) FindCollection(Type type)
    {
        if (type == typeof(string))
        {
            return (null, null, null);
        }

        if (type.IsArray)
        {
            return (type.GetElementType(), null, null);
        }

        var interfaces = type.IsInterface ? type.GetInterfaces().Append(type) : type.GetInterfaces();
        var dictionary = interfaces.FirstOrDefault(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IDictionary<,>)));
        if (dictionary is not null)
        {
            var args = dictionary.GetGenericArguments();
            return (null, args[0], args[1]);
        }

        var enumerable = interfaces.FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return (enumerable?.GetGenericArguments()[0], null, null);
    }

    private sealed class Writer(Stream stream, ClaimCodec codec) : IDisposable
    {
        private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);

        public BinaryWriter Out { get; } = new(stream, System.Text.Encoding.UTF8, leaveOpen: true);

        public void Dispose() => Out.Dispose();

        /// <summary>0 = null, 1 = a new string follows, n ≥ 2 = the (n−2)th string of this entry.</summary>
        public void String(string? text)
        {
            if (text is null)
            {
                Out.Write7BitEncodedInt(0);
            }
            else if (_strings.TryGetValue(text, out var index))
            {
                Out.Write7BitEncodedInt(index + 2);
            }
            else
            {
                _strings[text] = _strings.Count;
                Out.Write7BitEncodedInt(1);
                Out.Write(text);
            }
        }

        public void Value(Type declared, object? value)
        {
            var plan = codec.PlanOf(declared);
            switch (plan.Kind)
            {
                case ValueKind.Nullable:
                    Out.Write(value is not null);
                    if (value is not null)
                    {
                        Value(plan.Inner!, value);
                    }

                    return;
                case ValueKind.Enum:
                    Out.Write7BitEncodedInt64(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                    return;
                case ValueKind.Primitive:
                    if (!Primitive(declared, value))
                    {
                        throw new NotSupportedException($"cannot store a member of type {declared}");
                    }

                    return;
                case ValueKind.String:
                    String((string?)value);
                    return;
                case ValueKind.Unsupported:
                    throw new NotSupportedException($"cannot store a member of type {declared}");
            }

            if (plan.Tagged)
            {
                if (value is null)
                {
                    Out.Write7BitEncodedInt(0);
                    return;
                }

                Out.Write7BitEncodedInt(1);
                if (plan.Open)
                {
                    // An open type: the concrete one is named, so that it can be built again.
                    String(value.GetType().FullName);
                    declared = value.GetType();
                }
            }

            switch (plan.Kind)
            {
                case ValueKind.Dictionary:
                    var dictionary = (IDictionary)value!;
                    Out.Write7BitEncodedInt(dictionary.Count);
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        Value(plan.Inner!, entry.Key);
                        Value(plan.Second!, entry.Value);
                    }

                    return;
                case ValueKind.List:
                    var items = value as ICollection ?? ((IEnumerable)value!).Cast<object?>().ToList();
                    Out.Write7BitEncodedInt(items.Count);
                    foreach (var element in items)
                    {
                        Value(plan.Inner!, element);
                    }

                    return;
            }

            var shape = codec.ShapeOf(declared);
            foreach (var member in shape.Members)
            {
                Value(member.Type, member.Get(value!));
            }
        }

        private bool Primitive(Type type, object? value)
        {
            switch (value)
            {
                case bool b when type == typeof(bool): Out.Write(b); return true;
                case char c when type == typeof(char): Out.Write((ushort)c); return true;
                case byte b when type == typeof(byte): Out.Write(b); return true;
                case short s when type == typeof(short): Out.Write(s); return true;
                case int i when type == typeof(int): Out.Write7BitEncodedInt(i); return true;
                case long l when type == typeof(long): Out.Write7BitEncodedInt64(l); return true;
                case float f when type == typeof(float): Out.Write(f); return true;
                case double d when type == typeof(double): Out.Write(d); return true;
                case decimal m when type == typeof(decimal): Out.Write(m); return true;
                case DateOnly d when type == typeof(DateOnly): Out.Write7BitEncodedInt(d.DayNumber); return true;
                case DateTime t when type == typeof(DateTime): Out.Write(t.ToBinary()); return true;
                case DateTimeOffset t when type == typeof(DateTimeOffset): Out.Write(t.Ticks); Out.Write(t.Offset.Ticks); return true;
                case TimeSpan t when type == typeof(TimeSpan): Out.Write(t.Ticks); return true;
                case Guid g when type == typeof(Guid): Out.Write(g.ToByteArray()); return true;
                default: return false;
            }
        }
    }

    private sealed class Reader(ByteReader input, ClaimCodec codec)
    {
        private readonly List<string> _strings = new(64);

        public ByteReader In { get; } = input;

        public string? String()
        {
            var tag = In.Read7BitEncodedInt();
            switch (tag)
            {
                case 0:
                    return null;
                case 1:
                    var text = In.ReadString();
                    _strings.Add(text);
                    return text;
                default:
                    var index = tag - 2;
                    return index < _strings.Count ? _strings[index] : throw new InvalidDataException("string reference out of range");
            }
        }

        public object? Value(Type declared) => Value(declared, codec.PlanOf(declared));

        private object? Value(Type declared, Plan plan)
        {
            switch (plan.Kind)
            {
                case ValueKind.Nullable:
                    return In.ReadBoolean() ? Value(plan.Inner!, plan.InnerPlanIn(codec)) : null;
                case ValueKind.Enum:
                    return Enum.ToObject(declared, In.Read7BitEncodedInt64());
                case ValueKind.Primitive:
                    return Primitive(declared, out var primitive) ? primitive : throw new NotSupportedException($"cannot read a {declared}");
                case ValueKind.String:
                    return String();
                case ValueKind.Unsupported:
                    throw new NotSupportedException($"cannot read a {declared}");
            }

            if (plan.Tagged)
            {
                switch (In.Read7BitEncodedInt())
                {
                    case 0:
                        return null;
                    case 1:
                        break;
                    default:
                        throw new InvalidDataException("bad presence tag");
                }

                if (plan.Open)
                {
                    var concrete = codec.Resolve(String() ?? throw new InvalidDataException("missing type name"));
                    declared = declared.IsAssignableFrom(concrete) ? concrete : throw new InvalidDataException($"{concrete} is not a {declared}");
                }
            }

            switch (plan.Kind)
            {
                case ValueKind.Dictionary:
                    var dictionary = plan.NewDictionary!();
                    var entries = Count();
                    for (var i = 0; i < entries; i++)
                    {
                        var key = Value(plan.Inner!, plan.InnerPlanIn(codec)) ?? throw new InvalidDataException("null dictionary key");
                        dictionary[key] = Value(plan.Second!, plan.SecondPlanIn(codec));
                    }

                    return dictionary;
                case ValueKind.List:
                    var count = Count();
                    var list = plan.NewList!(count);
                    var fixedSize = list.IsFixedSize;
                    for (var i = 0; i < count; i++)
                    {
                        var element = Value(plan.Inner!, plan.InnerPlanIn(codec));
                        if (fixedSize)
                        {
                            list[i] = element;
                        }
                        else
                        {
                            list.Add(element);
                        }
                    }

                    return list;
            }

            // Each member goes straight to its constructor argument; only members set after
            // construction (rare) need a second array.
            var shape = codec.ShapeOf(declared);
            var members = shape.Members;
            var args = new object?[shape.ArgumentCount];
            var later = shape.AnySetAfter ? new object?[members.Length] : null;
            for (var i = 0; i < members.Length; i++)
            {
                var value = Value(members[i].Type, members[i].PlanIn(codec));
                if (shape.ArgumentOf[i] >= 0)
                {
                    args[shape.ArgumentOf[i]] = value;
                }
                else
                {
                    later![i] = value;
                }
            }

            var target = shape.Create(args);
            for (var i = 0; later is not null && i < members.Length; i++)
            {
                if (shape.ArgumentOf[i] < 0)
                {
                    members[i].Set(target, later[i]);
                }
            }

            return target;
        }

        private int Count()
        {
            var count = In.Read7BitEncodedInt();
            return count >= 0 && count <= In.Remaining ? count : throw new InvalidDataException("bad count");
        }

        private bool Primitive(Type type, out object? value)
        {
            value = null;
            if (type == typeof(bool)) value = In.ReadBoolean();
            else if (type == typeof(char)) value = (char)In.ReadUInt16();
            else if (type == typeof(byte)) value = In.ReadByte();
            else if (type == typeof(short)) value = In.ReadInt16();
            else if (type == typeof(int)) value = In.Read7BitEncodedInt();
            else if (type == typeof(long)) value = In.Read7BitEncodedInt64();
            else if (type == typeof(float)) value = In.ReadSingle();
            else if (type == typeof(double)) value = In.ReadDouble();
            else if (type == typeof(decimal)) value = In.ReadDecimal();
            else if (type == typeof(DateOnly)) value = DateOnly.FromDayNumber(In.Read7BitEncodedInt());
            else if (type == typeof(DateTime)) value = DateTime.FromBinary(In.ReadInt64());
            else if (type == typeof(DateTimeOffset)) value = new DateTimeOffset(In.ReadInt64(), new TimeSpan(In.ReadInt64()));
            else if (type == typeof(TimeSpan)) value = new TimeSpan(In.ReadInt64());
            else if (type == typeof(Guid)) value = new Guid(In.ReadBytes(16));
            else return false;
            return true;
        }
    }

    /// <summary>
    /// Reads what <see cref="BinaryWriter"/> wrote, straight from the stored bytes: no stream, and a
    /// string is one allocation (BinaryReader decodes long strings through a builder).
    /// </summary>
    private sealed class ByteReader(byte[] data)
    {
        private int _position;

        public int Remaining => data.Length - _position;

        public byte ReadByte() => _position < data.Length ? data[_position++] : throw new EndOfStreamException();

        public bool ReadBoolean() => ReadByte() switch
        {
            0 => false,
            1 => true,
            _ => throw new InvalidDataException("bad boolean"),
        };

        // The writer's 32-bit form is the 64-bit one with fewer bytes: one reader, and a range check.
        public int Read7BitEncodedInt() =>
            Read7BitEncodedInt64() is var value && value is >= 0 and <= uint.MaxValue
                ? (int)(uint)value
                : throw new InvalidDataException("bad 7-bit integer");

        public long Read7BitEncodedInt64()
        {
            var result = 0ul;
            for (var shift = 0; shift < 70; shift += 7)
            {
                var b = ReadByte();
                result |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return (long)result;
                }
            }

            throw new InvalidDataException("bad 7-bit integer");
        }

        public ushort ReadUInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2));

        public short ReadInt16() => BinaryPrimitives.ReadInt16LittleEndian(Take(2));

        public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

        public float ReadSingle() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

        public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

        public decimal ReadDecimal()
        {
            var bytes = Take(16);
            ReadOnlySpan<int> bits =
            [
                BinaryPrimitives.ReadInt32LittleEndian(bytes),
                BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]),
                BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]),
                BinaryPrimitives.ReadInt32LittleEndian(bytes[12..]),
            ];
            return new decimal(bits);
        }

        public byte[] ReadBytes(int count) => Take(count).ToArray();

        public string ReadString()
        {
            var length = Read7BitEncodedInt();
            return length >= 0 ? System.Text.Encoding.UTF8.GetString(Take(length)) : throw new InvalidDataException("bad string length");
        }

        private ReadOnlySpan<byte> Take(int count)
        {
            if (count > Remaining)
            {
                throw new EndOfStreamException();
            }

            var span = data.AsSpan(_position, count);
            _position += count;
            return span;
        }
    }
}
