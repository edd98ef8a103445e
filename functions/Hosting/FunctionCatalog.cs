using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace FrontDoor.Functions.Hosting;

public enum TriggerKind
{
    Http,
    Queue,
    Timer,
}

/// <summary>One function found by its attributes: what triggers it and where its output goes.</summary>
public sealed record FunctionDescriptor(
    string Name,
    Type ClassType,
    MethodInfo Method,
    TriggerKind Kind,
    ParameterInfo TriggerParameter,
    Attribute Trigger,
    QueueOutputAttribute? QueueOutput)
{
    public HttpTriggerAttribute? Http => Trigger as HttpTriggerAttribute;
    public QueueTriggerAttribute? Queue => Trigger as QueueTriggerAttribute;
    public TimerTriggerAttribute? Timer => Trigger as TimerTriggerAttribute;

    /// <summary>The trigger's binding name: the parameter's name, as the isolated worker does.</summary>
    public string TriggerBindingName => TriggerParameter.Name!;

    /// <summary>The route the function answers under the "api" prefix.</summary>
    public string HttpRoute => Http?.Route ?? Name;
}

/// <summary>Finds every [Function] method in the given classes.</summary>
public sealed class FunctionCatalog
{
    public FunctionCatalog(Assembly assembly)
        : this(ClassesWithFunctions(assembly))
    {
    }

    public FunctionCatalog(IEnumerable<Type> types)
    {
        Functions = types
            .Where(t => t is { IsClass: true })
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Select(Describe)
            .OfType<FunctionDescriptor>()
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();

        var duplicate = Functions.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two functions are named '{duplicate.Key}'.");
        }
    }

    public IReadOnlyList<FunctionDescriptor> Functions { get; }

    public FunctionDescriptor? Find(string name) =>
        Functions.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    private static FunctionDescriptor? Describe(MethodInfo method)
    {
        var function = method.GetCustomAttribute<FunctionAttribute>();
        if (function is null)
        {
            return null;
        }

        var triggers = method.GetParameters()
            .Select(p => (Parameter: p, Trigger: p.GetCustomAttributes().FirstOrDefault(IsTrigger)))
            .Where(x => x.Trigger is not null)
            .ToList();
        if (triggers.Count != 1)
        {
            throw new InvalidOperationException($"Function '{function.Name}' must have exactly one trigger parameter.");
        }

        var (parameter, trigger) = triggers[0];
        var kind = trigger switch
        {
            HttpTriggerAttribute => TriggerKind.Http,
            QueueTriggerAttribute => TriggerKind.Queue,
            _ => TriggerKind.Timer,
        };
        var output = method.GetCustomAttribute<QueueOutputAttribute>();
        if (kind == TriggerKind.Http && output is not null)
        {
            // The Functions host proxies a request straight to the app only when its sole bindings
            // are an HTTP trigger and HTTP output; HTTP functions enqueue through the SDK instead.
            throw new InvalidOperationException($"HTTP function '{function.Name}' cannot have a queue output binding.");
        }

        return new FunctionDescriptor(function.Name, method.DeclaringType!, method, kind, parameter, trigger!, output);
    }

    /// <summary>
    /// The classes declaring a [Function] method, found in the assembly's metadata so that only they
    /// are loaded: loading every type in the app costs a cold start more than everything else here.
    /// </summary>
    private static IEnumerable<Type> ClassesWithFunctions(Assembly assembly)
    {
        if (string.IsNullOrEmpty(assembly.Location))
        {
            return assembly.GetTypes();
        }

        using var file = File.OpenRead(assembly.Location);
        using var image = new PEReader(file);
        var metadata = image.GetMetadataReader();
        var classes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in metadata.CustomAttributes)
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (attribute.Parent.Kind == HandleKind.MethodDefinition &&
                attribute.Constructor.Kind == HandleKind.MethodDefinition &&
                TypeName(metadata, metadata.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType()) == typeof(FunctionAttribute).FullName)
            {
                classes.Add(TypeName(metadata, metadata.GetMethodDefinition((MethodDefinitionHandle)attribute.Parent).GetDeclaringType()));
            }
        }

        return classes.Select(name => assembly.GetType(name, throwOnError: true)!);
    }

    private static string TypeName(MetadataReader metadata, TypeDefinitionHandle handle)
    {
        var type = metadata.GetTypeDefinition(handle);
        var name = metadata.GetString(type.Name);
        return type.GetDeclaringType() is { IsNil: false } outer
            ? TypeName(metadata, outer) + "+" + name
            : metadata.GetString(type.Namespace) is { Length: > 0 } ns ? ns + "." + name : name;
    }

    private static bool IsTrigger(Attribute a) => a is HttpTriggerAttribute or QueueTriggerAttribute or TimerTriggerAttribute;
}
