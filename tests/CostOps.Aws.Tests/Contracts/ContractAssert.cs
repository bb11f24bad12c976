using System.Text.Json;
using CostOps.Aws.Http;
using CostOps.Aws.Tests.Fakes;

namespace CostOps.Aws.Tests.Contracts;

internal static class ContractAssert
{
    public static string Fixture(string relativePath)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", relativePath);
        return File.Exists(path) ? File.ReadAllText(path) : throw new FileNotFoundException($"Fixture {relativePath} is missing from the test output ({path}).");
    }

    /// <summary>A JSON 1.x call: the operation exists as POST /, the body validates against its input shape.</summary>
    public static void JsonRequestMatchesModel(ServiceModel model, AwsService expectedService, string expectedOperation, RecordedJsonCall call)
    {
        Assert.Same(expectedService, call.Service);
        Assert.Equal(expectedOperation, call.Operation);
        Assert.True(model.TryGetOperation(call.Operation, out var operation), $"{call.Operation} is not an operation of {model.Path}");
        Assert.Equal("POST", operation.GetProperty("http").GetProperty("method").GetString());
        Assert.Equal("/", operation.GetProperty("http").GetProperty("requestUri").GetString());
        NoErrors(new ShapeValidator(model).Validate(model.InputShapeName(call.Operation), call.Request), $"{call.Operation} request {call.RequestJson}");
    }

    public static void OutputMatchesModel(ServiceModel model, string operation, string json)
    {
        using var document = JsonDocument.Parse(json);
        NoErrors(new ShapeValidator(model).Validate(model.OutputShapeName(operation), document.RootElement), $"{operation} response fixture");
    }

    public static void NoErrors(IReadOnlyList<string> errors, string what) =>
        Assert.True(errors.Count == 0, $"{what} does not match the official model:\n  {string.Join("\n  ", errors)}");
}
