namespace CostOps.Simulator;

/// <summary>
/// When Fargate Spot has no capacity (tasks cannot be placed: SERVICE_TASK_PLACEMENT_FAILURE, RESOURCE:FARGATE)
/// and when running Spot tasks are interrupted (a SpotInterruption warning, the task stops two minutes later).
/// </summary>
public sealed class SpotPlan
{
    public static readonly TimeSpan InterruptionWarning = TimeSpan.FromMinutes(2);

    public List<(DateTimeOffset From, DateTimeOffset To)> Shortages { get; } = [];

    /// <summary>At each time, one running Spot task (of the named service, else chosen by the account's seed) gets its two-minute warning.</summary>
    public List<(DateTimeOffset At, string? Service)> Interruptions { get; } = [];

    public static SpotPlan None => new();

    /// <summary>A plan drawn from a seed: <paramref name="shortages"/> windows of 15-120 minutes, each opening with an interruption.</summary>
    public static SpotPlan Seeded(int seed, DateTimeOffset from, DateTimeOffset to, int shortages)
    {
        var random = new Random(seed);
        var plan = new SpotPlan();
        var span = (to - from).TotalMinutes;
        for (var i = 0; i < shortages; i++)
        {
            var start = from.AddMinutes(Math.Floor(random.NextDouble() * span));
            plan.AddShortage(start, start.AddMinutes(15 * random.Next(1, 9)), interruptFirst: true);
        }

        return plan;
    }

    /// <param name="interruptFirst">The shortage opens with the interruption of a running Spot task (of <paramref name="service"/> when named).</param>
    public SpotPlan AddShortage(DateTimeOffset from, DateTimeOffset to, bool interruptFirst, string? service = null)
    {
        if (to <= from)
        {
            throw new ArgumentException($"A Spot shortage must end after it starts: {from:O} - {to:O}.", nameof(to));
        }

        Shortages.Add((from, to));
        if (interruptFirst)
        {
            Interruptions.Add((from, service));
        }

        return this;
    }

    public bool ShortageAt(DateTimeOffset time) => Shortages.Any(s => s.From <= time && time < s.To);

    /// <summary>The end of the shortage in force at <paramref name="time"/>.</summary>
    public DateTimeOffset? ShortageEnd(DateTimeOffset time) => Shortages.Where(s => s.From <= time && time < s.To).Select(s => (DateTimeOffset?)s.To).Max();
}
