using System.Text;
using CostOps.Aws.Ecs;
using CostOps.Aws.Http;
using CostOps.Aws.Tests.Fakes;
using CostOps.Simulator;

namespace CostOps.Aws.Tests.Contracts;

/// <summary>Every JSON answer of the simulated account matches the operation's output shape in the official model.</summary>
public sealed class SimulatorContractTests
{
    public static TheoryData<string, string, string, string, string> Calls => new()
    {
        { "Ecs", "AmazonEC2ContainerServiceV20141113", "ecs", "ListClusters", "{}" },
        { "Ecs", "AmazonEC2ContainerServiceV20141113", "ecs", "DescribeClusters", """{"clusters":["app"],"include":["TAGS"]}""" },
        { "Ecs", "AmazonEC2ContainerServiceV20141113", "ecs", "ListServices", """{"cluster":"app","maxResults":1}""" },
        { "Ecs", "AmazonEC2ContainerServiceV20141113", "ecs", "DescribeServices", """{"cluster":"app","services":["web","api","gone"],"include":["TAGS"]}""" },
        { "Ecs", "AmazonEC2ContainerServiceV20141113", "ecs", "UpdateService", """{"cluster":"app","service":"web","capacityProviderStrategy":[{"capacityProvider":"FARGATE","weight":1}],"forceNewDeployment":true}""" },
        { "Ecs", "AmazonEC2ContainerServiceV20141113", "ecs", "DescribeTaskDefinition", """{"taskDefinition":"app-small:1"}""" },
        { "Ecs", "AmazonEC2ContainerServiceV20141113", "ecs", "ListTagsForResource", """{"resourceArn":"arn:aws:ecs:us-west-2:123456789012:service/app/web"}""" },
        { "Ecs", "AmazonEC2ContainerServiceV20141113", "ecs", "TagResource", """{"resourceArn":"arn:aws:ecs:us-west-2:123456789012:service/app/web","tags":[{"key":"a","value":"b"}]}""" },
        { "Ecs", "AmazonEC2ContainerServiceV20141113", "ecs", "PutClusterCapacityProviders", """{"cluster":"app","capacityProviders":["FARGATE","FARGATE_SPOT"],"defaultCapacityProviderStrategy":[{"capacityProvider":"FARGATE_SPOT","weight":1}]}""" },
        { "ApplicationAutoScaling", "AnyScaleFrontendService", "application-autoscaling", "DescribeScalableTargets", """{"ServiceNamespace":"ecs","ResourceIds":["service/app/api"]}""" },
        { "ApplicationAutoScaling", "AnyScaleFrontendService", "application-autoscaling", "RegisterScalableTarget", """{"ServiceNamespace":"ecs","ResourceId":"service/app/api","ScalableDimension":"ecs:service:DesiredCount","MinCapacity":0,"MaxCapacity":0}""" },
        { "CostExplorer", "AWSInsightsIndexService", "ce", "GetCostAndUsage", """{"TimePeriod":{"Start":"2026-03-01","End":"2026-03-04"},"Granularity":"DAILY","Metrics":["UnblendedCost"],"GroupBy":[{"Type":"DIMENSION","Key":"SERVICE"},{"Type":"TAG","Key":"Environment"}]}""" },
        { "CostExplorer", "AWSInsightsIndexService", "ce", "GetAnomalies", """{"DateInterval":{"StartDate":"2026-03-01","EndDate":"2026-03-03"},"TotalImpact":{"NumericOperator":"GREATER_THAN_OR_EQUAL","StartValue":10}}""" },
        { "CostExplorer", "AWSInsightsIndexService", "ce", "GetCostForecast", """{"TimePeriod":{"Start":"2026-03-03","End":"2026-04-01"},"Metric":"UNBLENDED_COST","Granularity":"MONTHLY"}""" },
        { "Budgets", "AWSBudgetServiceGateway", "budgets", "DescribeBudgets", """{"AccountId":"123456789012"}""" },
        { "Budgets", "AWSBudgetServiceGateway", "budgets", "DescribeBudget", """{"AccountId":"123456789012","BudgetName":"monthly"}""" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Answer_ValidRequest_MatchesTheOutputShape(string model, string prefix, string signingName, string operation, string body)
    {
        var account = new SimulatedAccount(new SimulatorOptions { FixedCharges = CostModel.SeedFixedCharges("us-west-2") });
        account.AddCluster("app", ("team", "web"));
        account.Clusters["app"].CapacityProviders.AddRange(["FARGATE", "FARGATE_SPOT"]);
        var small = account.RegisterTaskDefinition("app-small", 256, 512);
        account.AddService("app", "web", 1, small, [new CapacityProviderStrategyItem { CapacityProvider = "FARGATE_SPOT", Weight = 1 }], tags: ("Environment", "dev"));
        account.AddService("app", "api", 2, tags: ("Environment", "prod"));
        account.AddScalableTarget("app", "api", 2, 6);
        account.AddBudget("monthly", 40m);
        account.Anomalies.Add(Anomaly("2026-03-02", 42.5));
        account.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 3, 12, 0, 0, TimeSpan.Zero));
        using var http = new HttpClient(new SimulatorHandler(account));
        var region = signingName is "ce" or "budgets" ? "us-east-1" : "us-west-2";
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://aws.simulator.local/") { Content = new StringContent(body, Encoding.UTF8) };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", $"{prefix}.{operation}");
        request.Headers.TryAddWithoutValidation("Authorization", $"AWS4-HMAC-SHA256 Credential=AKID/20260303/{region}/{signingName}/aws4_request, SignedHeaders=host, Signature=0");

        using var response = await http.SendAsync(request);
        var json = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, json);
        ContractAssert.OutputMatchesModel(BotocoreModels.Load(model), operation, json);
    }

    [Fact]
    public async Task CostExplorer_ManagementAccountByTagAndLinkedAccount_AnswerWithAccountNamesMatchesTheOutputShape()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        var management = new SimulatedAccount(new SimulatorOptions { AccountName = "management" }, clock);
        var member = new SimulatedAccount(new SimulatorOptions { AccountId = "111111111111", AccountName = "dev" }, clock);
        member.AddCluster("app").AddService("app", "web", 1, tags: ("Environment", "dev"));
        management.LinkAccounts(member);
        clock.Advance(TimeSpan.FromHours(30));
        using var http = new HttpClient(new SimulatorHandler(management));
        const string body = """{"TimePeriod":{"Start":"2026-03-01","End":"2026-03-03"},"Granularity":"DAILY","Metrics":["UnblendedCost"],"GroupBy":[{"Type":"TAG","Key":"Environment"},{"Type":"DIMENSION","Key":"LINKED_ACCOUNT"}],"Filter":{"Dimensions":{"Key":"LINKED_ACCOUNT","Values":["111111111111"]}}}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://aws.simulator.local/") { Content = new StringContent(body, Encoding.UTF8) };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSInsightsIndexService.GetCostAndUsage");
        request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20260303/us-east-1/ce/aws4_request, SignedHeaders=host, Signature=0");

        using var response = await http.SendAsync(request);
        var json = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, json);
        ContractAssert.OutputMatchesModel(BotocoreModels.Load("CostExplorer"), "GetCostAndUsage", json);
        ContractAssert.JsonRequestMatchesModel(BotocoreModels.Load("CostExplorer"), AwsServices.CostExplorer, "GetCostAndUsage", new(AwsServices.CostExplorer, "GetCostAndUsage", body));
        Assert.Contains("\"Environment$dev\",\"111111111111\"", json, StringComparison.Ordinal);
        Assert.Contains("\"description\":\"dev\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CloudWatch_GetMetricData_AnswerWalksTheOutputShapeAndReadsAsThePointsOfTheHoursTasksRan()
    {
        var account = new SimulatedAccount(clock: new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 3, 12, 0, 0, TimeSpan.Zero)));
        account.AddCluster("app");
        account.AddService("app", "api", 2).Utilization = new SimUtilization(10, 20, 30, 40);
        account.Advance(TimeSpan.FromHours(3));
        using var http = new HttpClient(new SimulatorHandler(account));
        const string form = "Action=GetMetricData&Version=2010-08-01&StartTime=2026-03-03T00%3A00%3A00Z&EndTime=2026-03-04T00%3A00%3A00Z&ScanBy=TimestampAscending"
            + "&MetricDataQueries.member.1.Id=cpu&MetricDataQueries.member.1.MetricStat.Metric.Namespace=AWS%2FECS&MetricDataQueries.member.1.MetricStat.Metric.MetricName=CPUUtilization"
            + "&MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Name=ClusterName&MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Value=app"
            + "&MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.2.Name=ServiceName&MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.2.Value=api"
            + "&MetricDataQueries.member.1.MetricStat.Period=3600&MetricDataQueries.member.1.MetricStat.Stat=Maximum";
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://aws.simulator.local/") { Content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20260303/us-west-2/monitoring/aws4_request, SignedHeaders=host, Signature=0");

        using var response = await http.SendAsync(request);
        var xml = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, xml);
        var model = BotocoreModels.Load("CloudWatch");
        var document = System.Xml.Linq.XDocument.Parse(xml);
        System.Xml.Linq.XNamespace ns = model.MetadataString("xmlNamespace");
        var output = model.Operation("GetMetricData").GetProperty("output");
        Assert.Equal(ns + "GetMetricDataResponse", document.Root!.Name);
        var errors = new List<string>();
        CloudWatchContractTests.CheckElement(model, document.Root.Element(ns + output.GetProperty("resultWrapper").GetString()!)!, output.GetProperty("shape").GetString()!, ns, errors);
        ContractAssert.NoErrors(errors, "simulated GetMetricData answer");
        var cpu = Assert.Single(CostOps.Aws.CloudWatch.MetricDataXmlReader.Read(document).MetricDataResults);
        Assert.Equal([12, 13, 14], cpu.Timestamps.Select(t => t.Hour));
        Assert.All(cpu.Values, v => Assert.InRange(v, 16, 20));
    }

    [Fact]
    public async Task Scheduler_CreateThenGet_AnswersMatchTheOutputShapesAndAConflictIsRefused()
    {
        var account = new SimulatedAccount();
        using var http = new HttpClient(new SimulatorHandler(account));
        const string definition = """{"GroupName":"costops-boundary","ScheduleExpression":"at(2026-03-02T18:00:00)","FlexibleTimeWindow":{"Mode":"OFF"},"Target":{"Arn":"arn:aws:lambda:us-west-2:123456789012:function:costops-scheduler","RoleArn":"arn:aws:iam::123456789012:role/invoke","Input":"{}"}}""";
        var model = BotocoreModels.Load("Scheduler");

        var created = await SendAsync(http, HttpMethod.Post, "/schedules/costops-next-boundary", definition);
        var read = await SendAsync(http, HttpMethod.Get, "/schedules/costops-next-boundary?groupName=costops-boundary", null);
        var conflict = await SendAsync(http, HttpMethod.Post, "/schedules/costops-next-boundary", definition);

        ContractAssert.OutputMatchesModel(model, "CreateSchedule", created.Body);
        ContractAssert.OutputMatchesModel(model, "GetSchedule", read.Body);
        Assert.Contains("at(2026-03-02T18:00:00)", read.Body, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, conflict.Status);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 18, 0, 0, TimeSpan.Zero), Assert.Single(account.Schedules.Values).FiresAt());
    }

    private static CostExplorer.Anomaly Anomaly(string start, double total) => new()
    {
        AnomalyId = "anomaly-1",
        AnomalyStartDate = start,
        AnomalyEndDate = start,
        DimensionValue = "Amazon Elastic Container Service",
        MonitorArn = "arn:aws:ce::123456789012:anomalymonitor/services",
        AnomalyScore = new() { MaxScore = 0.9, CurrentScore = 0.4 },
        Impact = new() { MaxImpact = total, TotalImpact = total },
        RootCauses = [new() { Service = "Amazon Elastic Container Service", Region = "us-west-2", UsageType = "USW2-Fargate-vCPU-Hours:perCPU", LinkedAccount = "123456789012" }],
    };

    private static async Task<(System.Net.HttpStatusCode Status, string Body)> SendAsync(HttpClient http, HttpMethod method, string path, string? body)
    {
        using var request = new HttpRequestMessage(method, "http://aws.simulator.local" + path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
        }

        request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20260302/us-west-2/scheduler/aws4_request, SignedHeaders=host, Signature=0");
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
