using CostOps.Core.Observability;
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
}
