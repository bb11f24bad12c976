using CostOps.Hosting;

namespace CostOps.Wake;

/// <summary>Lambda entry point of the wake function. Handler string: <c>CostOps.Wake::CostOps.Wake.Function::HandleAsync</c>.</summary>
public sealed class Function
{
    internal const string Name = "wake";

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
