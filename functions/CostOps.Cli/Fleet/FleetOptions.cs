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

    public Option<string?> Account { get; } = new("--account") { Description = "A member account (12 digits) of the hub's targets: assumes its member role with your credentials; --region is then that account's region, and the state is read from the hub's table (in the region of the tfvars file, else AWS_REGION)." };

    public Option<string?> Role { get; } = new("--role") { Description = "With --account: the member role's name or ARN with {account} (default: targets.role from the tfvars file, else costops-member)." };

    public Option<string?> ExternalId { get; } = new("--external-id") { Description = "With --account: the member role's external id (default: targets.external_id from the tfvars file)." };

    public Option<string> Tfvars { get; } = new("--tfvars") { Description = "The Terraform variables file with the hub's region and targets.", DefaultValueFactory = _ => Commands.PreflightCommand.DefaultTfvars };

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

    /// <summary>Adds --account, --role, --external-id and --tfvars: the command can work on a member account of the hub.</summary>
    public Command AddAccountTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Account);
        command.Options.Add(Role);
        command.Options.Add(ExternalId);
        command.Options.Add(Tfvars);
        return command;
    }
}
