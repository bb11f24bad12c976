using System.Net;
using CostOps.Aws.CloudWatch;
using CostOps.Aws.Http;
using CostOps.Aws.Tests.Contracts;
using CostOps.Aws.Tests.Http;

namespace CostOps.Aws.Tests.Operations;

public sealed class CloudWatchClientHttpTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 16, 0, 0, 0, TimeSpan.Zero);

    private readonly TransportFixture _fixture = new();

    private CloudWatchClient Client => new(_fixture.Transport);

    [Fact]
    public async Task GetMetricDataBatchedAsync_TwoPages_PostsQueryFormToMonitoringAndJoinsPoints()
    {
        _fixture.Handler
            .Respond(HttpStatusCode.OK, ContractAssert.Fixture("CloudWatch/GetMetricData.xml"))
            .Respond(
                HttpStatusCode.OK,
                """
                <GetMetricDataResponse xmlns="http://monitoring.amazonaws.com/doc/2010-08-01/"><GetMetricDataResult><MetricDataResults>
                <member><Id>mem0</Id><Timestamps><member>2026-11-30T09:00:00Z</member></Timestamps><Values><member>55.5</member></Values><StatusCode>Complete</StatusCode></member>
                </MetricDataResults></GetMetricDataResult></GetMetricDataResponse>
                """);

        var results = await Client.GetMetricDataBatchedAsync([Query("cpu0", "CPUUtilization"), Query("mem0", "MemoryUtilization")], Start, Start.AddHours(2), default);

        Assert.Equal([12.5, 31.25], results[0].Values);
        Assert.Equal([40.0, 55.5], results[1].Values);
        Assert.Equal("Complete", results[1].StatusCode);
        Assert.Equal(2, _fixture.Handler.Requests.Count);
        var request = _fixture.Handler.Requests[0];
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(new Uri("https://monitoring.eu-west-1.amazonaws.com/"), request.Uri);
        Assert.Equal("application/x-www-form-urlencoded; charset=utf-8", request.Headers["content-type"]);
        HttpCallAssert.Signed(request, "eu-west-1", "monitoring");
        const string Cpu = "MetricDataQueries.member.1.Id=cpu0&MetricDataQueries.member.1.MetricStat.Metric.Namespace=AWS%2FECS"
            + "&MetricDataQueries.member.1.MetricStat.Metric.MetricName=CPUUtilization"
            + "&MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Name=ClusterName&MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Value=prod"
            + "&MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.2.Name=ServiceName&MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.2.Value=api"
            + "&MetricDataQueries.member.1.MetricStat.Period=3600&MetricDataQueries.member.1.MetricStat.Stat=Maximum";
        Assert.StartsWith("Action=GetMetricData&Version=2010-08-01&" + Cpu + "&MetricDataQueries.member.2.Id=mem0", request.Body, StringComparison.Ordinal);
        Assert.EndsWith("&StartTime=2026-11-16T00%3A00%3A00Z&EndTime=2026-11-16T02%3A00%3A00Z&ScanBy=TimestampAscending", request.Body, StringComparison.Ordinal);
        Assert.Contains("&NextToken=page-2-token&", _fixture.Handler.Requests[1].Body, StringComparison.Ordinal);
        Assert.Equal(2, _fixture.Statistics.Snapshot().Single(c => c.Operation == "GetMetricData").Calls);
    }

    [Fact]
    public async Task GetMetricDataAsync_AccessDeniedXmlError_ThrowsAwsServiceExceptionWithCode()
    {
        _fixture.Handler.Respond(
            HttpStatusCode.Forbidden,
            """
            <ErrorResponse xmlns="http://monitoring.amazonaws.com/doc/2010-08-01/">
              <Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User is not authorized to perform: cloudwatch:GetMetricData</Message></Error>
              <RequestId>0d1e2f3a-0000-1111-2222-333344445555</RequestId>
            </ErrorResponse>
            """);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Client.GetMetricDataAsync(
            new() { MetricDataQueries = [Query("cpu0", "CPUUtilization")], StartTime = Start, EndTime = Start.AddHours(1) },
            default));

        Assert.Equal(("CloudWatch", "GetMetricData", "AccessDenied", HttpStatusCode.Forbidden), (error.ServiceId, error.Operation, error.ErrorCode, error.StatusCode));
        Assert.Single(_fixture.Handler.Requests);
    }

    private static MetricDataQuery Query(string id, string metric) => new()
    {
        Id = id,
        MetricStat = new()
        {
            Metric = new() { Namespace = "AWS/ECS", MetricName = metric, Dimensions = [new("ClusterName", "prod"), new("ServiceName", "api")] },
            Period = 3600,
            Stat = "Maximum",
        },
    };
}
