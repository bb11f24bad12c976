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
using CostOps.Aws.Sns;
using CostOps.Aws.State;
using CostOps.Core.Observability;

namespace CostOps.Aws;

/// <summary>
/// The AWS clients of one function, built once at cold start over one transport (one set of rate limits and
/// call statistics). Clients are created on first use, so a function pays only for what it calls.
/// </summary>
public sealed class AwsAccess
{
    private readonly Lazy<IAmazonDynamoDB> _dynamo;
    private readonly Lazy<IAmazonS3> _s3;
    private readonly Lazy<S3LinkSigner> _reportLinks;

    /// <param name="handler">Null in production. Given, every client (DynamoDB and S3 too) sends through it, signed with the credentials among <paramref name="environment"/>.</param>
    public AwsAccess(IReadOnlyDictionary<string, string> environment, TimeProvider time, IStructuredLog log, AwsTransportOptions? options = null, HttpMessageHandler? handler = null)
    {
        Time = time;
        Transport = AwsTransportFactory.FromEnvironment(environment, time, options, log, handler);
        Ecs = new EcsClient(Transport);
        AutoScaling = new ApplicationAutoScalingClient(Transport);
        CostExplorer = new CostExplorerClient(Transport);
        Budgets = new BudgetsClient(Transport);
        Sns = new SnsClient(Transport);
        CloudWatch = new CloudWatchClient(Transport);
        Lambda = new LambdaClient(Transport);
        Scheduler = new EventBridgeSchedulerClient(Transport);
        LoadBalancing = new Elbv2Client(Transport);

        // DynamoDB and S3 use the official packages; region and endpoint overrides come from the same
        // variables as every other client, resolved the same way.
        var endpoints = new AwsEndpointResolver(environment);
        _reportLinks = new Lazy<S3LinkSigner>(() => new S3LinkSigner(
            handler is null ? new DefaultCredentialSource() : new VariablesCredentialSource(environment), endpoints.Resolve(S3Service), time));
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

    private static readonly AwsService DynamoDbService = new("dynamodb", "dynamodb", AwsProtocol.Json, "DynamoDB");

    private static readonly AwsService S3Service = new("s3", "s3", AwsProtocol.RestJson, "S3");

    public TimeProvider Time { get; }

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

    public IAmazonS3 S3 => _s3.Value;

    /// <summary>Presigned S3 links dated by this function's clock, signed with the same credentials as the S3 client.</summary>
    public S3LinkSigner S3Links => _reportLinks.Value;

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
