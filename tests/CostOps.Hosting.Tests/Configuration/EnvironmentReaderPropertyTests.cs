using CostOps.Hosting.Configuration;
using CsCheck;

namespace CostOps.Hosting.Tests.Configuration;

/// <summary>
/// Environment variables are written by people: every typed read of any value returns a value in range, or the
/// fallback and one problem that names the variable and quotes what was set. Nothing throws.
/// </summary>
public sealed class EnvironmentReaderPropertyTests
{
    private const string Name = "COSTOPS_SETTING";

    private static readonly Gen<string> Value = Gen.Frequency(
        (3, Gen.String),
        (2, Gen.Long.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (2, Gen.Int[-5, 1000].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.OneOf("true", "FALSE", "True ", "yes", "1", "0", "+5", "-0", "5.0", "1e3", "٥", "99999999999999999999", " ", "\t",
            "[\"a\"]", "[\"\\ud800\"]", "[1]", "null", "{}", "[", "Tick", "BOUNDARY", "2")));

    private static void AssertOneProblemOrNone(EnvironmentReader reader, string raw, bool valid)
    {
        if (valid)
        {
            Assert.Empty(reader.Problems);
            return;
        }

        var problem = Assert.Single(reader.Problems);
        Assert.Equal(Name, problem.Name);
        Assert.Equal(raw.Trim(), problem.Value);
        Assert.False(string.IsNullOrWhiteSpace(problem.Expected));
        Assert.Contains(Name, problem.ToString(), StringComparison.Ordinal);
    }

    private static EnvironmentReader Reader(string value) => new(new Dictionary<string, string?> { [Name] = value });

    [Fact]
    public void Int_AnyValue_InRangeOrFallbackWithProblem() => Value.Sample(value =>
    {
        var reader = Reader(value);
        var result = reader.Int(Name, 8, 1, 64);
        var blank = string.IsNullOrWhiteSpace(value);
        Assert.InRange(result, 1, 64);
        AssertOneProblemOrNone(reader, value, blank || (int.TryParse(value.Trim(), out var n) && n == result));
    }, iter: 10_000);

    [Fact]
    public void RequiredInt_AnyValue_InRangeOrProblem() => Value.Sample(value =>
    {
        var reader = Reader(value);
        var result = reader.RequiredInt(Name, 10, 900);
        Assert.InRange(result, 10, 900);
        if (string.IsNullOrWhiteSpace(value))
        {
            Assert.Null(Assert.Single(reader.Problems).Value);
        }
        else
        {
            AssertOneProblemOrNone(reader, value, int.TryParse(value.Trim(), out var n) && n == result);
        }
    }, iter: 10_000);

    [Fact]
    public void Seconds_AnyValue_InRangeOrFallbackWithProblem() => Value.Sample(value =>
    {
        var reader = Reader(value);
        var result = reader.Seconds(Name, 600, 30, 840);
        Assert.InRange(result, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(840));
        AssertOneProblemOrNone(reader, value, string.IsNullOrWhiteSpace(value) || (int.TryParse(value.Trim(), out var n) && n == result.TotalSeconds));
    }, iter: 10_000);

    [Fact]
    public void Minutes_AnyValue_InRangeOrFallbackWithProblem() => Value.Sample(value =>
    {
        var reader = Reader(value);
        var result = reader.Minutes(Name, 15, 0, 720);
        Assert.InRange(result, TimeSpan.Zero, TimeSpan.FromMinutes(720));
        AssertOneProblemOrNone(reader, value, string.IsNullOrWhiteSpace(value) || (int.TryParse(value.Trim(), out var n) && n == result.TotalMinutes));
    }, iter: 10_000);

    [Fact]
    public void Bool_AnyValue_TrueFalseOrFallbackWithProblem() => Value.Sample(value =>
    {
        var reader = Reader(value);
        var result = reader.Bool(Name, false);
        var text = value.Trim();
        var valid = string.IsNullOrWhiteSpace(value) || text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("false", StringComparison.OrdinalIgnoreCase);
        AssertOneProblemOrNone(reader, value, valid);
        Assert.Equal(valid && text.Equals("true", StringComparison.OrdinalIgnoreCase), result);
    }, iter: 10_000);

    [Fact]
    public void Enum_AnyValue_NameOrFallbackWithProblem() => Value.Sample(value =>
    {
        var reader = Reader(value);
        var result = reader.Enum(Name, EnvironmentReaderTests.SampleMode.Off);
        var valid = string.IsNullOrWhiteSpace(value) || Enum.GetNames<EnvironmentReaderTests.SampleMode>().Contains(value.Trim(), StringComparer.OrdinalIgnoreCase);
        AssertOneProblemOrNone(reader, value, valid);
        Assert.True(Enum.IsDefined(result));
    }, iter: 10_000);

    [Fact]
    public void Json_AnyValue_DocumentOrFallbackWithProblem() => Value.Sample(value =>
    {
        var reader = Reader(value);
        var result = reader.Json(Name, SampleJsonContext.Default.StringArray, "a JSON array of names", ["fallback"]);
        Assert.NotNull(result);
        if (reader.Problems.Count > 0)
        {
            AssertOneProblemOrNone(reader, value, valid: false);
            Assert.Equal(["fallback"], result);
        }
    }, iter: 10_000);
}
