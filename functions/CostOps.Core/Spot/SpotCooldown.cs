namespace CostOps.Core.Spot;

/// <summary>How long a new fallback keeps a service on on-demand.</summary>
public static class SpotCooldown
{
    /// <summary>
    /// The configured cool-down for a first fallback, or one a clean day after the last return. Spot failing again
    /// within the cool-down after a return doubles it, up to the cap; failing later keeps it as it was.
    /// </summary>
    public static TimeSpan Next(SpotState? state, DateTimeOffset now, SpotOptions options)
    {
        if (state?.ReturnedAt is not { } returned || now - returned >= SpotOptions.CleanPeriod)
        {
            return options.Cooldown;
        }

        var previous = state.Cooldown < options.Cooldown ? options.Cooldown : state.Cooldown;
        if (now - returned < previous)
        {
            var doubled = previous * 2;
            return doubled > options.MaxCooldown ? options.MaxCooldown : doubled;
        }

        return previous > options.MaxCooldown ? options.MaxCooldown : previous;
    }
}
