using CostOps.Core.Observability;
using CostOps.Hosting.Configuration;

namespace CostOps.Hosting;

/// <summary>
/// What a function's composition gets at cold start. Read every variable through <see cref="Environment"/>;
/// the host reports all problems together once composition returns.
/// </summary>
public sealed record HostComposition(
    string FunctionName,
    EnvironmentReader Environment,
    TimeProvider Time,
    IStructuredLog Log,
    IMetricSink Metrics)
{
    /// <summary>Null in production; see <see cref="HostOverrides"/>.</summary>
    public HostOverrides? Overrides { get; init; }
}
