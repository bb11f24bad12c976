using CostOps.Aws.AutoScaling;
using CostOps.Aws.Budgets;
using CostOps.Aws.CloudWatch;
using CostOps.Aws.CostExplorer;
using CostOps.Aws.Ecs;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Simulator.Tests;

/// <summary>A simulated account on a virtual clock, with CostOps' real clients over its handler.</summary>
internal sealed class Testbed
{
    public Testbed(SimulatorOptions? options = null, string start = "2026-03-02T00:00:00Z")
    {
        Clock = new FakeTimeProvider(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        Account = new SimulatedAccount(options, Clock);
        Handler = new SimulatorHandler(Account);
        var transport = SimulatedAws.Transport(Handler, new VirtualDelay(Clock, new Lock()), new Random(7).NextDouble);
        Ecs = new EcsClient(transport);
        AutoScaling = new ApplicationAutoScalingClient(transport);
        CostExplorer = new CostExplorerClient(transport);
        Budgets = new BudgetsClient(transport);
        CloudWatch = new CloudWatchClient(transport);
    }

    public FakeTimeProvider Clock { get; }

    public SimulatedAccount Account { get; }

    public SimulatorHandler Handler { get; }

    public EcsClient Ecs { get; }

    public ApplicationAutoScalingClient AutoScaling { get; }

    public CostExplorerClient CostExplorer { get; }

    public BudgetsClient Budgets { get; }

    public CloudWatchClient CloudWatch { get; }

    public Task<UpdateServiceResponse> SetDesiredAsync(string cluster, string service, int desired) =>
        Ecs.UpdateServiceAsync(new UpdateServiceRequest { Cluster = cluster, Service = service, DesiredCount = desired }, CancellationToken.None);

    public async Task<Service> DescribeAsync(string cluster, string service) =>
        (await Ecs.DescribeServicesAsync(new DescribeServicesRequest { Cluster = cluster, Services = [service] }, CancellationToken.None)).Services!.Single();
}
