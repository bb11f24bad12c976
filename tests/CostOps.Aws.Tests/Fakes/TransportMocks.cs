using System.Text.Json.Serialization.Metadata;
using CostOps.Aws.Http;
using Moq;

namespace CostOps.Aws.Tests.Fakes;

internal static class TransportMocks
{
    /// <summary>Answers one JSON operation of one service through <paramref name="answer"/> and records every request it received.</summary>
    public static List<TRequest> SetupJson<TRequest, TResponse>(this Mock<IAwsTransport> transport, AwsService service, string operation, Func<TRequest, TResponse> answer)
    {
        var requests = new List<TRequest>();
        transport
            .Setup(t => t.InvokeJsonAsync(service, operation, It.IsAny<TRequest>(), It.IsAny<JsonTypeInfo<TRequest>>(), It.IsAny<JsonTypeInfo<TResponse>>(), It.IsAny<CancellationToken>()))
            .Returns((AwsService _, string _, TRequest request, JsonTypeInfo<TRequest> _, JsonTypeInfo<TResponse> _, CancellationToken _) =>
            {
                requests.Add(request);
                return Task.FromResult(answer(request));
            });
        return requests;
    }

    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> source)
    {
        var items = new List<T>();
        await foreach (var item in source)
        {
            items.Add(item);
        }

        return items;
    }
}
