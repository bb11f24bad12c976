using CostOps.Core.Observability;
using CsCheck;
using CostOps.Hosting.Configuration;

namespace CostOps.Hosting.Tests.Configuration;

public sealed class CommonSettingsTests
{
    private static EnvironmentReader Reader(string? logLevel) =>
        new(new Dictionary<string, string?> { [CommonSettings.LogLevelVariable] = logLevel });

    [Theory]
    [InlineData(null, LogLevel.Info)]
    [InlineData("", LogLevel.Info)]
    [InlineData("Debug", LogLevel.Debug)]
    [InlineData("debug", LogLevel.Debug)]
    [InlineData("INFO", LogLevel.Info)]
    [InlineData("warn", LogLevel.Warning)]
    [InlineData("Error", LogLevel.Error)]
    public void LogLevel_KnownValueAnyCase_IsRead(string? value, LogLevel expected)
    {
        var environment = Reader(value);

        Assert.Equal(expected, CommonSettings.LogLevel(environment));
        Assert.Empty(environment.Problems);
    }

    [Theory]
    [InlineData("verbose")]
    [InlineData("3")]
    [InlineData("Info,Debug")]
    public void LogLevel_UnknownValue_ReportsTheVariableTheValueAndTheAllowedValues(string value)
    {
        var environment = Reader(value);

        Assert.Equal(LogLevel.Info, CommonSettings.LogLevel(environment));
        var problem = Assert.Single(environment.Problems);
        var text = problem.ToString();
        Assert.Contains("COSTOPS_LOG_LEVEL", text, StringComparison.Ordinal);
        Assert.Contains(value, text, StringComparison.Ordinal);
        Assert.Contains("Debug, Info, Warn, Error", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LogLevel_AnyText_NeverThrowsAndEitherReadsALevelOrNamesTheVariableAndValue()
    {
        string[] near = ["debug", " INFO ", "Warn", "error", "warning", "Inf", "DEBUG\n", "\u00c9rror", ""];
        Gen.OneOf(Gen.String, Gen.Int[0, near.Length - 1].Select(i => near[i])).Sample(value =>
        {
            var environment = Reader(value);
            var level = CommonSettings.LogLevel(environment);
            var expected = value?.Trim().ToUpperInvariant() switch
            {
                null or "" or "INFO" => LogLevel.Info,
                "DEBUG" => LogLevel.Debug,
                "WARN" or "WARNING" => LogLevel.Warning,
                "ERROR" => LogLevel.Error,
                _ => (LogLevel?)null,
            };
            if (expected is { } known)
            {
                Assert.Equal(known, level);
                Assert.Empty(environment.Problems);
            }
            else
            {
                Assert.Equal(LogLevel.Info, level);
                var problem = Assert.Single(environment.Problems);
                Assert.Equal(CommonSettings.LogLevelVariable, problem.Name);
                Assert.Equal(value!.Trim(), problem.Value);
            }
        }, iter: 5_000);
    }
}
