namespace CostOps.Cli.Preflight;

/// <summary>One check's verdict. A failure's message is one sentence: the problem, a colon, the fix.</summary>
public sealed record CheckResult(string Id, CheckStatus Status, string Message)
{
    public static CheckResult Pass(string id, string message) => new(id, CheckStatus.Passed, message);

    public static CheckResult Fail(string id, string message) => new(id, CheckStatus.Failed, message);

    public static CheckResult Skip(string id, string message) => new(id, CheckStatus.Skipped, message);
}
