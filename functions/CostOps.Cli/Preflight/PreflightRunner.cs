namespace CostOps.Cli.Preflight;

/// <summary>Runs the checks in order; a check whose prerequisite did not pass is skipped, saying which one.</summary>
public sealed class PreflightRunner(IReadOnlyList<IPreflightCheck> checks)
{
    public IReadOnlyList<string> Ids => checks.Select(c => c.Id).ToList();

    /// <param name="only">Run only these checks (empty: all).</param>
    /// <param name="skip">Leave these out.</param>
    public async Task<IReadOnlyList<CheckResult>> RunAsync(PreflightContext context, IReadOnlyCollection<string> only, IReadOnlyCollection<string> skip, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(only);
        ArgumentNullException.ThrowIfNull(skip);
        var results = new Dictionary<string, CheckResult>(StringComparer.Ordinal);
        var ordered = new List<CheckResult>();
        foreach (var check in checks)
        {
            if ((only.Count > 0 && !only.Contains(check.Id)) || skip.Contains(check.Id))
            {
                continue;
            }

            var blocker = check.Needs.FirstOrDefault(n => results.TryGetValue(n, out var r) && r.Status != CheckStatus.Passed);
            var result = blocker is null
                ? await RunOneAsync(check, context, cancellationToken).ConfigureAwait(false)
                : CheckResult.Skip(check.Id, $"not checked because the {blocker} check did not pass");
            results[check.Id] = result;
            ordered.Add(result);
        }

        return ordered;
    }

    /// <summary>A check that throws is a failed check with the exception's message, never a crash of the whole run.</summary>
    private static async Task<CheckResult> RunOneAsync(IPreflightCheck check, PreflightContext context, CancellationToken cancellationToken)
    {
        try
        {
            return await check.RunAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return CheckResult.Fail(check.Id, $"the {check.Id} check could not run ({ex.GetType().Name}: {ex.Message}): fix that, then run the pre-flight again");
        }
    }
}
