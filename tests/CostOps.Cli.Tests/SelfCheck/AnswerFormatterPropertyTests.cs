using System.Text;
using System.Text.Json;
using CostOps.Aws.Lambda;
using CostOps.Cli.SelfCheck;
using CsCheck;

namespace CostOps.Cli.Tests.SelfCheck;

/// <summary>Whatever a deployed function answers (another version, a bug), the self-check prints something and never throws.</summary>
public sealed class AnswerFormatterPropertyTests
{
    private static readonly string[] Keys =
    [
        "services", "dryRun", "stopped", "nextBoundary", "nextX", "runError", "action", "clusterName", "serviceName", "reason", "error",
        "preview", "week", "subject", "text", "costExplorerRequests", "costExplorerCostUsd", "costExplorerProblem", "errorType", "errorMessage",
    ];

    private static readonly string[] Scalars = ["1", "-2.5", "1e400", "\"x\"", "\"\"", "true", "false", "null", "[]", "{}"];

    private static readonly Gen<string> Value = Gen.Recursive<string>((depth, self) => depth >= 3
        ? Gen.OneOf(Scalars)
        : Gen.Frequency(
            (3, Gen.OneOf(Scalars)),
            (1, self.Array[0, 3].Select(items => "[" + string.Join(",", items) + "]")),
            (2, Gen.Select(Gen.OneOf(Keys), self).Array[0, 5].Select(Object))));

    [Fact]
    public void Formatters_AnyJsonAnswer_NeverThrow() =>
        Value.Sample(json =>
        {
            using var document = JsonDocument.Parse(json);
            Assert.NotEmpty(SchedulerSummaryFormatter.Format(document.RootElement));
            Assert.NotEmpty(ReportPreviewFormatter.Format(document.RootElement).Lines);
            Assert.NotEmpty(FunctionFailure.Describe("x", "f", new InvokeResponse { StatusCode = 200, FunctionError = "Unhandled", Payload = Encoding.UTF8.GetBytes(json) }));
        }, iter: 5_000);

    private static string Object((string Key, string Value)[] members) =>
        "{" + string.Join(",", members.DistinctBy(m => m.Key).Select(m => $"\"{m.Key}\":{m.Value}")) + "}";
}
