using System.Text.Json.Serialization;
using CostOps.Hosting.Configuration;

namespace CostOps.Hosting.Tests.Configuration;

public sealed class EnvironmentReaderTests
{
    private static EnvironmentReader Reader(params (string Name, string? Value)[] variables) =>
        new(variables.ToDictionary(v => v.Name, v => v.Value));

    [Fact]
    public void RequiredString_Set_ReturnsTrimmedValue()
    {
        var reader = Reader(("COSTOPS_TABLE", " costops-state "));

        Assert.Equal("costops-state", reader.RequiredString("COSTOPS_TABLE", "the DynamoDB table name"));
        Assert.Empty(reader.Problems);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void RequiredString_NotSet_ReportsNotSet(string? value)
    {
        var reader = Reader(("COSTOPS_TABLE", value));

        reader.RequiredString("COSTOPS_TABLE", "the DynamoDB table name");

        var problem = Assert.Single(reader.Problems);
        Assert.Equal("COSTOPS_TABLE is not set: expected the DynamoDB table name", problem.ToString());
    }

    [Fact]
    public void OptionalString_Missing_ReturnsFallbackOrNull()
    {
        var reader = Reader();

        Assert.Equal("fallback", reader.OptionalString("X", "fallback"));
        Assert.Null(reader.OptionalString("X"));
        Assert.Empty(reader.Problems);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("29")]
    [InlineData("841")]
    [InlineData("1.5")]
    public void Int_BadValue_ReportsNameValueAndRangeAndReturnsFallback(string value)
    {
        var reader = Reader(("COSTOPS_TIME_BUDGET_SECONDS", value));

        var result = reader.Int("COSTOPS_TIME_BUDGET_SECONDS", 600, 30, 840);

        Assert.Equal(600, result);
        Assert.Equal($"COSTOPS_TIME_BUDGET_SECONDS='{value}': expected a whole number from 30 to 840", Assert.Single(reader.Problems).ToString());
    }

    [Theory]
    [InlineData("30", 30)]
    [InlineData("840", 840)]
    [InlineData("-5", -5)]
    public void Int_InRange_ReturnsValue(string value, int expected)
    {
        var reader = Reader(("N", value));

        Assert.Equal(expected, reader.Int("N", 0, -10, 840));
        Assert.Empty(reader.Problems);
    }

    [Fact]
    public void Int_Missing_ReturnsFallbackWithoutProblem()
    {
        Assert.Equal(7, Reader().Int("N", 7, 1, 10));
    }

    [Fact]
    public void RequiredInt_Missing_ReportsNotSet()
    {
        var reader = Reader();

        reader.RequiredInt("N", 1, 10);

        Assert.Equal("N is not set: expected a whole number from 1 to 10", Assert.Single(reader.Problems).ToString());
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("FALSE", false)]
    [InlineData("True", true)]
    public void Bool_Valid_ReturnsValue(string value, bool expected)
    {
        var reader = Reader(("COSTOPS_DRY_RUN", value));

        Assert.Equal(expected, reader.Bool("COSTOPS_DRY_RUN", !expected));
        Assert.Empty(reader.Problems);
    }

    [Fact]
    public void Bool_Invalid_ReportsExpectedTrueOrFalse()
    {
        var reader = Reader(("COSTOPS_DRY_RUN", "yes"));

        Assert.False(reader.Bool("COSTOPS_DRY_RUN", false));
        Assert.Equal("COSTOPS_DRY_RUN='yes': expected true or false", Assert.Single(reader.Problems).ToString());
    }

    [Fact]
    public void Minutes_Valid_ReturnsTimeSpan()
    {
        var reader = Reader(("GRACE", "15"));

        Assert.Equal(TimeSpan.FromMinutes(15), reader.Minutes("GRACE", 5, 0, 120));
    }

    [Fact]
    public void Minutes_OutOfRange_ReportsMinutes()
    {
        var reader = Reader(("GRACE", "500"));

        Assert.Equal(TimeSpan.FromMinutes(5), reader.Minutes("GRACE", 5, 0, 120));
        Assert.Equal("GRACE='500': expected a whole number of minutes from 0 to 120", Assert.Single(reader.Problems).ToString());
    }

    [Fact]
    public void Seconds_Valid_ReturnsTimeSpan()
    {
        Assert.Equal(TimeSpan.FromSeconds(45), Reader(("S", "45")).Seconds("S", 10, 1, 60));
    }

    [Theory]
    [InlineData("tick", SampleMode.Tick)]
    [InlineData("BOUNDARY", SampleMode.Boundary)]
    public void Enum_NameAnyCase_ReturnsValue(string value, SampleMode expected)
    {
        var reader = Reader(("MODE", value));

        Assert.Equal(expected, reader.Enum("MODE", SampleMode.Off));
        Assert.Empty(reader.Problems);
    }

    [Theory]
    [InlineData("hourly")]
    [InlineData("1")]
    public void Enum_Unknown_ListsTheNames(string value)
    {
        var reader = Reader(("MODE", value));

        Assert.Equal(SampleMode.Off, reader.Enum("MODE", SampleMode.Off));
        Assert.Equal($"MODE='{value}': expected one of off, tick, boundary", Assert.Single(reader.Problems).ToString());
    }

    [Fact]
    public void Json_Valid_DeserializesWithSourceGeneratedMetadata()
    {
        var reader = Reader(("CLUSTERS", "[\"a\",\"b\"]"));

        var clusters = reader.Json("CLUSTERS", SampleJsonContext.Default.StringArray, "a JSON array of cluster names");

        Assert.Equal(["a", "b"], clusters!);
    }

    [Fact]
    public void Json_Invalid_ReportsValueAndShape()
    {
        var reader = Reader(("CLUSTERS", "a,b"));

        var clusters = reader.Json("CLUSTERS", SampleJsonContext.Default.StringArray, "a JSON array of cluster names", []);

        Assert.Empty(clusters!);
        var problem = Assert.Single(reader.Problems);
        Assert.Equal("CLUSTERS", problem.Name);
        Assert.Equal("a,b", problem.Value);
        Assert.Equal("a JSON array of cluster names", problem.Expected);
        Assert.StartsWith("$: not valid JSON: ", problem.Problem, StringComparison.Ordinal);
        Assert.StartsWith("CLUSTERS='a,b': $: not valid JSON: ", problem.ToString(), StringComparison.Ordinal);
        Assert.EndsWith(". CLUSTERS expects a JSON array of cluster names", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_WrongType_SaysSoWithoutDotNetTypeNames()
    {
        var reader = Reader(("CLUSTERS", "[1]"));

        reader.Json("CLUSTERS", SampleJsonContext.Default.StringArray, "a JSON array of cluster names", []);

        var text = Assert.Single(reader.Problems).ToString();
        Assert.StartsWith("CLUSTERS='[1]': $[0]: a value of the wrong type", text, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_VeryLongValue_QuotesItCutShortWithItsLength()
    {
        var reader = Reader();

        reader.Report("X", new string('v', 5000), "something shorter");

        Assert.Equal($"X='{new string('v', 100)}… (5000 characters in all)': expected something shorter", Assert.Single(reader.Problems).ToString());
    }

    [Fact]
    public void ThrowIfInvalid_SeveralProblems_ListsEveryOneInOneException()
    {
        var reader = Reader(("A", "abc"), ("B", "maybe"));
        reader.Int("A", 1, 1, 5);
        reader.Bool("B", false);
        reader.RequiredString("C", "a bucket name");

        var ex = Assert.Throws<ConfigurationException>(reader.ThrowIfInvalid);

        Assert.Equal(3, ex.Problems.Count);
        Assert.Contains("A='abc': expected a whole number from 1 to 5", ex.Message, StringComparison.Ordinal);
        Assert.Contains("B='maybe': expected true or false", ex.Message, StringComparison.Ordinal);
        Assert.Contains("C is not set: expected a bucket name", ex.Message, StringComparison.Ordinal);
        Assert.Contains("3 environment variables", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThrowIfInvalid_NoProblems_DoesNotThrow()
    {
        var reader = Reader(("A", "2"));
        reader.Int("A", 1, 1, 5);

        reader.ThrowIfInvalid();

        Assert.Empty(reader.Problems);
    }

    public enum SampleMode
    {
        Off,
        Tick,
        Boundary,
    }
}

[JsonSerializable(typeof(string[]))]
internal sealed partial class SampleJsonContext : JsonSerializerContext;
