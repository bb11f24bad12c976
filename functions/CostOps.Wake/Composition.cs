using CostOps.Aws;
using CostOps.Aws.Adapters;
using CostOps.Core.Wake;
using CostOps.Hosting;
using CostOps.Hosting.Configuration;
using CostOps.Hosting.Events;

namespace CostOps.Wake;

/// <summary>Builds the wake function's handler at cold start from the environment.</summary>
internal static class Composition
{
    internal const string Duration = "COSTOPS_WAKE_DURATION";
    internal const string MaxDuration = "COSTOPS_WAKE_MAX_DURATION";
    internal const string SchedulerFunction = "COSTOPS_SCHEDULER_FUNCTION";

    internal static readonly EventKind[] Events = [EventKind.HttpRequest];

    public static IInvocationHandler Compose(HostComposition composition)
    {
        var env = composition.Environment;
        var table = CommonSettings.TableName(env);
        var options = ReadOptions(env);
        var scheduler = env.OptionalString(SchedulerFunction);
        if (env.Problems.Count > 0 || options is null)
        {
            return UncomposedHandler.Instance;
        }

        var aws = new AwsAccess(env.Variables, composition.Time, composition.Log, handler: composition.Overrides?.AwsHandler);
        var store = composition.Overrides?.StateStore ?? aws.StateStore(table);
        var directory = store as IWakeDirectory ?? aws.WakeDirectory(table);
        var waker = new Waker(
            new EcsServiceTagger(aws.Ecs),
            store,
            store,
            scheduler is null ? null : new LambdaRunContinuation(aws.Lambda, scheduler),
            options,
            composition.Metrics,
            composition.Log,
            composition.Time);
        return new AcceptOnlyHandler(composition.FunctionName, Events, [], new WakeHandler(waker, directory, new EcsWakeServices(aws.Ecs)));
    }

    /// <summary>Both lengths read on their own, so each bad one is reported with its value; then checked together.</summary>
    private static WakeOptions? ReadOptions(EnvironmentReader env)
    {
        var length = ReadLength(env, Duration, TimeSpan.FromHours(2));
        var cap = ReadLength(env, MaxDuration, TimeSpan.FromHours(12));
        if (length is null || cap is null)
        {
            return null;
        }

        var options = new WakeOptions
        {
            DefaultDuration = length.Value,
            MaxDuration = cap.Value,
            Region = env.OptionalString("AWS_REGION") ?? env.OptionalString("AWS_DEFAULT_REGION") ?? string.Empty,
        };
        if (cap.Value < TimeSpan.FromMinutes(15) || cap.Value > WakeOptions.UpperLimit)
        {
            env.Report(MaxDuration, env.OptionalString(MaxDuration), $"a length from 15m to {WakeOptions.UpperLimit.TotalHours:0}h, e.g. 12h");
            return null;
        }

        if (length.Value < TimeSpan.FromMinutes(15) || length.Value > cap.Value)
        {
            env.Report(Duration, env.OptionalString(Duration), $"a length from 15m up to {MaxDuration} ({WakeFormat(cap.Value)}), e.g. 2h");
            return null;
        }

        return options;
    }

    private static TimeSpan? ReadLength(EnvironmentReader env, string name, TimeSpan fallback)
    {
        var text = env.OptionalString(name);
        if (text is null)
        {
            return fallback;
        }

        if (WakeDuration.TryParse(text, out var length))
        {
            return length;
        }

        env.Report(name, text, WakeDuration.Expected);
        return null;
    }

    private static string WakeFormat(TimeSpan length) =>
        length.Minutes == 0 ? $"{(int)length.TotalHours}h" : $"{(int)length.TotalHours}h{length.Minutes}m";
}
