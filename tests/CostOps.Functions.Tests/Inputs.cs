using System.Text;
using System.Text.Json;
using CostOps.Hosting;
using CostOps.TestSupport;

namespace CostOps.Functions.Tests;

/// <summary>One input of every kind, and a way to run a function on one and read what it wrote.</summary>
internal static class Inputs
{
    public const string Scheduled = """{"version":"0","id":"53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa","detail-type":"Scheduled Event","source":"aws.events","account":"123456789012","time":"2015-10-08T16:53:06Z","region":"us-east-1","resources":["arn:aws:events:us-east-1:123456789012:rule/my-scheduled-rule"],"detail":{}}""";
    public const string SchedulerPayload = """{"source":"costops.scheduler","trigger":"boundary","schedule":"office-hours"}""";
    public const string ServiceAction = """{"version":"0","id":"ddca6449-b258-46c0-8653-e0e3a6d0468b","detail-type":"ECS Service Action","source":"aws.ecs","account":"111122223333","time":"2019-11-19T19:55:38Z","region":"us-west-2","resources":["arn:aws:ecs:us-west-2:111122223333:service/default/servicetest"],"detail":{"eventType":"ERROR","eventName":"SERVICE_TASK_PLACEMENT_FAILURE","clusterArn":"arn:aws:ecs:us-west-2:111122223333:cluster/default","capacityProviderArns":["arn:aws:ecs:us-west-2:111122223333:capacity-provider/FARGATE_SPOT"],"reason":"RESOURCE:FARGATE","createdAt":"2019-11-06T19:09:33.087Z"}}""";
    public const string TaskStateChange = """{"version":"0","id":"9bcdac79-b31f-4d3d-9410-fbd727c29fab","detail-type":"ECS Task State Change","source":"aws.ecs","account":"111122223333","resources":["arn:aws:ecs:us-east-1:111122223333:task/b99d40b3"],"detail":{"clusterArn":"arn:aws:ecs:us-east-1:111122223333:cluster/default","desiredStatus":"STOPPED","lastStatus":"RUNNING","stopCode":"SpotInterruption","group":"service:web","version":3,"taskArn":"arn:aws:ecs:us-east-1:111122223333:task/b99d40b3"}}""";
    public const string ManualRun = """{"command":"run","dryRun":true}""";
    public const string ManualReport = """{"command":"report","isoWeek":"2026-W47"}""";
    public const string ManualCheck = """{"command":"check"}""";

    /// <summary>What every function needs: the host's timeout and an AWS region and credentials (never used to call AWS here).</summary>
    public static Dictionary<string, string?> BaseEnvironment() => new()
    {
        [HostOptions.TimeoutVariable] = "900",
        ["AWS_REGION"] = "us-east-1",
        ["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE",
        ["AWS_SECRET_ACCESS_KEY"] = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
    };

    public static Dictionary<string, string?> SchedulerEnvironment() => With(BaseEnvironment(), new()
    {
        ["COSTOPS_TABLE"] = "costops-state",
        ["COSTOPS_CLUSTERS"] = "dev,staging",
        ["COSTOPS_SCHEDULES"] = """{"default":"office-hours","schedules":{"office-hours":{"timezone":"Europe/Berlin","periods":["mon-fri 08:00-20:00"]}}}""",
        ["AWS_LAMBDA_FUNCTION_NAME"] = "costops-scheduler",
    });

    public static Dictionary<string, string?> ReportingEnvironment() => With(BaseEnvironment(), new()
    {
        ["COSTOPS_TABLE"] = "costops-state",
        ["COSTOPS_TOPIC_ARN"] = "arn:aws:sns:us-east-1:123456789012:costops",
        ["COSTOPS_ACCOUNT_ID"] = "123456789012",
        ["COSTOPS_REPORT_BUCKET"] = "costops-reports",
    });

    public static Dictionary<string, string?> With(Dictionary<string, string?> environment, Dictionary<string, string?> changes)
    {
        foreach (var (key, value) in changes)
        {
            environment[key] = value;
        }

        return environment;
    }

    public static HostPorts Ports(StringWriter output, Dictionary<string, string?>? environment = null) => new(
        environment ?? BaseEnvironment(),
        TestClock.At("2026-11-16T07:00:00Z"),
        output,
        () => "trace-1");

    public static async Task<JsonElement> Run(Func<Stream, Task<Stream>> handle, string json)
    {
        await using var result = await handle(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        using var document = await JsonDocument.ParseAsync(result);
        return document.RootElement.Clone();
    }
}
