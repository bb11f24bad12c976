using System.Text;
using CostOps.Aws.Lambda;
using CostOps.Cli.SelfCheck;

namespace CostOps.Cli.Tests.SelfCheck;

public sealed class FunctionFailureTests
{
    [Theory]
    [InlineData("costops-scheduler", "/aws/lambda/costops-scheduler")]
    [InlineData("arn:aws:lambda:eu-west-1:123456789012:function:costops-scheduler", "/aws/lambda/costops-scheduler")]
    [InlineData("arn:aws:lambda:eu-west-1:123456789012:function:costops-scheduler:live", "/aws/lambda/costops-scheduler")]
    public void LogGroup_NameOrArn_IsTheFunctionsGroup(string function, string group)
    {
        Assert.Equal(group, FunctionFailure.LogGroup(function));
    }

    [Theory]
    [InlineData("""{"errorType":"TimeoutError","errorMessage":"Task timed out after 660.00 seconds"}""", "TimeoutError: Task timed out after 660.00 seconds")]
    [InlineData("""{"errorMessage":"boom"}""", "boom")]
    [InlineData("not json", "not json")]
    [InlineData("", "Unhandled error with no message")]
    public void Error_Payload_GivesTheMessage(string payload, string expected)
    {
        Assert.Equal(expected, FunctionFailure.Error(new InvokeResponse { StatusCode = 200, FunctionError = "Unhandled", Payload = Encoding.UTF8.GetBytes(payload) }));
    }
}
