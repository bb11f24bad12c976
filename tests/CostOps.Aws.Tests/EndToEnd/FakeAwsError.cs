using System.Net;

namespace CostOps.Aws.Tests.EndToEnd;

/// <summary>Thrown by a fake API operation; the handler answers it as an AWS error response.</summary>
internal sealed class FakeAwsError(string type, string message, HttpStatusCode status = HttpStatusCode.BadRequest) : Exception(message)
{
    public string Type { get; } = type;

    public HttpStatusCode Status { get; } = status;
}
