using System.Text;

namespace CostOps.Hosting;

/// <summary>The process-level inputs of a <see cref="FunctionHost"/>; tests pass their own.</summary>
/// <param name="Environment">Environment variables, read once at cold start.</param>
/// <param name="Output">Where log lines and EMF documents go.</param>
/// <param name="InvocationId">Returns an id that correlates the log lines of the invocation starting now, or null.</param>
public sealed record HostPorts(
    IReadOnlyDictionary<string, string?> Environment,
    TimeProvider Time,
    TextWriter Output,
    Func<string?> InvocationId)
{
    /// <summary>Null in production; see <see cref="HostOverrides"/>.</summary>
    public HostOverrides? Overrides { get; init; }

    /// <summary>
    /// Production ports. Output goes straight to file descriptor 1: the .NET managed runtime replaces
    /// <see cref="Console.Out"/> with a writer that prefixes every line with a timestamp, request id and level,
    /// which would stop CloudWatch from reading the lines as JSON and the EMF documents as metrics.
    /// The runtime does not give the Lambda request id to a Stream handler; it does set <c>_X_AMZN_TRACE_ID</c>
    /// for each invocation, so that X-Ray trace header is logged as <c>invocationId</c>.
    /// </summary>
    public static HostPorts FromProcess()
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true };
        return new HostPorts(
            Configuration.EnvironmentReader.ProcessVariables(),
            TimeProvider.System,
            TextWriter.Synchronized(stdout),
            static () => System.Environment.GetEnvironmentVariable("_X_AMZN_TRACE_ID"));
    }
}
