namespace CostOps.Aws.Http;

/// <summary>The services CostOps calls through its own access layer (values from the official service models).</summary>
public static class AwsServices
{
    public static readonly AwsService Ecs = new("ecs", "ecs", AwsProtocol.Json, "ECS", TargetPrefix: "AmazonEC2ContainerServiceV20141113", JsonVersion: "1.1");

    public static readonly AwsService ApplicationAutoScaling = new("application-autoscaling", "application-autoscaling", AwsProtocol.Json, "Application Auto Scaling", TargetPrefix: "AnyScaleFrontendService", JsonVersion: "1.1");

    public static readonly AwsService CostExplorer = new("ce", "ce", AwsProtocol.Json, "Cost Explorer", TargetPrefix: "AWSInsightsIndexService", JsonVersion: "1.1", GlobalRegion: "us-east-1", GlobalEndpoint: "ce.us-east-1.amazonaws.com");

    public static readonly AwsService Budgets = new("budgets", "budgets", AwsProtocol.Json, "Budgets", TargetPrefix: "AWSBudgetServiceGateway", JsonVersion: "1.1", GlobalRegion: "us-east-1", GlobalEndpoint: "budgets.amazonaws.com");

    public static readonly AwsService Sns = new("sns", "sns", AwsProtocol.Query, "SNS", ApiVersion: "2010-03-31");

    public static readonly AwsService CloudWatch = new("monitoring", "monitoring", AwsProtocol.Query, "CloudWatch", ApiVersion: "2010-08-01");

    /// <summary>Elastic Load Balancing v2 (Application Load Balancers); <c>AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2</c> overrides its endpoint.</summary>
    public static readonly AwsService ElasticLoadBalancing = new("elasticloadbalancing", "elasticloadbalancing", AwsProtocol.Query, "Elastic Load Balancing v2", ApiVersion: "2015-12-01");

    public static readonly AwsService Lambda = new("lambda", "lambda", AwsProtocol.RestJson, "Lambda");

    /// <summary>EventBridge Scheduler; <c>AWS_ENDPOINT_URL_SCHEDULER</c> overrides its endpoint.</summary>
    public static readonly AwsService Scheduler = new("scheduler", "scheduler", AwsProtocol.RestJson, "Scheduler", JsonVersion: "1.1");

    /// <summary>
    /// Security Token Service, regional endpoint <c>sts.{region}.amazonaws.com</c> (AWS recommends regional over the legacy
    /// global <c>sts.amazonaws.com</c>: lower latency, and its session tokens are valid in every region);
    /// <c>AWS_ENDPOINT_URL_STS</c> overrides it.
    /// </summary>
    public static readonly AwsService Sts = new("sts", "sts", AwsProtocol.Query, "STS", ApiVersion: "2011-06-15");

    /// <summary>
    /// AWS Organizations: one endpoint for the commercial partition, <c>organizations.us-east-1.amazonaws.com</c>, signed for
    /// us-east-1 (the model's endpoint rules); callable only from the management account or a delegated administrator.
    /// <c>AWS_ENDPOINT_URL_ORGANIZATIONS</c> overrides it.
    /// </summary>
    public static readonly AwsService Organizations = new("organizations", "organizations", AwsProtocol.Json, "Organizations", TargetPrefix: "AWSOrganizationsV20161128", JsonVersion: "1.1", GlobalRegion: "us-east-1", GlobalEndpoint: "organizations.us-east-1.amazonaws.com");
}
