using System.Text.RegularExpressions;
using CostOps.Cli.Configuration;

namespace CostOps.Cli.Preflight;

/// <summary>At least one well-formed address in <c>notification_emails</c>: without one, reports and alerts reach nobody.</summary>
public sealed partial class NotificationEmailCheck : IPreflightCheck
{
    public const string Variable = "notification_emails";

    public string Id => "email";

    public IReadOnlyList<string> Needs => ["tfvars"];

    public Task<CheckResult> RunAsync(PreflightContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(Check(context));
    }

    public static bool IsWellFormed(string address) => Address().IsMatch(address);

    private CheckResult Check(PreflightContext context)
    {
        IReadOnlyList<string>? emails;
        try
        {
            emails = context.Tfvars!.StringList(Variable, "\"you@example.com\"");
        }
        catch (TfvarsException ex)
        {
            return CheckResult.Fail(Id, $"{ex.Message}: fix it in {context.TfvarsPath}");
        }

        if (emails is null || emails.Count == 0)
        {
            return CheckResult.Fail(Id, $"{context.TfvarsPath} gives no {Variable}: add {Variable} = [\"you@example.com\"] so the weekly report and the budget alerts reach someone");
        }

        var bad = emails.Where(e => !IsWellFormed(e)).ToList();
        return bad.Count > 0
            ? CheckResult.Fail(Id, $"{Variable} in {context.TfvarsPath} has {string.Join(", ", bad.Select(b => $"\"{b}\""))}, which is not an e-mail address: write addresses such as \"you@example.com\"")
            : CheckResult.Pass(Id, string.Join(", ", emails));
    }

    [GeneratedRegex(@"^[^@\s""',;<>]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
