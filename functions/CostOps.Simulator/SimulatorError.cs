using System.Net;

namespace CostOps.Simulator;

/// <summary>An AWS error the simulator answers with: error code, message and HTTP status.</summary>
public sealed class SimulatorError(string type, string message, HttpStatusCode status = HttpStatusCode.BadRequest) : Exception(message)
{
    public string Type { get; } = type;

    public HttpStatusCode Status { get; } = status;
}
