namespace CostOps.Aws.Http;

/// <summary>Retry, timeout and rate-limit settings of <see cref="AwsTransport"/>.</summary>
public sealed record AwsTransportOptions
{
    /// <summary>Attempts per call including the first (1–20). Default 5, as in the AWS SDKs' standard retry mode.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>
    /// Attempts per call when AWS answers with throttling (MaxAttempts–30). Default 10. Throttling says "slow down",
    /// not "this failed": waiting it out is cheap, and a service left unchanged or a whole run lost to a listing
    /// call that was throttled five times in a row costs more. The caller's cancellation (the invocation's
    /// deadline) still bounds the total wait.
    /// </summary>
    public int MaxThrottleAttempts { get; init; } = 10;

    /// <summary>Backoff before retry n is random in [0, min(MaxBackoff, BaseBackoff·2ⁿ⁻¹)] ("full jitter"). Default 1 s.</summary>
    public TimeSpan BaseBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of one backoff (at most 5 min). Default 20 s, the SDKs' standard-mode cap.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Per-attempt HTTP timeout (1 s – 15 min). Default 60 s: far above normal latencies (Cost Explorer queries
    /// can take tens of seconds), yet short enough that a hung connection is retried well inside a 15-minute Lambda run.
    /// </summary>
    public TimeSpan HttpTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Client-side limits per ECS throttle bucket. Default: the published ECS figures.</summary>
    public EcsRateLimits EcsRateLimits { get; init; } = new();

    public AwsTransportOptions Validate()
    {
        if (MaxAttempts is < 1 or > 20)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxAttempts), MaxAttempts, "MaxAttempts must be between 1 and 20.");
        }

        if (MaxThrottleAttempts < MaxAttempts || MaxThrottleAttempts > 30)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxThrottleAttempts), MaxThrottleAttempts, $"MaxThrottleAttempts must be between MaxAttempts ({MaxAttempts}) and 30.");
        }

        if (BaseBackoff <= TimeSpan.Zero || BaseBackoff > MaxBackoff)
        {
            throw new ArgumentOutOfRangeException(nameof(BaseBackoff), BaseBackoff, "BaseBackoff must be positive and at most MaxBackoff.");
        }

        if (MaxBackoff > TimeSpan.FromMinutes(5))
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBackoff), MaxBackoff, "MaxBackoff must be at most 5 minutes.");
        }

        if (HttpTimeout < TimeSpan.FromSeconds(1) || HttpTimeout > TimeSpan.FromMinutes(15))
        {
            throw new ArgumentOutOfRangeException(nameof(HttpTimeout), HttpTimeout, "HttpTimeout must be between 1 second and 15 minutes.");
        }

        ArgumentNullException.ThrowIfNull(EcsRateLimits);
        EcsRateLimits.Validate();
        return this;
    }

    /// <summary>The full-jitter backoff before the retry that follows failed attempt <paramref name="attempt"/> (1-based).</summary>
    internal TimeSpan Backoff(int attempt, double random)
    {
        var ceiling = Math.Min(MaxBackoff.TotalSeconds, BaseBackoff.TotalSeconds * Math.Pow(2, Math.Min(attempt - 1, 30)));
        return TimeSpan.FromSeconds(ceiling * Math.Clamp(random, 0, 1));
    }
}
