namespace FrontDoor.Functions.Hosting;

// These attributes mirror the names of the isolated worker (Microsoft.Azure.Functions.Worker),
// which cannot be restored here. The publish step turns them into function.json files, and the
// local trigger host reads them, so a function is declared once.

[AttributeUsage(AttributeTargets.Method)]
public sealed class FunctionAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

public enum AuthorizationLevel
{
    Anonymous,
    User,
    Function,
    System,
    Admin,
}

[AttributeUsage(AttributeTargets.Parameter)]
public sealed class HttpTriggerAttribute(AuthorizationLevel authLevel, params string[] methods) : Attribute
{
    public AuthorizationLevel AuthLevel { get; } = authLevel;
    public IReadOnlyList<string> Methods { get; } = methods;
    public string? Route { get; set; }
}

[AttributeUsage(AttributeTargets.Parameter)]
public sealed class QueueTriggerAttribute(string queueName) : Attribute
{
    public string QueueName { get; } = queueName;
    public string Connection { get; set; } = "AzureWebJobsStorage";
}

[AttributeUsage(AttributeTargets.Parameter)]
public sealed class TimerTriggerAttribute(string schedule) : Attribute
{
    /// <summary>Six-field NCRONTAB expression (with seconds), evaluated in UTC.</summary>
    public string Schedule { get; } = schedule;
    public bool RunOnStartup { get; set; }
}

/// <summary>
/// The method's return value is written to a queue: null writes nothing, a sequence writes one
/// message per item, anything else writes one message. Written only when the function succeeds.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class QueueOutputAttribute(string queueName) : Attribute
{
    public string QueueName { get; } = queueName;
    public string Connection { get; set; } = "AzureWebJobsStorage";
    /// <summary>The binding name in function.json and in the custom handler's Outputs.</summary>
    public string Name { get; set; } = "output";
}
