using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace FrontDoor.Functions.Hosting;

/// <summary>The trigger's input as a host hands it over: a queue message's text or a timer's info.</summary>
public abstract record TriggerInput
{
    public sealed record QueueMessage(string Text) : TriggerInput;

    public sealed record Timer(TimerInfo Info) : TriggerInput;

    public sealed record Http(HttpContext Context) : TriggerInput;
}

/// <summary>Runs one function: binds its parameters, calls it and collects its queue output messages.</summary>
public sealed class FunctionInvoker(IServiceProvider services, FunctionTelemetry telemetry)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>Invokes the function. Throws when it fails; returns the output messages as JSON text.</summary>
    public async Task<InvocationResult> InvokeAsync(
        FunctionDescriptor function, TriggerInput input, FunctionContext context, CancellationToken cancellationToken)
    {
        using var activity = telemetry.StartInvocation(function, context);
        var started = Stopwatch.GetTimestamp();
        var succeeded = false;
        try
        {
            await using var scope = services.CreateAsyncScope();
            var provider = input is TriggerInput.Http http ? http.Context.RequestServices : scope.ServiceProvider;
            var target = function.Method.IsStatic ? null : ActivatorUtilities.CreateInstance(provider, function.ClassType);
            var arguments = function.Method.GetParameters()
                .Select(p => Bind(p, function, input, context, provider, cancellationToken))
                .ToArray();

            object? returned;
            try
            {
                returned = function.Method.Invoke(target, arguments);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
                throw;
            }

            var value = await UnwrapAsync(returned);
            succeeded = true;
            return new InvocationResult(value, function.QueueOutput is null ? [] : ToMessages(value));
        }
        finally
        {
            telemetry.RecordInvocation(function, succeeded, Stopwatch.GetElapsedTime(started));
        }
    }

    private static object? Bind(
        ParameterInfo parameter, FunctionDescriptor function, TriggerInput input, FunctionContext context,
        IServiceProvider provider, CancellationToken cancellationToken)
    {
        if (parameter == function.TriggerParameter)
        {
            return input switch
            {
                TriggerInput.QueueMessage queue => BindMessage(queue.Text, parameter.ParameterType),
                TriggerInput.Timer timer => timer.Info,
                TriggerInput.Http http when parameter.ParameterType == typeof(HttpContext) => http.Context,
                TriggerInput.Http http => http.Context.Request,
                _ => throw new InvalidOperationException($"Function '{function.Name}' cannot take this trigger input."),
            };
        }

        if (parameter.ParameterType == typeof(FunctionContext))
        {
            return context;
        }

        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return cancellationToken;
        }

        return provider.GetRequiredService(parameter.ParameterType);
    }

    private static object? BindMessage(string text, Type type)
    {
        if (type == typeof(string))
        {
            return text;
        }

        if (type == typeof(BinaryData))
        {
            return BinaryData.FromString(text);
        }

        return JsonSerializer.Deserialize(text, type, Json)
            ?? throw new JsonException("The queue message is empty.");
    }

    private static async Task<object?> UnwrapAsync(object? returned)
    {
        switch (returned)
        {
            case Task task:
                await task;
                var type = task.GetType();
                return type.IsGenericType && type.GetGenericArguments()[0].Name != "VoidTaskResult"
                    ? type.GetProperty("Result")!.GetValue(task)
                    : null;
            case ValueTask valueTask:
                await valueTask;
                return null;
            case not null when returned.GetType() is { IsGenericType: true } t && t.GetGenericTypeDefinition() == typeof(ValueTask<>):
                var asTask = (Task)t.GetMethod("AsTask")!.Invoke(returned, null)!;
                return await UnwrapAsync(asTask);
            default:
                return returned;
        }
    }

    private static IReadOnlyList<string> ToMessages(object? value) => value switch
    {
        null => [],
        string text => [text],
        IEnumerable items => items.Cast<object?>().Where(i => i is not null).Select(Serialize).ToList(),
        _ => [Serialize(value)],
    };

    private static string Serialize(object? item) =>
        item as string ?? JsonSerializer.Serialize(item, item!.GetType(), Json);
}

/// <summary>The function's return value and the queue messages it asked to write.</summary>
public sealed record InvocationResult(object? ReturnValue, IReadOnlyList<string> OutputMessages);
