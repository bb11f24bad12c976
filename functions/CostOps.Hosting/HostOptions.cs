using CostOps.Hosting.Configuration;

namespace CostOps.Hosting;

/// <summary>
/// Host settings from the environment.
/// A Stream handler on the managed runtime gets no ILambdaContext (that needs Amazon.Lambda.Core), so the host
/// cannot ask how much time is left: the deployment passes the function's configured timeout in
/// <see cref="TimeoutVariable"/> and the host cancels <see cref="DeadlineMargin"/> before it, counted from the
/// start of the handler call.
/// </summary>
/// <param name="FunctionTimeout">COSTOPS_FUNCTION_TIMEOUT_SECONDS, required, 10–900: must equal the Lambda timeout.</param>
/// <param name="DeadlineMargin">COSTOPS_DEADLINE_MARGIN_SECONDS, default 10, 1–120, less than the timeout: time kept for saving state, logging and flushing.</param>
public sealed record HostOptions(TimeSpan FunctionTimeout, TimeSpan DeadlineMargin)
{
    public const string TimeoutVariable = "COSTOPS_FUNCTION_TIMEOUT_SECONDS";
    public const string MarginVariable = "COSTOPS_DEADLINE_MARGIN_SECONDS";

    /// <summary>How long after the start of an invocation its cancellation token fires.</summary>
    public TimeSpan WorkTime => FunctionTimeout - DeadlineMargin;

    public static HostOptions Read(EnvironmentReader environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var timeout = TimeSpan.FromSeconds(environment.RequiredInt(TimeoutVariable, 10, 900));
        var margin = environment.Seconds(MarginVariable, 10, 1, 120);
        if (margin >= timeout && environment.Problems.Count == 0)
        {
            var set = environment.OptionalString(MarginVariable);
            environment.Report(MarginVariable, set, $"fewer seconds than {TimeoutVariable} ({(int)timeout.TotalSeconds})",
                set is null ? $"its default of {(int)margin.TotalSeconds} seconds leaves no time to work" : null);
        }

        return new HostOptions(timeout, margin);
    }
}
