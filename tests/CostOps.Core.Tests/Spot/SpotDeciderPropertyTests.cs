using CostOps.Core.Spot;
using CsCheck;
using static CostOps.Core.Tests.Spot.SpotServices;

namespace CostOps.Core.Tests.Spot;

/// <summary>ECS events and tags come from outside: no field value makes a decision throw, and only a real Spot event changes anything.</summary>
public sealed class SpotDeciderPropertyTests
{
    private static readonly SpotDecider Decider = new(Options);

    private static readonly Gen<string?> Text = Gen.OneOf(Gen.String.Select(s => (string?)s), Gen.Const((string?)null),
        Gen.Const<string?>("SpotInterruption"), Gen.Const<string?>("TerminationNotice"), Gen.Const<string?>("Your Spot Task was interrupted."));

    private static readonly Gen<DateTimeOffset?> When = Gen.OneOf(
        Gen.Long[DateTimeOffset.MinValue.UtcTicks, DateTimeOffset.MaxValue.UtcTicks].Select(t => (DateTimeOffset?)new DateTimeOffset(t, TimeSpan.Zero)),
        Gen.Const((DateTimeOffset?)null));

    [Fact]
    public void PlacementFailure_ArbitraryFields_NeverThrowsAndOnlyAShortageFallsBack()
    {
        var arns = Gen.OneOf(Gen.String, Gen.Const("FARGATE_SPOT"), Gen.Const("x/FARGATE_SPOT")).Array[0, 3];
        Gen.Select(Gen.String, When, Gen.OneOf(Gen.String, Gen.Const("SERVICE_TASK_PLACEMENT_FAILURE")), Gen.OneOf(Text, Gen.Const<string?>("RESOURCE:FARGATE")), arns)
            .Sample((id, at, name, reason, providers) =>
            {
                var service = On(SpotPlan);
                var failure = new SpotPlacementFailure(id, at, name, reason, providers);

                var decision = Decider.PlacementFailure(service, Stored(service, OnSpot()), failure, Noon);

                Assert.Equal(decision.Action == SpotAction.Fallback, failure.IsSpotShortage && !(at < OnSpot().ReturnedAt));
            }, iter: 5_000);
    }

    [Fact]
    public void TaskStopped_ArbitraryFields_NeverThrowsAndOnlyAnInterruptionIsCounted()
    {
        Gen.Select(Gen.String, Gen.String, Text, Text, When, Gen.Long.Select(v => (long?)v)).Sample((id, task, code, reason, at, version) =>
        {
            var service = On(SpotPlan);
            var stop = new SpotTaskStop(id, task, version, code, reason, at);

            var decision = Decider.TaskStopped(service, Stored(service, OnSpot()), stop, Noon);

            Assert.Equal(stop.IsInterruption, decision.Action == SpotAction.Interruption);
            Assert.Null(decision.Apply);
        }, iter: 5_000);
    }
}
