using CostOps.Core.Spot.Ports;
using CostOps.Core.State;

namespace CostOps.Hosting;

/// <summary>
/// For running a function in-process against a simulated account (the demo, end-to-end tests): where its AWS
/// requests go and which state store it uses. Production never sets them: requests go over sockets with the
/// SDK's default credentials, and the state lives in the DynamoDB table.
/// </summary>
/// <param name="AwsHandler">Receives every AWS request, signed with the credentials among the environment variables.</param>
/// <param name="StateStore">Replaces the DynamoDB state store.</param>
/// <param name="SpotUsage">Replaces the DynamoDB log of Spot task-hours.</param>
public sealed record HostOverrides(HttpMessageHandler? AwsHandler, ICostOpsStateStore? StateStore, ISpotUsageLog? SpotUsage = null);
