using System.Text;

namespace CostOps.Hosting;

/// <summary>
/// Thrown by the host after a handler returned a failed result, so that Lambda records the invocation as an
/// error. The message carries the failure and the result body, which Lambda shows as the error payload.
/// </summary>
public sealed class InvocationFailedException : Exception
{
    public InvocationFailedException(string failure, ReadOnlyMemory<byte> resultUtf8Json)
        : base($"{failure} | result: {Encoding.UTF8.GetString(resultUtf8Json.Span)}")
    {
        Failure = failure;
        ResultUtf8Json = resultUtf8Json;
    }

    public string Failure { get; }

    public ReadOnlyMemory<byte> ResultUtf8Json { get; }
}
