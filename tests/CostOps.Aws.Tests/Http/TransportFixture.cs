using CostOps.Aws.Http;
using CostOps.Core.Observability;
using CostOps.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Aws.Tests.Http;

/// <summary>An <see cref="AwsTransport"/> wired to a recording handler, a manual clock and a recording delay.</summary>
internal sealed class TransportFixture
{
    public TransportFixture(Dictionary<string, string>? environment = null, AwsTransportOptions? options = null, string? sessionToken = null, double jitter = 0.5, IStructuredLog? log = null)
    {
        Environment = environment ?? new Dictionary<string, string> { ["AWS_REGION"] = "eu-west-1" };
        Delay = new RecordingDelay(Clock);
        Transport = new AwsTransport(
            new HttpClient(Handler),
            new FixedCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", sessionToken),
            new AwsEndpointResolver(Environment),
            options ?? new AwsTransportOptions(),
            Clock,
            Delay,
            () => jitter,
            Statistics,
            log);
    }

    public FakeTimeProvider Clock { get; } = TestClock.At("2026-03-02T07:30:00Z");

    public RecordingHandler Handler { get; } = new();

    public RecordingDelay Delay { get; }

    public AwsCallStatistics Statistics { get; } = new();

    public Dictionary<string, string> Environment { get; }

    public AwsTransport Transport { get; }

    public Task<ListThingsResponse> ListServicesAsync(CancellationToken cancellationToken = default) =>
        Transport.InvokeJsonAsync(
            AwsServices.Ecs,
            "ListServices",
            new ListThingsRequest("prod", null),
            TestJsonContext.Default.ListThingsRequest,
            TestJsonContext.Default.ListThingsResponse,
            cancellationToken);
}
