namespace CostOps.Hosting.Configuration;

/// <summary>Variables several functions share; the deployment sets them all from the same resources.</summary>
public static class CommonSettings
{
    public const string Table = "COSTOPS_TABLE";
    public const string TopicArn = "COSTOPS_TOPIC_ARN";
    public const string AccountId = "COSTOPS_ACCOUNT_ID";
    public const string LogLevelVariable = "COSTOPS_LOG_LEVEL";

    /// <summary>COSTOPS_LOG_LEVEL: Debug, Info, Warn or Error (any case); Info when not set. Every function reads it.</summary>
    public static Core.Observability.LogLevel LogLevel(EnvironmentReader environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var value = environment.OptionalString(LogLevelVariable);
        switch (value?.Trim().ToUpperInvariant())
        {
            case null:
            case "INFO":
                return Core.Observability.LogLevel.Info;
            case "DEBUG":
                return Core.Observability.LogLevel.Debug;
            case "WARN":
            case "WARNING":
                return Core.Observability.LogLevel.Warning;
            case "ERROR":
                return Core.Observability.LogLevel.Error;
            default:
                environment.Report(LogLevelVariable, value, "one of Debug, Info, Warn, Error (any case)");
                return Core.Observability.LogLevel.Info;
        }
    }

    public static string TableName(EnvironmentReader environment) =>
        Checked(environment, Table, "the name of the CostOps DynamoDB table (3-255 letters, digits, '_', '-', '.')",
            v => v.Length is >= 3 and <= 255 && v.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'));

    public static string Topic(EnvironmentReader environment) =>
        Checked(environment, TopicArn, "the ARN of the CostOps SNS topic, e.g. arn:aws:sns:us-east-1:123456789012:costops",
            v => v.StartsWith("arn:", StringComparison.Ordinal) && v.Split(':').Length == 6 && v.Split(':')[2] == "sns");

    public static string Account(EnvironmentReader environment) =>
        Checked(environment, AccountId, "the 12-digit AWS account id", v => v.Length == 12 && v.All(char.IsAsciiDigit));

    private static string Checked(EnvironmentReader environment, string name, string expected, Func<string, bool> valid)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var value = environment.OptionalString(name);
        if (value is null || !valid(value))
        {
            environment.Report(name, value, expected);
            return string.Empty;
        }

        return value;
    }
}
