using CostOps.Aws.ElasticLoadBalancing;
using Amazon.DynamoDBv2;
using Amazon.S3;
using CostOps.Aws.AutoScaling;
using CostOps.Aws.Budgets;
using CostOps.Aws.CloudWatch;
using CostOps.Aws.CostExplorer;
using CostOps.Aws.Ecs;
using CostOps.Aws.EventBridgeScheduler;
using CostOps.Aws.Http;
using CostOps.Aws.Lambda;
using CostOps.Aws.Organizations;
using CostOps.Aws.Sns;
using CostOps.Aws.State;
using CostOps.Aws.Sts;
using CostOps.Core.Observability;

namespace CostOps.Aws;

/// <summary>
/// The AWS clients of one function, built once at cold start over one transport (one set of rate limits and
/// call statistics). Clients are created on first use, so a function pays only for what it calls.
/// <see cref="ForTarget"/> gives the access to a member account-region through an assumed role.
/// </summary>
public sealed class AwsAccess
{
    private readonly Lazy<IAmazonDynamoDB> _dynamo;
    private readonly Lazy<IAmazonS3> _s3;
    private readonly AwsTargets _targets;

    /// <param name="handler">Null in production. Given, every client (DynamoDB and S3 too) sends through it, signed with the credentials among <paramref name="environment"/>.</param>
    public AwsAccess(IReadOnlyDictionary<string, string> environment, TimeProvider time, IStructuredLog log, AwsTransportOptions? options = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(time);
        Time = time;
        options = (options ?? new AwsTransportOptions()).Validate();
        var http = AwsTransportFactory.HttpClientFor(options, handler);
        var signing = handler is null ? new DefaultCredentialSource() : (ICredentialSource)new VariablesCredentialSource(environment);
        Transport = AwsTransportFactory.Create(http, signing, environment, time, options, log);
        Ecs = new EcsClient(Transport);
        AutoScaling = new ApplicationAutoScalingClient(Transport);
        CostExplorer = new CostExplorerClient(Transport);
        Budgets = new BudgetsClient(Transport);
        Sns = new SnsClient(Transport);
        CloudWatch = new CloudWatchClient(Transport);
        Lambda = new LambdaClient(Transport);
        Scheduler = new EventBridgeSchedulerClient(Transport);
        LoadBalancing = new Elbv2Client(Transport);
        Sts = new StsClient(Transport);
        Organizations = new OrganizationsClient(Transport);
        Region = new AwsEndpointResolver(environment).Region;
        _targets = new AwsTargets(environment, http, options, time, log);

        // DynamoDB and S3 use the official packages; region and endpoint overrides come from the same
        // variables as every other client, resolved the same way.
        var endpoints = new AwsEndpointResolver(environment);
        if (handler is null)
        {
            _dynamo = new Lazy<IAmazonDynamoDB>(() => new AmazonDynamoDBClient(Configure(new AmazonDynamoDBConfig(), endpoints, DynamoDbService)));
            _s3 = new Lazy<IAmazonS3>(() => new AmazonS3Client(Configure(new AmazonS3Config { ForcePathStyle = HasOverride(environment, S3Service) }, endpoints, S3Service)));
        }
        else
        {
            var factory = new HandlerHttpClientFactory(handler);
            var credentials = new Amazon.Runtime.BasicAWSCredentials(environment["AWS_ACCESS_KEY_ID"], environment["AWS_SECRET_ACCESS_KEY"]);
            _dynamo = new Lazy<IAmazonDynamoDB>(() => new AmazonDynamoDBClient(credentials, Configure(new AmazonDynamoDBConfig { HttpClientFactory = factory }, endpoints, DynamoDbService)));
            _s3 = new Lazy<IAmazonS3>(() => new AmazonS3Client(credentials, Configure(new AmazonS3Config { ForcePathStyle = true, HttpClientFactory = factory }, endpoints, S3Service)));
        }
    }

    /// <summary>The access to one member account-region: <paramref name="transport"/> signs with the assumed role, for the target's region.</summary>
    private AwsAccess(AwsAccess hub, AwsTransport transport, string accountId, string region)
    {
        Time = hub.Time;
        Transport = transport;
        AccountId = accountId;
        Region = region;
        Ecs = new EcsClient(transport);
        AutoScaling = new ApplicationAutoScalingClient(transport);
        CloudWatch = new CloudWatchClient(transport);
        LoadBalancing = new Elbv2Client(transport);
        CostExplorer = hub.CostExplorer;
        Budgets = hub.Budgets;
        Sns = hub.Sns;
        Lambda = hub.Lambda;
        Scheduler = hub.Scheduler;
        Sts = hub.Sts;
        Organizations = hub.Organizations;
        _dynamo = hub._dynamo;
        _s3 = hub._s3;
        _targets = hub._targets;
    }

    private static readonly AwsService DynamoDbService = new("dynamodb", "dynamodb", AwsProtocol.Json, "DynamoDB");

    private static readonly AwsService S3Service = new("s3", "s3", AwsProtocol.RestJson, "S3");

    public TimeProvider Time { get; }

    /// <summary>The member account a <see cref="ForTarget"/> access reaches; null for the function's own account.</summary>
    public string? AccountId { get; }

    /// <summary>The region ECS, Application Auto Scaling, CloudWatch and Elastic Load Balancing calls go to (null when none is configured).</summary>
    public string? Region { get; }

    public AwsTransport Transport { get; }

    public IEcsClient Ecs { get; }

    public IApplicationAutoScalingClient AutoScaling { get; }

    public ICostExplorerClient CostExplorer { get; }

    public IBudgetsClient Budgets { get; }

    public ISnsClient Sns { get; }

    public ICloudWatchClient CloudWatch { get; }

    public ILambdaClient Lambda { get; }

    public IEventBridgeSchedulerClient Scheduler { get; }

    public IElbv2Client LoadBalancing { get; }

    /// <summary>STS in the function's own region, signed with the function's own credentials.</summary>
    public IStsClient Sts { get; }

    /// <summary>Organizations (us-east-1), signed with the function's own credentials: the management account or a delegated administrator.</summary>
    public IOrganizationsClient Organizations { get; }

    public IAmazonS3 S3 => _s3.Value;

    /// <summary>
    /// The access to <paramref name="accountId"/> in <paramref name="region"/> through <paramref name="roleArn"/>: its own
    /// transport, ECS rate buckets and call statistics (ECS limits are per account and region), signed with the role's
    /// credentials for that region. ECS, Application Auto Scaling, CloudWatch and Elastic Load Balancing go to the target;
    /// DynamoDB, S3, Lambda, EventBridge Scheduler, SNS, Cost Explorer, Budgets, STS and Organizations stay this function's.
    /// The same arguments give the same instance; targets sharing a role (one account, several regions) share its credentials.
    /// Endpoint overrides (<c>AWS_ENDPOINT_URL…</c>) apply to every target.
    /// </summary>
    /// <param name="sessionName">Names the session in the member account's CloudTrail; see <see cref="AssumedRoleCredentialSource.SessionName"/>.</param>
    /// <exception cref="ArgumentException">An account that is not 12 digits, a region that is not a region name, a role ARN of another account, or a session name or external id STS would refuse.</exception>
    public AwsAccess ForTarget(string accountId, string region, string roleArn, string? externalId, string sessionName) =>
        _targets.For(accountId, region, roleArn, externalId, sessionName, Sts, (transport) => new AwsAccess(this, transport, accountId, region));

    public DynamoDbStateStore StateStore(string tableName) =>
        new(_dynamo.Value, new DynamoDbStateStoreOptions { TableName = tableName }, Time);

    public DynamoDbWakeDirectory WakeDirectory(string tableName) =>
        new(_dynamo.Value, new DynamoDbStateStoreOptions { TableName = tableName });

    public DynamoDbSpotUsageLog SpotUsage(string tableName) =>
        new(_dynamo.Value, new DynamoDbStateStoreOptions { TableName = tableName });

    private static TConfig Configure<TConfig>(TConfig config, AwsEndpointResolver endpoints, AwsService service)
        where TConfig : Amazon.Runtime.ClientConfig
    {
        var endpoint = endpoints.Resolve(service);
        config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(endpoint.SigningRegion);
        if (!endpoint.BaseUri.Host.EndsWith(".amazonaws.com", StringComparison.OrdinalIgnoreCase))
        {
            config.ServiceURL = endpoint.BaseUri.ToString();
            config.AuthenticationRegion = endpoint.SigningRegion;
        }

        return config;
    }

    private static bool HasOverride(IReadOnlyDictionary<string, string> environment, AwsService service) =>
        environment.ContainsKey(AwsEndpointResolver.ServiceEndpointVariable(service)) || environment.ContainsKey(AwsEndpointResolver.EndpointUrlVariable);
}
