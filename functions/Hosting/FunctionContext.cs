namespace FrontDoor.Functions.Hosting;

/// <summary>What a function may know about the invocation, whichever host called it.</summary>
public sealed record FunctionContext(string FunctionName, string InvocationId)
{
    public string? MessageId { get; init; }
    public long DequeueCount { get; init; }
}

public sealed record TimerInfo
{
    public ScheduleStatus? ScheduleStatus { get; init; }
    public bool IsPastDue { get; init; }
}

public sealed record ScheduleStatus(DateTime Last, DateTime Next, DateTime LastUpdated);
