namespace CostOps.Cli.Preflight;

/// <summary>The user's tfvars file exists and reads.</summary>
public sealed class TfvarsCheck : IPreflightCheck
{
    public string Id => "tfvars";

    public IReadOnlyList<string> Needs => [];

    public Task<CheckResult> RunAsync(PreflightContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(context.Tfvars is null
            ? CheckResult.Fail(Id, context.TfvarsProblem ?? $"{context.TfvarsPath} could not be read: check the file")
            : CheckResult.Pass(Id, $"{context.TfvarsPath} reads ({context.Tfvars.Values.Count} settings)"));
    }
}
