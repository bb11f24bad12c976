using CostOps.Hosting;

namespace CostOps.CostReport;

/// <summary>Lambda entry point of the weekly cost report. Handler string: <c>CostOps.CostReport::CostOps.CostReport.Function::HandleAsync</c>.</summary>
public sealed class Function
{
    internal const string Name = "cost-report";

    private readonly FunctionHost _host;

    /// <summary>Used by the Lambda runtime: composes once per cold start from the process environment.</summary>
    public Function()
        : this(HostPorts.FromProcess())
    {
    }

    internal Function(HostPorts ports)
    {
        _host = new FunctionHost(Name, ports, Composition.Compose);
    }

    public Task<Stream> HandleAsync(Stream input) => _host.HandleAsync(input);
}
