using System.Text;
using CostOps.Aws.Http;
using CostOps.Aws.Lambda;
using CostOps.Aws.Tests.Fakes;

namespace CostOps.Aws.Tests.Contracts;

public sealed class LambdaContractTests
{
    private readonly ServiceModel _model = BotocoreModels.Load("Lambda");

    [Fact]
    public async Task Invoke_Request_MatchesHttpBindingOfInvokeOperation()
    {
        var transport = new RecordingAwsTransport();

        await new LambdaClient(transport).InvokeAsync(new() { FunctionName = "costops-report", Payload = Encoding.UTF8.GetBytes("""{"week":"2026-W09"}""") }, default);

        var call = Assert.Single(transport.RestCalls);
        var http = _model.Operation("Invoke").GetProperty("http");
        Assert.Same(AwsServices.Lambda, call.Service);
        Assert.Equal(http.GetProperty("method").GetString(), call.Method.Method);
        Assert.Equal("/2015-03-31/functions/{FunctionName}/invocations", http.GetProperty("requestUri").GetString());
        Assert.Equal(http.GetProperty("requestUri").GetString()!.Replace("{FunctionName}", "costops-report", StringComparison.Ordinal), call.PathAndQuery);
        Assert.StartsWith($"/{_model.MetadataString("apiVersion")}/", call.PathAndQuery, StringComparison.Ordinal);

        var members = _model.Shape(_model.InputShapeName("Invoke")).GetProperty("members");
        Assert.Equal("uri", members.GetProperty("FunctionName").GetProperty("location").GetString());
        var invocationType = members.GetProperty("InvocationType");
        Assert.Equal("header", invocationType.GetProperty("location").GetString());
        var (header, value) = Assert.Single(call.Headers);
        Assert.Equal(invocationType.GetProperty("locationName").GetString(), header);
        Assert.Contains(value, _model.Shape(invocationType.GetProperty("shape").GetString()!).GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Event", value);
        Assert.Equal("blob", _model.Shape(members.GetProperty("Payload").GetProperty("shape").GetString()!).GetProperty("type").GetString());
        Assert.Equal("""{"week":"2026-W09"}""", Encoding.UTF8.GetString(call.Body));
    }

    [Fact]
    public async Task InvokeAndWait_Request_MatchesHttpBindingAndHeaderEnums()
    {
        var transport = new RecordingAwsTransport { RestResponse = new(200, new Dictionary<string, string>(), "{}"u8.ToArray()) };

        await new LambdaClient(transport).InvokeAndWaitAsync(new() { FunctionName = "costops-scheduler", Payload = """{"command":"run","dryRun":true}"""u8.ToArray(), TailLog = true }, default);

        var call = Assert.Single(transport.RestCalls);
        var http = _model.Operation("Invoke").GetProperty("http");
        Assert.Equal(http.GetProperty("method").GetString(), call.Method.Method);
        Assert.Equal(http.GetProperty("requestUri").GetString()!.Replace("{FunctionName}", "costops-scheduler", StringComparison.Ordinal), call.PathAndQuery);
        var members = _model.Shape(_model.InputShapeName("Invoke")).GetProperty("members");
        foreach (var (member, expected) in new[] { ("InvocationType", "RequestResponse"), ("LogType", "Tail") })
        {
            var binding = members.GetProperty(member);
            Assert.Equal("header", binding.GetProperty("location").GetString());
            var value = Assert.Single(call.Headers, h => h.Key == binding.GetProperty("locationName").GetString()).Value;
            Assert.Equal(expected, value);
            Assert.Contains(value, _model.Shape(binding.GetProperty("shape").GetString()!).GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        }
    }

    [Fact]
    public void InvokeAndWait_ResponseHeadersRead_AreTheOutputShapesHeaderBindings()
    {
        var members = _model.Shape(_model.OutputShapeName("Invoke")).GetProperty("members");

        foreach (var (member, header) in new[] { ("FunctionError", "x-amz-function-error"), ("LogResult", "x-amz-log-result"), ("ExecutedVersion", "x-amz-executed-version") })
        {
            var binding = members.GetProperty(member);
            Assert.Equal("header", binding.GetProperty("location").GetString());
            Assert.Equal(header, binding.GetProperty("locationName").GetString()!.ToLowerInvariant());
        }

        Assert.True(members.GetProperty("Payload").TryGetProperty("shape", out _));
        Assert.Equal("statusCode", members.GetProperty("StatusCode").GetProperty("location").GetString());
    }
}
