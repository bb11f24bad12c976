using CostOps.Hosting;
using CsCheck;

namespace CostOps.Functions.Tests;

/// <summary>
/// Whatever a function's environment variables hold, cold start never throws: the function composes, or every
/// problem names a variable that is set wrongly (or not set), quotes its value and says what is expected.
/// </summary>
public sealed class ConfigurationPropertyTests
{
    private static readonly string[] HostVariables = ["COSTOPS_FUNCTION_TIMEOUT_SECONDS", "COSTOPS_DEADLINE_MARGIN_SECONDS"];

    private static readonly Dictionary<string, string[]> Variables = new(StringComparer.Ordinal)
    {
        ["scheduler"] =
        [
            .. HostVariables, "COSTOPS_TABLE", "COSTOPS_CLUSTERS", "COSTOPS_CLUSTER_TAG", "COSTOPS_SCHEDULES", "COSTOPS_DRY_RUN",
            "COSTOPS_RESTOP_DRIFT", "COSTOPS_TIME_BUDGET_SECONDS", "COSTOPS_MAX_CONCURRENCY", "COSTOPS_STATUS_TAG", "AWS_LAMBDA_FUNCTION_NAME",
            "COSTOPS_BOUNDARY_SCHEDULE_GROUP", "COSTOPS_BOUNDARY_ROLE_ARN", "COSTOPS_FUNCTION_ARN", "COSTOPS_TARGETS",
        ],
        ["cost-report"] =
        [
            .. HostVariables, "COSTOPS_TABLE", "COSTOPS_TOPIC_ARN", "COSTOPS_ACCOUNT_ID", "COSTOPS_REPORT_BUCKET", "COSTOPS_REPORT_PREFIX",
            "COSTOPS_REPORT_TIMEZONE", "COSTOPS_REPORT_METRIC", "COSTOPS_COST_ALLOCATION_TAG", "COSTOPS_CLUSTERS", "COSTOPS_CLUSTER_TAG",
            "COSTOPS_ANOMALY_MONITOR_ARN", "COSTOPS_ANOMALY_MIN_IMPACT_USD", "COSTOPS_RIGHTSIZING_HEADROOM",
        ],
        ["budget-alerts"] =
        [
            .. HostVariables, "COSTOPS_TABLE", "COSTOPS_TOPIC_ARN", "COSTOPS_ACCOUNT_ID", "COSTOPS_BUDGET_THRESHOLDS", "COSTOPS_BUDGET_NAMES",
            "COSTOPS_BUDGET_TOP_SERVICES", "COSTOPS_ANOMALY_MONITOR_ARN", "COSTOPS_ANOMALY_MIN_IMPACT_USD",
            "COSTOPS_CLUSTERS", "COSTOPS_CLUSTER_TAG",
        ],
        ["spot-manager"] =
        [
            .. HostVariables, "COSTOPS_TABLE", "COSTOPS_CLUSTERS", "COSTOPS_CLUSTER_TAG", "COSTOPS_SPOT_DEFAULT_CLUSTERS", "COSTOPS_SPOT_BASE",
            "COSTOPS_SPOT_WEIGHTS", "COSTOPS_SPOT_INTERRUPTIONS", "COSTOPS_SPOT_COOLDOWN_MINUTES", "COSTOPS_SPOT_MAX_COOLDOWN_MINUTES",
        ],
    };

    /// <summary>Anything, plus values near the valid ones: numbers at the edges, names with one wrong character, JSON of the wrong shape.</summary>
    private static readonly Gen<string?> Value = Gen.Frequency(
        (4, Gen.String.Select(s => (string?)s)),
        (1, Gen.Const((string?)null)),
        (3, Gen.OneOf<string?>(
            "0", "1", "9", "10", "30", "60", "120", "121", "600", "840", "900", "901", "-1", "2147483648", "true", "False", "yes", " ",
            "dev", "dev,staging", "dev,,staging", ",", "bad name", "arn:aws:ecs:eu-west-1:123456789012:cluster/dev", "arn:aws:ecs:eu-west-1:1:cluster/dev",
            "costops:managed", "costops:managed=true", "=", "=x", "k=", "aws:status", "costops-state", "ab", "UTC", "Europe/Berlin", "Mars/Olympus_Mons",
            "UnblendedCost", "Dollars", "Environment", "arn:aws:sns:us-east-1:123456789012:costops", "arn:aws:sqs:us-east-1:123456789012:q",
            "123456789012", "12345678901x", "costops-reports", "Bad_Bucket", "25,40,60,100%:forecast", "25,x", "[{\"amount\":40}]",
            "[{\"amount\":\"40\"}]", "[{\"percent\":1e400}]", "{\"schedules\":{}}", "{\"schedules\": {\"x\": ", "[]", "null",
            "{\"default\":\"a\",\"schedules\":{\"a\":{\"timezone\":\"UTC\",\"periods\":[\"daily 08:00-20:00\"]}}}",
            "{\"schedules\":{\"a\":{\"timezone\":\"UTC\",\"periods\":[\"daily 08:00-20:00\"],\"startLeadMinutes\":1e400}}}",
            "{\"role\":\"costops-member\",\"regions\":[\"eu-west-1\"],\"targets\":[{\"accounts\":[\"111111111111\"],\"clusters\":[\"app\"]}]}",
            "{\"role\":\"r\",\"regions\":[\"eu-west-1\"],\"targets\":[{\"organizationalUnits\":[\"ou-ab12-cdef3456\"],\"clusterTag\":\"costops=on\"}]}",
            "{\"role\":\"r\",\"targets\":[{\"accounts\":[\"1\"],\"clusters\":[]}]}")));

    private static void AssertColdStartFailsSafe(string function, (int Variable, string? Value)[] changes)
    {
        var environment = Compositions.ValidEnvironment(function);
        var names = Variables[function];
        var changed = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (index, value) in changes)
        {
            var name = names[index % names.Length];
            environment[name] = value;
            changed[name] = value;
        }

        var (handler, problems) = Compositions.Compose(function, environment);

        if (problems.Count == 0)
        {
            Assert.IsNotType<UncomposedHandler>(handler);
            return;
        }

        Assert.True(handler is UncomposedHandler, "a function with configuration problems must not run");
        foreach (var problem in problems)
        {
            Assert.Contains(problem.Name, names);
            var message = problem.ToString();
            Assert.StartsWith(problem.Name, message, StringComparison.Ordinal);
            Assert.Contains(problem.Value is null ? " is not set" : $"='{CostOps.Hosting.Configuration.ConfigurationProblem.Quote(problem.Value)}'", message, StringComparison.Ordinal);
            Assert.Contains("expect", message, StringComparison.Ordinal);
            ConfigurationMessageTests.AssertNoDotNetNames(problem.Expected); // the rest quotes what the user wrote, which may look like anything
            if (problem.Value is not null && changed.TryGetValue(problem.Name, out var set))
            {
                Assert.Equal(set?.Trim(), problem.Value);
            }
        }
    }

    private static Gen<(int, string?)[]> Changes => Gen.Select(Gen.Int[0, 100], Value).Array[1, 3];

    [Theory]
    [InlineData("scheduler")]
    [InlineData("cost-report")]
    [InlineData("budget-alerts")]
    [InlineData("spot-manager")]
    public void Compose_AnyValuesInItsVariables_ComposesOrReportsEachProblemInTheUsersTerms(string function) =>
        Changes.Sample(changes => AssertColdStartFailsSafe(function, changes), iter: 1_500);
}
