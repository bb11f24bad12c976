using System.Net;
using System.Text;
using System.Text.Json;
using CostOps.Aws.Http;

namespace CostOps.Simulator.Tests;

public sealed class SimulatorHandlerTests
{
    [Fact]
    public async Task SendAsync_FiftyOneUpdatesInOneInstant_TheLastIsThrottledAndChangesNothing()
    {
        var bed = new Testbed();
        bed.Account.AddCluster("web").AddService("web", "api", 1);
        using var http = new HttpClient(bed.Handler, disposeHandler: false);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 51; i++)
        {
            using var response = await http.SendAsync(EcsRequest("UpdateService", $$"""{"cluster":"web","service":"api","desiredCount":{{(i == 50 ? 7 : 2)}}}"""));
            statuses.Add(response.StatusCode);
            if (i == 50)
            {
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                Assert.Equal("ThrottlingException", body.RootElement.GetProperty("__type").GetString());
            }
        }

        Assert.Equal(50, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.BadRequest, statuses[^1]);
        Assert.Equal(2, bed.Account.Service("api").DesiredCount);
        Assert.Equal(1, bed.Handler.Throttled);
    }

    [Fact]
    public async Task SendAsync_SixtyUpdatesThroughTheRealTransport_ClientPacesToTheBucketAndNoneIsThrottled()
    {
        var bed = new Testbed();
        bed.Account.AddCluster("web");
        for (var i = 0; i < 60; i++)
        {
            bed.Account.AddService("web", $"svc-{i:D2}", 1);
        }

        for (var i = 0; i < 60; i++)
        {
            await bed.SetDesiredAsync("web", $"svc-{i:D2}", 0);
        }

        Assert.All(bed.Account.Services, s => Assert.Equal(0, s.DesiredCount));
        Assert.Equal(0, bed.Handler.Throttled);
        Assert.True(bed.Clock.GetUtcNow() >= new DateTimeOffset(2026, 3, 2, 0, 0, 1, TimeSpan.Zero), "the client waited for the service-modify bucket to refill");
    }

    [Fact]
    public async Task SendAsync_SignedForAnotherRegion_IsRejectedWithoutEffect()
    {
        var bed = new Testbed();
        bed.Account.AddCluster("web").AddService("web", "api", 1);
        using var http = new HttpClient(bed.Handler, disposeHandler: false);
        var request = EcsRequest("UpdateService", """{"cluster":"web","service":"api","desiredCount":0}""", region: "eu-west-1");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(1, bed.Account.Service("api").DesiredCount);
    }

    [Fact]
    public async Task UpdateService_Denied_AnswersAccessDeniedNamingTheService()
    {
        var bed = new Testbed();
        bed.Account.AddCluster("web").AddService("web", "api", 1);
        bed.Handler.DenyUpdateService("api");

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => bed.SetDesiredAsync("web", "api", 0));

        Assert.Equal("AccessDeniedException", error.ErrorCode);
        Assert.Contains("service/web/api", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_StsToOneAccount_RefusedPointingAtTheSimulatedOrganization()
    {
        var bed = new Testbed();
        using var http = new HttpClient(bed.Handler, disposeHandler: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://sts.us-west-2.amazonaws.com/")
        {
            Content = new StringContent("Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2Fx&RoleSessionName=costops", Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20260302/us-west-2/sts/aws4_request, SignedHeaders=host, Signature=0");

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<Code>InvalidAction</Code>", body, StringComparison.Ordinal);
        Assert.Contains("SimulatedOrganization", body, StringComparison.Ordinal);
        Assert.Equal(1, bed.Handler.Calls("AssumeRole"));
    }

    private static HttpRequestMessage EcsRequest(string operation, string json, string region = "us-west-2")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"https://ecs.{region}.amazonaws.com/") { Content = new StringContent(json, Encoding.UTF8) };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", $"AmazonEC2ContainerServiceV20141113.{operation}");
        request.Headers.TryAddWithoutValidation("Authorization", $"AWS4-HMAC-SHA256 Credential=AKID/20260302/{region}/ecs/aws4_request, SignedHeaders=host, Signature=0");
        return request;
    }
}
