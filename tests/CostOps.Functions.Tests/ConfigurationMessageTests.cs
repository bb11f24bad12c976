using System.Text.RegularExpressions;
using CostOps.Hosting.Configuration;

namespace CostOps.Functions.Tests;

/// <summary>
/// Every configuration message names the variable, quotes the value as set (or says it is not set) and says what is
/// expected in the README's terms: no .NET type, member or parameter names.
/// </summary>
public sealed partial class ConfigurationMessageTests
{
    private const string Unset = "(unset)";

    public static TheoryData<string, string, string> BadValues => new()
    {
        { "scheduler", "COSTOPS_FUNCTION_TIMEOUT_SECONDS", Unset },
        { "scheduler", "COSTOPS_FUNCTION_TIMEOUT_SECONDS", "15 minutes" },
        { "spot-manager", "COSTOPS_FUNCTION_TIMEOUT_SECONDS", "5" },
        { "spot-manager", "COSTOPS_DEADLINE_MARGIN_SECONDS", "0" },
        { "cost-report", "COSTOPS_DEADLINE_MARGIN_SECONDS", "ten" },
        { "scheduler", "COSTOPS_TABLE", Unset },
        { "scheduler", "COSTOPS_TABLE", "a" },
        { "scheduler", "COSTOPS_CLUSTERS", Unset },
        { "scheduler", "COSTOPS_CLUSTERS", "dev,bad name!" },
        { "scheduler", "COSTOPS_CLUSTERS", ",,," },
        { "scheduler", "COSTOPS_SCHEDULES", """{"schedules": {"x": """ },
        { "scheduler", "COSTOPS_SCHEDULES", """{"schedules":{"s":{"timezone":"Mars/Olympus_Mons","periods":["mon-fri 08:00-20:00"]}}}""" },
        { "scheduler", "COSTOPS_SCHEDULES", """{"schedules":{"s":{"timezone":"UTC","periods":["mon-fri 08:00-20:00"],"startLeadMinutes":"10"}}}""" },
        { "scheduler", "COSTOPS_SCHEDULES", """{"schedules":{"s":{"timezone":"UTC","periods":["mon-fri 08:00-20:00"],"skipdates":[]}}}""" },
        { "scheduler", "COSTOPS_SCHEDULES", "[]" },
        { "scheduler", "COSTOPS_DRY_RUN", "yes" },
        { "scheduler", "COSTOPS_RESTOP_DRIFT", "maybe" },
        { "scheduler", "COSTOPS_TIME_BUDGET_SECONDS", "10" },
        { "scheduler", "COSTOPS_TIME_BUDGET_SECONDS", "10m" },
        { "scheduler", "COSTOPS_MAX_CONCURRENCY", "0" },
        { "scheduler", "COSTOPS_STATUS_TAG", "aws:status" },
        { "scheduler", "AWS_LAMBDA_FUNCTION_NAME", Unset },
        { "cost-report", "COSTOPS_TOPIC_ARN", Unset },
        { "cost-report", "COSTOPS_TOPIC_ARN", "costops-topic" },
        { "cost-report", "COSTOPS_ACCOUNT_ID", "12345" },
        { "cost-report", "COSTOPS_REPORT_BUCKET", Unset },
        { "cost-report", "COSTOPS_REPORT_BUCKET", "My_Reports" },
        { "cost-report", "COSTOPS_REPORT_TIMEZONE", "Mars/Olympus_Mons" },
        { "cost-report", "COSTOPS_REPORT_METRIC", "Dollars" },
        { "cost-report", "COSTOPS_COST_ALLOCATION_TAG", new string('t', 129) },
        { "cost-report", "COSTOPS_RIGHTSIZING_HEADROOM", "1.5" },
        { "cost-report", "COSTOPS_RIGHTSIZING_HEADROOM", "seventy" },
        { "cost-report", "COSTOPS_ANOMALY_MIN_IMPACT_USD", "-1" },
        { "cost-report", "COSTOPS_ANOMALY_MONITOR_ARN", "my-monitor" },
        { "cost-report", "COSTOPS_CLUSTERS", "bad cluster!" },
        { "budget-alerts", "COSTOPS_TABLE", Unset },
        { "budget-alerts", "COSTOPS_BUDGET_THRESHOLDS", "25,x" },
        { "budget-alerts", "COSTOPS_BUDGET_THRESHOLDS", """[{"amount":"25"}]""" },
        { "budget-alerts", "COSTOPS_BUDGET_THRESHOLDS", """[{"amount":25,"extra":1}]""" },
        { "budget-alerts", "COSTOPS_BUDGET_TOP_SERVICES", "0" },
        { "budget-alerts", "COSTOPS_BUDGET_TOP_SERVICES", "five" },
        { "budget-alerts", "COSTOPS_ANOMALY_MIN_IMPACT_USD", "ten" },
        { "budget-alerts", "COSTOPS_CLUSTER_TAG", "aws:bad tag!" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Compose_BadVariable_MessageNamesItQuotesTheValueAndSaysWhatIsExpected(string function, string variable, string value)
    {
        var environment = Compositions.ValidEnvironment(function);
        environment[variable] = value == Unset ? null : value;

        var (handler, problems) = Compositions.Compose(function, environment);

        if (function != "spot-manager")
        {
            Assert.IsType<CostOps.Hosting.UncomposedHandler>(handler);
        }

        var problem = Assert.Single(problems, p => p.Name == variable);
        var message = problem.ToString();
        Assert.StartsWith(value == Unset ? $"{variable} is not set" : $"{variable}='{ConfigurationProblem.Quote(value.Trim())}'", message, StringComparison.Ordinal);
        Assert.Contains(problem.Problem is null ? ": expected " : $". {variable} expects ", message, StringComparison.Ordinal);
        AssertNoDotNetNames(message);
    }

    [Theory]
    [InlineData("=managed", "the tag key before '=' is empty")]
    [InlineData("costops;managed", "the tag key is too long or has characters a tag key cannot have")]
    [InlineData("costops:managed=yes;no", "the tag value is too long or has characters a tag value cannot have")]
    public void Compose_BadClusterTag_NamesTheVariableAndWhatIsWrong(string tag, string problem)
    {
        var environment = Compositions.ValidEnvironment("scheduler");
        environment["COSTOPS_CLUSTERS"] = null;
        environment["COSTOPS_CLUSTER_TAG"] = tag;

        var message = Assert.Single(Compositions.Compose("scheduler", environment).Problems).ToString();

        Assert.StartsWith($"COSTOPS_CLUSTER_TAG='{tag}': {problem}. COSTOPS_CLUSTER_TAG expects a tag key, or key=value", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("costops:managed", "costops:managed", null)]
    [InlineData(" costops:managed = true ", "costops:managed", "true")]
    public void Compose_ClusterTag_ManagesClustersWithThatTag(string tag, string key, string? value)
    {
        var environment = Compositions.ValidEnvironment("scheduler");
        environment["COSTOPS_CLUSTERS"] = null;
        environment["COSTOPS_CLUSTER_TAG"] = tag;
        var reader = new EnvironmentReader(environment);

        var scope = ClusterScopeSetting.Read(reader);

        Assert.Empty(reader.Problems);
        Assert.Equal((key, value), (scope!.TagKey, scope.TagValue));
    }

    [Fact]
    public void Compose_BothClusterScopes_NamesBothAndQuotesTheTag()
    {
        var environment = Compositions.ValidEnvironment("scheduler");
        environment["COSTOPS_CLUSTER_TAG"] = "costops:managed";

        var message = Assert.Single(Compositions.Compose("scheduler", environment).Problems).ToString();

        Assert.Equal("COSTOPS_CLUSTERS='dev,staging': COSTOPS_CLUSTER_TAG is set too (to 'costops:managed'). COSTOPS_CLUSTERS expects only one of COSTOPS_CLUSTERS and COSTOPS_CLUSTER_TAG: unset one", message);
    }

    [Fact]
    public void Compose_BrokenSchedulesJson_QuotesItSaysWhereAndWhatIsExpected()
    {
        var environment = Compositions.ValidEnvironment("scheduler");
        environment["COSTOPS_SCHEDULES"] = """{"schedules": {"x": """;

        var message = Assert.Single(Compositions.Compose("scheduler", environment).Problems).ToString();

        Assert.StartsWith("""COSTOPS_SCHEDULES='{"schedules": {"x":': $.schedules.x: not valid JSON: """, message, StringComparison.Ordinal);
        Assert.Contains("the text ends before every { and [ is closed (line 1, character 20)", message, StringComparison.Ordinal);
        Assert.EndsWith(". COSTOPS_SCHEDULES expects named schedules as JSON, e.g. {\"default\":\"office-hours\",\"schedules\":{\"office-hours\":{\"timezone\":\"Europe/Berlin\",\"periods\":[\"mon-fri 08:00-20:00\"]}}}", message, StringComparison.Ordinal);
        Assert.DoesNotContain("is not set", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_UnknownReportZone_QuotesItAndAsksForAnIanaName()
    {
        var environment = Compositions.ValidEnvironment("cost-report");
        environment["COSTOPS_REPORT_TIMEZONE"] = "Mars/Olympus_Mons";

        var message = Assert.Single(Compositions.Compose("cost-report", environment).Problems).ToString();

        Assert.Equal("COSTOPS_REPORT_TIMEZONE='Mars/Olympus_Mons': expected an IANA time zone name, e.g. Europe/Berlin, America/New_York or UTC", message);
    }

    [Fact]
    public void Compose_SeveralBadReportSettings_ReportsEachOne()
    {
        var environment = Compositions.ValidEnvironment("cost-report");
        environment["COSTOPS_REPORT_TIMEZONE"] = "Mars/Olympus_Mons";
        environment["COSTOPS_REPORT_METRIC"] = "Dollars";

        var problems = Compositions.Compose("cost-report", environment).Problems;

        Assert.Equal(["COSTOPS_REPORT_TIMEZONE", "COSTOPS_REPORT_METRIC"], problems.Select(p => p.Name));
    }

    [Fact]
    public void Compose_DefaultTimeBudgetTooLongForTheTimeout_SaysTheDefaultIsUsedNotThatAValueWasSet()
    {
        var environment = Compositions.ValidEnvironment("scheduler");
        environment["COSTOPS_FUNCTION_TIMEOUT_SECONDS"] = "300";

        var message = Assert.Single(Compositions.Compose("scheduler", environment).Problems).ToString();

        Assert.StartsWith("COSTOPS_TIME_BUDGET_SECONDS is not set: its default of 600 seconds is too long for this timeout. COSTOPS_TIME_BUDGET_SECONDS expects at least 60 seconds less than COSTOPS_FUNCTION_TIMEOUT_SECONDS (300)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_VeryLongValue_QuotedCutShortWithItsLength()
    {
        var environment = Compositions.ValidEnvironment("scheduler");
        environment["COSTOPS_SCHEDULES"] = "{\"schedules\":{" + string.Concat(Enumerable.Range(0, 400).Select(i => $"\"s{i}\":{{\"timezone\":\"Mars\",\"periods\":[]}},")) + "}}";

        var message = Assert.Single(Compositions.Compose("scheduler", environment).Problems).ToString();

        var firstLine = message.Split('\n')[0];
        Assert.Contains($"… ({environment["COSTOPS_SCHEDULES"]!.Length} characters in all)'", firstLine, StringComparison.Ordinal);
        Assert.True(firstLine.Length < 200, firstLine);
    }

    [Fact]
    public void Compose_ValueWithNewlines_QuotedOnOneLine()
    {
        var environment = Compositions.ValidEnvironment("scheduler");
        environment["COSTOPS_MAX_CONCURRENCY"] = "8\n9";

        var message = Assert.Single(Compositions.Compose("scheduler", environment).Problems).ToString();

        Assert.Equal("COSTOPS_MAX_CONCURRENCY='8\\n9': expected a whole number from 1 to 64", message);
    }

    internal static void AssertNoDotNetNames(string message)
    {
        Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("CostOps.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter '", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Options", message, StringComparison.Ordinal);
        Assert.DoesNotContain(".NET", message, StringComparison.Ordinal);
        Assert.DoesNotMatch(TypeDotMember(), message);
    }

    /// <summary>A PascalCase type name followed by a member, e.g. WeeklyReportOptions.TimeZone.</summary>
    [GeneratedRegex(@"\b[A-Z][a-z]+[A-Z][A-Za-z]*\.[A-Z][A-Za-z]+\b")]
    private static partial Regex TypeDotMember();
}
