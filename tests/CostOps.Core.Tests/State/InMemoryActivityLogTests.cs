using CostOps.Core.Activity;
using CostOps.Core.State;

namespace CostOps.Core.Tests.State;

public sealed class InMemoryActivityLogTests
{
    [Fact]
    public async Task ReadAsync_Range_ReturnsFromInclusiveToExclusiveOldestFirst()
    {
        var log = new InMemoryActivityLog();
        var t0 = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
        ServiceActivity At(int hour) => new("arn", "main", "api", "eu-west-1", ActivityKind.Stopped, t0.AddHours(hour), "");
        await log.AppendAsync([At(5), At(1), At(3), At(7)], CancellationToken.None);

        var read = await log.ReadAsync(t0.AddHours(1), t0.AddHours(7), CancellationToken.None).ToListAsync();

        Assert.Equal([t0.AddHours(1), t0.AddHours(3), t0.AddHours(5)], read.Select(r => r.At));
    }
}
