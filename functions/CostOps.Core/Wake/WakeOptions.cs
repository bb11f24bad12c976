namespace CostOps.Core.Wake;

/// <summary>Wake function settings. Call <see cref="Validate"/> at start.</summary>
public sealed record WakeOptions
{
    /// <summary>The longest override anyone may ask for: a request for more gets this much.</summary>
    public static readonly TimeSpan UpperLimit = TimeSpan.FromHours(24);

    /// <summary>How long a woken service stays up when the request does not say. Default 2 h.</summary>
    public TimeSpan DefaultDuration { get; init; } = TimeSpan.FromHours(2);

    /// <summary>The cap on any wake's length. Default 12 h, at most <see cref="UpperLimit"/>.</summary>
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromHours(12);

    /// <summary>At most one wake write per service within this time. Default 5 minutes.</summary>
    public TimeSpan Cooldown { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The AWS Region written on activity records.</summary>
    public string Region { get; init; } = "";

    public void Validate()
    {
        if (MaxDuration < TimeSpan.FromMinutes(15) || MaxDuration > UpperLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDuration), MaxDuration, $"Wake option MaxDuration must be between 15 minutes and {UpperLimit.TotalHours} hours.");
        }

        if (DefaultDuration < TimeSpan.FromMinutes(15) || DefaultDuration > MaxDuration)
        {
            throw new ArgumentOutOfRangeException(nameof(DefaultDuration), DefaultDuration, "Wake option DefaultDuration must be between 15 minutes and MaxDuration.");
        }

        if (Cooldown < TimeSpan.FromMinutes(1) || Cooldown >= DefaultDuration)
        {
            throw new ArgumentOutOfRangeException(nameof(Cooldown), Cooldown, "Wake option Cooldown must be at least 1 minute and shorter than DefaultDuration.");
        }
    }
}
