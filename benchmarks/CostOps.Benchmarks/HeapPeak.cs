namespace CostOps.Benchmarks;

/// <summary>Keeps the largest heap sample seen, from any thread.</summary>
internal static class HeapPeak
{
    public static void Max(ref long peak, long sample)
    {
        var seen = Interlocked.Read(ref peak);
        while (sample > seen)
        {
            var previous = Interlocked.CompareExchange(ref peak, sample, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }
}
