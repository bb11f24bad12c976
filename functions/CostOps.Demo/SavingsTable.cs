using System.Globalization;
using CostOps.Simulator;

namespace CostOps.Demo;

/// <summary>
/// What the fleet costs a month three ways: 24/7 on demand, on the schedule (the task-hours that ran this week, at
/// on-demand prices), and on the schedule with dev on Spot (what the week actually cost). A month is 730 hours, so
/// a week's Fargate spend counts 730/168 times; the fixed lines (ALB, CloudWatch, ECR, Route 53) are added whole.
/// </summary>
public sealed record SavingsTable(decimal FargateAlwaysOn, decimal FargateScheduled, decimal FargateScheduledSpot, decimal Fixed)
{
    public const decimal WeeksPerMonth = 730m / 168m;

    /// <summary>The reference plan's figures: $54 24/7, $32 scheduled, $25 with Spot for dev.</summary>
    public static readonly (decimal AlwaysOn, decimal Scheduled, decimal ScheduledSpot) Seed = (54m, 32m, 25m);

    public decimal AlwaysOn => FargateAlwaysOn + Fixed;

    public decimal Scheduled => FargateScheduled + Fixed;

    public decimal ScheduledSpot => FargateScheduledSpot + Fixed;

    /// <param name="weekHours">Per service: its task size and the on-demand and Spot task-hours it ran during the week.</param>
    /// <param name="alwaysOnTasks">Per service: its task size and how many tasks it runs 24/7 without CostOps.</param>
    public static SavingsTable Compute(CostModel model, IEnumerable<(SimTaskDefinition Size, decimal OnDemandHours, decimal SpotHours)> weekHours,
        IEnumerable<(SimTaskDefinition Size, int Tasks)> alwaysOnTasks)
    {
        decimal PerHour(SimTaskDefinition size, bool spot)
        {
            var price = model.Price(size.Architecture, spot);
            return (size.Vcpu * price.PerVcpuHour) + (size.MemoryGb * price.PerGbHour);
        }

        var hours = weekHours.ToList();
        return new SavingsTable(
            alwaysOnTasks.Sum(s => s.Tasks * PerHour(s.Size, false)) * FixedCharge.HoursPerMonth,
            hours.Sum(h => (h.OnDemandHours + h.SpotHours) * PerHour(h.Size, false)) * WeeksPerMonth,
            hours.Sum(h => (h.OnDemandHours * PerHour(h.Size, false)) + (h.SpotHours * PerHour(h.Size, true))) * WeeksPerMonth,
            model.FixedCharges.Sum(c => c.PerMonth));
    }

    public IEnumerable<string> Lines()
    {
        yield return $"  {"per month",-34}{"CostOps run",12}{"plan",12}{"Fargate",10}";
        yield return $"  {"24/7 on demand",-34}{Usd(AlwaysOn),12}{Usd(Seed.AlwaysOn),12}{Usd(FargateAlwaysOn),10}";
        yield return $"  {"office hours (schedule)",-34}{Usd(Scheduled),12}{Usd(Seed.Scheduled),12}{Usd(FargateScheduled),10}";
        yield return $"  {"office hours + dev on Fargate Spot",-34}{Usd(ScheduledSpot),12}{Usd(Seed.ScheduledSpot),12}{Usd(FargateScheduledSpot),10}";
        yield return $"  {"saved vs 24/7",-34}{Usd(AlwaysOn - ScheduledSpot) + $" ({(AlwaysOn - ScheduledSpot) / AlwaysOn:P0})",12}";
    }

    public static string Usd(decimal amount) => amount.ToString("$#,0.00", CultureInfo.InvariantCulture);
}
