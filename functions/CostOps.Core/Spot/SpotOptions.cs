namespace CostOps.Core.Spot;

/// <summary>Spot manager settings. Call <see cref="Validate"/> at start: invalid settings fail the function before it changes anything.</summary>
public sealed record SpotOptions
{
    /// <summary>Clusters (names) whose services are on Spot unless they opt out. Default none: only services tagged <c>costops:capacity=spot</c>.</summary>
    public IReadOnlySet<string> DefaultClusters { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Tasks always placed on on-demand FARGATE first (cannot be interrupted). Default 0, range 0..100000.</summary>
    public int Base { get; init; }

    /// <summary>Weight of FARGATE beyond the base. Default 0 (everything beyond the base on Spot), range 0..1000.</summary>
    public int FargateWeight { get; init; }

    /// <summary>Weight of FARGATE_SPOT. Default 1, range 1..1000.</summary>
    public int SpotWeight { get; init; } = 1;

    /// <summary>Interruptions within <see cref="InterruptionWindow"/> that make a service fall back. Default 3, range 1..100.</summary>
    public int InterruptionThreshold { get; init; } = 3;

    /// <summary>The sliding window interruptions are counted in. Default 30 minutes, range 1 minute..24 hours.</summary>
    public TimeSpan InterruptionWindow { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Time on on-demand after a fallback before Spot is tried again. Default 60 minutes, range 1 minute..24 hours.</summary>
    public TimeSpan Cooldown { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>The cool-down doubles while Spot keeps failing, up to this. Default 8 hours, at least <see cref="Cooldown"/>, at most 7 days.</summary>
    public TimeSpan MaxCooldown { get; init; } = TimeSpan.FromHours(8);

    /// <summary>A day without a fallback after a return resets the cool-down to <see cref="Cooldown"/>.</summary>
    public static readonly TimeSpan CleanPeriod = TimeSpan.FromDays(1);

    public void Validate()
    {
        Range(nameof(Base), Base, 0, 100_000);
        Range(nameof(FargateWeight), FargateWeight, 0, 1000);
        Range(nameof(SpotWeight), SpotWeight, 1, 1000);
        Range(nameof(InterruptionThreshold), InterruptionThreshold, 1, 100);
        Within(nameof(InterruptionWindow), InterruptionWindow, TimeSpan.FromMinutes(1), TimeSpan.FromHours(24));
        Within(nameof(Cooldown), Cooldown, TimeSpan.FromMinutes(1), TimeSpan.FromHours(24));
        Within(nameof(MaxCooldown), MaxCooldown, Cooldown, TimeSpan.FromDays(7));
        if (DefaultClusters.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Spot option DefaultClusters contains a blank cluster name; remove it.", nameof(DefaultClusters));
        }
    }

    private static void Range(string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Spot option {name} must be between {min} and {max}.");
        }
    }

    private static void Within(string name, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Spot option {name} must be between {min} and {max}.");
        }
    }
}
