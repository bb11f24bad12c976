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
}
