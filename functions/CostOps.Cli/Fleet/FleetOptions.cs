using System.CommandLine;

namespace CostOps.Cli.Fleet;

/// <summary>The options every command that reads the account shares: where (region, profile) and what (table, clusters, schedules).</summary>
public sealed class FleetOptions
{
    public Option<string?> Region { get; } = new("--region") { Description = "The AWS Region (default: AWS_REGION, else AWS_DEFAULT_REGION, as the AWS CLI reads them)." };

    public Option<string?> Profile { get; } = new("--profile") { Description = "The named profile from ~/.aws/config to use (default: AWS_PROFILE)." };

    public Option<string?> Table { get; } = new("--table") { Description = "The CostOps DynamoDB table (default: COSTOPS_TABLE, else costops-state)." };

    public Option<string?> Clusters { get; } = new("--clusters") { Description = "The managed clusters, comma-separated (default: COSTOPS_CLUSTERS, or COSTOPS_CLUSTER_TAG)." };

    public Option<string?> SchedulesFile { get; } = new("--schedules-file") { Description = "A JSON file with the named schedules (default: the COSTOPS_SCHEDULES variable)." };

    public Option<string[]> Cluster { get; } = new("--cluster") { Description = "Only this cluster (name); repeatable." };

    public Option<bool> Json { get; } = new("--json") { Description = "Machine-readable output (a stable JSON shape) instead of text." };

    /// <summary>Adds the options; <paramref name="withScope"/> adds the table and cluster options too.</summary>
    public Command AddTo(Command command, bool withScope = true)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Region);
        command.Options.Add(Profile);
        command.Options.Add(Json);
        command.Options.Add(SchedulesFile);
        if (withScope)
        {
            command.Options.Add(Table);
            command.Options.Add(Clusters);
            command.Options.Add(Cluster);
        }

        return command;
    }
}
