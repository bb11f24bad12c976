using CostOps.Demo;

namespace CostOps.Simulator.Tests;

/// <summary>Runs the demo week once for all of <see cref="DemoWeekTests"/>.</summary>
public sealed class DemoWeekFixture : IAsyncLifetime
{
    private readonly string _reports = Path.Combine(AppContext.BaseDirectory, "demo-out-" + Guid.NewGuid().ToString("N"));

    public DemoResult Result { get; private set; } = null!;

    public async Task InitializeAsync() => Result = await DemoWeek.RunAsync(_reports);

    public Task DisposeAsync()
    {
        if (Directory.Exists(_reports))
        {
            Directory.Delete(_reports, recursive: true);
        }

        return Task.CompletedTask;
    }
}
