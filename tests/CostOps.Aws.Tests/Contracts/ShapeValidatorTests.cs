using System.Text.Json;

namespace CostOps.Aws.Tests.Contracts;

public sealed class ShapeValidatorTests
{
    private readonly ShapeValidator _ecs = new(BotocoreModels.Load("Ecs"));
    private readonly ShapeValidator _ce = new(BotocoreModels.Load("CostExplorer"));

    [Fact]
    public void Validate_ValidUpdateService_ReportsNothing()
    {
        Assert.Empty(Errors(_ecs, "UpdateServiceRequest", """{"cluster":"prod","service":"web","desiredCount":0,"forceNewDeployment":true}"""));
    }

    [Fact]
    public void Validate_MisspelledMember_ReportsUnknownMember()
    {
        var errors = Errors(_ecs, "UpdateServiceRequest", """{"service":"web","desiredcount":0}""");

        Assert.Contains(errors, e => e.Contains("unknown member 'desiredcount'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MissingRequiredMember_ReportsIt()
    {
        var errors = Errors(_ecs, "DescribeServicesRequest", """{"cluster":"prod","include":["TAGS"]}""");

        Assert.Contains(errors, e => e.Contains("required member 'services'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RequiredMemberBoundToTheUri_IsNotExpectedInTheBody()
    {
        var scheduler = new ShapeValidator(BotocoreModels.Load("Scheduler"));

        var errors = Errors(scheduler, "UpdateScheduleInput", """{"ScheduleExpression":"at(2026-03-02T18:00:00)","FlexibleTimeWindow":{"Mode":"OFF"},"Target":{"Arn":"a","RoleArn":"arn:aws:iam::123456789012:role/r"}}""");

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_NullRequiredMember_ReportsItMissing()
    {
        var errors = Errors(_ecs, "UpdateServiceRequest", """{"service":null}""");

        Assert.Contains(errors, e => e.Contains("required member 'service'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BadEnumValueInList_ReportsEnumAndIndex()
    {
        var errors = Errors(_ecs, "DescribeServicesRequest", """{"services":["web"],"include":["TAG"]}""");

        var error = Assert.Single(errors);
        Assert.StartsWith("$.include[0]:", error, StringComparison.Ordinal);
        Assert.Contains("'TAG' is not a value of enum ServiceField", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"service":"web","desiredCount":"3"}""", "$.desiredCount")]
    [InlineData("""{"service":"web","desiredCount":1.5}""", "$.desiredCount")]
    [InlineData("""{"service":"web","desiredCount":3000000000}""", "$.desiredCount")]
    [InlineData("""{"service":"web","forceNewDeployment":"true"}""", "$.forceNewDeployment")]
    [InlineData("""{"service":"web","capacityProviderStrategy":{"capacityProvider":"FARGATE"}}""", "$.capacityProviderStrategy")]
    [InlineData("""{"service":["web"]}""", "$.service")]
    public void Validate_WrongJsonType_ReportsPath(string json, string path)
    {
        var errors = Errors(_ecs, "UpdateServiceRequest", json);

        Assert.Contains(errors, e => e.StartsWith(path + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ListElementMissingRequiredAndOutOfRange_ReportsBoth()
    {
        var errors = Errors(_ecs, "UpdateServiceRequest", """{"service":"web","capacityProviderStrategy":[{"weight":1},{"capacityProvider":"FARGATE","weight":1001}]}""");

        Assert.Contains(errors, e => e.StartsWith("$.capacityProviderStrategy[0]: required member 'capacityProvider'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.capacityProviderStrategy[1].weight: 1001", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_TimestampAsIsoString_ReportsEpochSecondsExpected()
    {
        var errors = Errors(_ecs, "ServiceEvent", """{"id":"1","createdAt":"2016-08-29T16:25:52.130Z","message":"m"}""");

        Assert.Contains(errors, e => e.StartsWith("$.createdAt:", StringComparison.Ordinal) && e.Contains("epoch seconds", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MapValueOfWrongShape_ReportsMapEntry()
    {
        var errors = Errors(_ce, "ResultByTime", """{"Total":{"UnblendedCost":{"Amount":12.5,"Unit":"USD"}},"Estimated":false}""");

        Assert.Contains(errors, e => e.StartsWith("$.Total[\"UnblendedCost\"].Amount:", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_TagKeyWithComma_ReportsPattern()
    {
        var errors = Errors(_ecs, "Tag", """{"key":"a,b","value":"x"}""");

        Assert.Contains(errors, e => e.StartsWith("$.key:", StringComparison.Ordinal) && e.Contains("pattern", StringComparison.Ordinal));
    }

    private static IReadOnlyList<string> Errors(ShapeValidator validator, string shape, string json) => validator.Validate(shape, JsonElement.Parse(json));
}
