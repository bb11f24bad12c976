namespace CostOps.Cli.Preflight;

public enum CheckStatus
{
    Passed,
    Failed,
    Skipped,
}
