using System.Text.Json.Serialization;

namespace CostOps.Cli.Build;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(BuildInfo))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(CostOps.Cli.Fleet.PlanReport))]
[JsonSerializable(typeof(CostOps.Cli.Fleet.StatusReport))]
[JsonSerializable(typeof(CostOps.Cli.Fleet.OrganizationStatusReport))]
[JsonSerializable(typeof(CostOps.Cli.Fleet.OverrideResult))]
[JsonSerializable(typeof(CostOps.Cli.Fleet.FleetDocument))]
[JsonSerializable(typeof(CostOps.Cli.Fleet.SavingsReport))]
public sealed partial class CliJsonContext : JsonSerializerContext;
