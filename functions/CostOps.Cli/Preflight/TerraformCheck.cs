using System.Text.Json;
using System.Text.RegularExpressions;
using CostOps.Cli.Processes;

namespace CostOps.Cli.Preflight;

/// <summary>Terraform is on PATH at 1.6 or later (the module's <c>required_version</c>).</summary>
public sealed partial class TerraformCheck(IProcessRunner processes) : IPreflightCheck
{
    public static readonly Version Minimum = new(1, 6, 0);

    public string Id => "terraform";

    public IReadOnlyList<string> Needs => [];

    public async Task<CheckResult> RunAsync(PreflightContext context, CancellationToken cancellationToken)
    {
        var result = await processes.RunAsync("terraform", ["version", "-json"], null, cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            return CheckResult.Fail(Id, $"terraform is not on PATH: install Terraform {Minimum.ToString(2)} or later and make sure `terraform version` works in this shell");
        }

        var version = ParseVersion(result);
        if (version is null)
        {
            return CheckResult.Fail(Id, $"`terraform version` did not say which version it is (exit code {result.ExitCode}): check that the terraform on PATH is HashiCorp Terraform {Minimum.ToString(2)} or later");
        }

        return version < Minimum
            ? CheckResult.Fail(Id, $"terraform {version} is too old: install Terraform {Minimum.ToString(2)} or later (the module needs it)")
            : CheckResult.Pass(Id, $"Terraform {version}");
    }

    /// <summary>From <c>terraform version -json</c> (<c>terraform_version</c>), else from the text <c>Terraform v1.2.3</c>.</summary>
    internal static Version? ParseVersion(ProcessResult result)
    {
        if (result.Succeeded)
        {
            try
            {
                using var document = JsonDocument.Parse(result.Output);
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("terraform_version", out var value)
                    && value.ValueKind == JsonValueKind.String
                    && Version.TryParse(value.GetString()!.Split('-')[0], out var parsed))
                {
                    return parsed;
                }
            }
            catch (JsonException)
            {
                // Terraform before 0.13 has no -json: fall through to the text.
            }
        }

        var match = TextVersion().Match(result.Output + "\n" + result.Error);
        return match.Success && Version.TryParse(match.Groups[1].Value, out var fromText) ? fromText : null;
    }

    [GeneratedRegex(@"Terraform v(\d+\.\d+\.\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex TextVersion();
}
