using CostOps.Aws;
using CostOps.Aws.Http;
using CostOps.Core.Observability;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Simulator.Tests;

/// <summary>A simulated organisation (hub 123456789012 in us-west-2) with CostOps' real access layer signed with the hub's keys.</summary>
internal sealed class OrganizationTestbed
{
    public const string Dev = "111111111111";
    public const string Prod = "222222222222";
    public const string Session = "costops-scheduler";

    public OrganizationTestbed()
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 7, 30, 0, TimeSpan.Zero));
        Organization = new SimulatedOrganization(clock: Clock);
        Hub = new AwsAccess(SimulatedAws.Variables(Organization.Hub), Clock, new QuietLog(), handler: Organization.Handler);
    }

    public FakeTimeProvider Clock { get; }

    public SimulatedOrganization Organization { get; }

    public AwsAccess Hub { get; }

    public static string Role(string account) => $"arn:aws:iam::{account}:role/costops-member";

    public AwsAccess Target(string account, string region, string? externalId = null) => Hub.ForTarget(account, region, Role(account), externalId, Session);

    /// <summary>A transport signed with <paramref name="keyId"/> and <paramref name="secret"/> for <paramref name="region"/>, straight at the organisation.</summary>
    public AwsTransport TransportSignedWith(string keyId, string secret, string? token, string region)
    {
        var variables = SimulatedAws.Variables(Organization.Hub);
        variables["AWS_REGION"] = region;
        variables["AWS_ACCESS_KEY_ID"] = keyId;
        variables["AWS_SECRET_ACCESS_KEY"] = secret;
        if (token is not null)
        {
            variables["AWS_SESSION_TOKEN"] = token;
        }

        return AwsTransportFactory.Create(new HttpClient(Organization.Handler, disposeHandler: false), new VariablesCredentialSource(variables), variables, Clock, new AwsTransportOptions { MaxAttempts = 1, MaxThrottleAttempts = 1 }, null);
    }

    private sealed class QuietLog : IStructuredLog
    {
        public void Write(LogLevel level, string eventName, string message, IReadOnlyList<LogField> fields)
        {
        }

        public bool IsEnabled(LogLevel level) => false;
    }
}
