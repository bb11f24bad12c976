using System.CommandLine;
using Amazon.DynamoDBv2.Model;
using CostOps.Aws;
using CostOps.Aws.Adapters;
using CostOps.Aws.Http;
using CostOps.Cli.Configuration;
using CostOps.Core.Schedules;
using CostOps.Core.State;
using CostOps.Hosting.Configuration;

namespace CostOps.Cli.Fleet;

/// <summary>
/// The account a fleet command reads, configured as the functions are (AWS_* and COSTOPS_* variables), with the
/// command's flags taking precedence: region, AWS clients, the state table, the managed clusters and the schedules.
/// </summary>
public sealed class FleetContext
{
    public const string DefaultTable = "costops-state";

    private FleetContext(CliHost host, string region, IReadOnlyDictionary<string, string> environment, string table, EcsInventoryOptions? scope, ScheduleConfiguration schedules)
    {
        Region = region;
        Table = table;
        Scope = scope;
        Schedules = schedules;
        Aws = new AwsAccess(environment, host.Time, Log, handler: host.AwsHandler);
        Store = host.StateStore ?? Aws.StateStore(table);
    }

    /// <summary>A member account's fleet: ECS through <paramref name="memberAws"/> (the assumed role), the state in the hub's table.</summary>
    internal FleetContext(string account, string region, string table, EcsInventoryOptions? scope, ScheduleConfiguration schedules, QuietLog log, AwsAccess memberAws, ICostOpsStateStore hubStore)
    {
        Account = account;
        Region = region;
        Table = table;
        Scope = scope;
        Schedules = schedules;
        Log = log;
        Aws = memberAws;
        Store = hubStore;
    }

    /// <summary>The member account (costops ... --account); null for the account of the credentials.</summary>
    public string? Account { get; }

    public string Region { get; }

    public string Table { get; }

    /// <summary>Null for commands that need no cluster scope.</summary>
    public EcsInventoryOptions? Scope { get; }

    public ScheduleConfiguration Schedules { get; }

    public QuietLog Log { get; } = new();

    /// <summary>Where the fleet is, for headings: the region, with the member account when there is one.</summary>
    public string Where => Account is null ? Region : $"account {Account} {Region}";

    public AwsAccess Aws { get; }

    public ICostOpsStateStore Store { get; }

    /// <exception cref="UsageException">No region, no clusters, or a schedules file or variable that does not parse.</exception>
    public static FleetContext Create(CliHost host, FleetOptions options, ParseResult parse, bool needsClusters)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(parse);
        var environment = new Dictionary<string, string>(host.Environment, StringComparer.Ordinal);
        if (parse.GetValue(options.Region) is { } region)
        {
            environment["AWS_REGION"] = region;
        }

        if (parse.GetValue(options.Profile) is { } profile)
        {
            environment[AwsConfigFile.ProfileVariable] = profile;
            if (host.AwsHandler is null)
            {
                // The SDK's default credential chain reads the process environment, as the AWS CLI does.
                System.Environment.SetEnvironmentVariable(AwsConfigFile.ProfileVariable, profile);
            }
        }

        var where = new AwsEndpointResolver(environment).Region ?? ProfileRegion(host, environment)
            ?? throw new UsageException($"no region: pass --region, export AWS_REGION, or set region for profile {AwsConfigFile.ProfileName(environment)} in {AwsConfigFile.ConfigPath(environment, host.HomeDirectory)}");
        environment["AWS_REGION"] = where;
        var table = parse.GetValue(options.Table) ?? environment.GetValueOrDefault(CommonSettings.Table) ?? DefaultTable;
        var scope = needsClusters ? ReadScope(environment, options, parse) : null;
        var schedules = ReadSchedules(host, environment, options, parse);
        return new FleetContext(host, where, environment, table, scope, schedules);
    }

    /// <summary>Reads one item so a missing table or bad credentials fail with what to do, before anything else.</summary>
    public async Task CheckTableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Store.GetAsync("costops-cli-probe", cancellationToken).ConfigureAwait(false);
        }
        catch (ResourceNotFoundException)
        {
            throw new InvalidOperationException($"no CostOps table named {Table} in {Region}: deploy first (make deploy), or pass --table (or set COSTOPS_TABLE) to the table terraform output table_name shows");
        }
        catch (Amazon.Runtime.AmazonServiceException ex) when (CredentialProblem.IsCredentialError(ex.ErrorCode))
        {
            throw CredentialProblem.Describe(ex.ErrorCode, ex.Message, Region);
        }
    }

    /// <summary>The AWS CLI's last resort: the profile's region in the shared config file.</summary>
    internal static string? ProfileRegion(CliHost host, IReadOnlyDictionary<string, string> environment)
    {
        var path = AwsConfigFile.ConfigPath(environment, host.HomeDirectory);
        return File.Exists(path) ? AwsConfigFile.Region(File.ReadAllText(path), AwsConfigFile.ProfileName(environment)) : null;
    }

    internal static EcsInventoryOptions ReadScope(Dictionary<string, string> environment, FleetOptions options, ParseResult parse)
    {
        var only = parse.GetValue(options.Cluster) ?? [];
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (only.Length > 0 || parse.GetValue(options.Clusters) is not null)
        {
            variables[ClusterScopeSetting.ClustersVariable] = only.Length > 0 ? string.Join(',', only) : parse.GetValue(options.Clusters);
        }
        else
        {
            variables[ClusterScopeSetting.ClustersVariable] = environment.GetValueOrDefault(ClusterScopeSetting.ClustersVariable);
            variables[ClusterScopeSetting.TagVariable] = environment.GetValueOrDefault(ClusterScopeSetting.TagVariable);
        }

        var reader = new EnvironmentReader(variables);
        var setting = ClusterScopeSetting.Read(reader);
        if (setting is null)
        {
            var problem = reader.Problems.Count > 0 ? reader.Problems[0].ToString() : "no clusters";
            throw new UsageException($"no clusters to read: pass --cluster NAME or --clusters a,b, or export {ClusterScopeSetting.ClustersVariable} (or {ClusterScopeSetting.TagVariable}) as the scheduler has it. {problem}");
        }

        return new EcsInventoryOptions { Clusters = setting.Clusters, ClusterTagKey = setting.TagKey, ClusterTagValue = setting.TagValue };
    }

    /// <exception cref="UsageException">The schedules file or COSTOPS_SCHEDULES does not parse.</exception>
    internal static ScheduleConfiguration ReadSchedules(CliHost host, IReadOnlyDictionary<string, string> environment, FleetOptions options, ParseResult parse)
    {
        var file = parse.GetValue(options.SchedulesFile);
        var source = file ?? ScheduleConfiguration.EnvironmentVariable;
        try
        {
            var json = file is null ? environment.GetValueOrDefault(ScheduleConfiguration.EnvironmentVariable) : File.ReadAllText(Path.Combine(host.WorkingDirectory, file));
            return ScheduleConfiguration.FromJson(json);
        }
        catch (ScheduleConfigurationException ex)
        {
            throw new UsageException($"{source}: {string.Join("; ", ex.Problems)}; expected {ScheduleConfiguration.Expected}");
        }
        catch (FileNotFoundException)
        {
            throw new UsageException($"--schedules-file {file}: no such file; pass the JSON file with the schedules the scheduler is deployed with");
        }
    }
}
