namespace CostOps.Aws.Http;

/// <summary>One client-side token bucket: up to <paramref name="Burst"/> calls at once, refilled at <paramref name="PerSecond"/>.</summary>
public sealed record TokenBucketLimit(int Burst, double PerSecond)
{
    public void Validate(string name)
    {
        if (Burst is < 1 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(name, Burst, $"{name}.Burst must be between 1 and 10000.");
        }

        if (!double.IsFinite(PerSecond) || PerSecond is <= 0 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(name, PerSecond, $"{name}.PerSecond must be greater than 0 and at most 10000.");
        }
    }
}
