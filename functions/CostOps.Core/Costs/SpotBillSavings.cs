namespace CostOps.Core.Costs;

/// <summary>What Fargate Spot saved in the week according to the bill, in USD.</summary>
/// <param name="VcpuHours">Fargate Spot vCPU-hours billed in the week.</param>
/// <param name="GbHours">Fargate Spot GB-hours billed in the week.</param>
/// <param name="SpotCost">What that Spot usage cost.</param>
/// <param name="Method">One line that says how the figure was computed.</param>
/// <param name="Notes">Rate fallbacks.</param>
public sealed record SpotBillSavings(decimal Amount, decimal VcpuHours, decimal GbHours, decimal SpotCost, string Method, IReadOnlyList<string> Notes)
{
    public const string MethodLine =
        "Spot (from the bill): Fargate Spot vCPU-hours and GB-hours (usage types *SpotUsage-Fargate-*) x the on-demand rate the same bill charged "
        + "for Fargate in that region (else the us-east-1 list price), minus what the Spot usage cost; read from the spend-by-service request "
        + "grouped by SERVICE and USAGE_TYPE, no extra request.";
}
