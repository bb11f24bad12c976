using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CostOps.Aws.State;
using CostOps.Core.Activity;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Schedules;
using CostOps.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Aws.Tests.State.Engine;

/// <summary>
/// <see cref="DynamoDbStateStore"/> against a DynamoDB-compatible engine: key schema, condition, key-condition
/// and filter expressions and TTL attributes executed, not just asserted as strings.
/// </summary>
[Collection(DynaliteCollection.Name)]
public sealed class DynamoDbStateStoreEngineTests(DynaliteEngine engine) : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 21, 0, 0, TimeSpan.Zero);
    private static readonly ServiceRef Api = new("main", "api", "arn:aws:ecs:eu-west-1:1:service/main/api");
    private static readonly ServiceRef Web = new("main", "web", "arn:aws:ecs:eu-west-1:1:service/main/web");

    private readonly FakeTimeProvider _time = TestClock.At("2026-03-02T21:00:00Z");
    private readonly List<IAmazonDynamoDB> _clients = [];
    private string _table = "";

    public async Task InitializeAsync()
    {
        if (engine.Problem is null)
        {
            _table = await engine.CreateTableAsync();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }
    }

    [SkippableFact]
    public async Task CreatedTable_HasTheDocumentedKeySchemaAndOnDemandBilling()
    {
        engine.Require();

        var table = (await Client().DescribeTableAsync(_table)).Table;

        Assert.Equal(["pk:HASH", "sk:RANGE"], table.KeySchema.Select(k => $"{k.AttributeName}:{k.KeyType}"));
        Assert.All(table.AttributeDefinitions, a => Assert.Equal(ScalarAttributeType.S, a.AttributeType));
        Assert.Equal(BillingMode.PAY_PER_REQUEST, table.BillingModeSummary?.BillingMode ?? BillingMode.PAY_PER_REQUEST);
    }

    [SkippableFact]
    public async Task ServiceState_FullAndMinimal_RoundTrip()
    {
        engine.Require();
        var store = Store();
        var full = DynamoDbStateStoreTests.Full(1);
        var minimal = new ServiceState(Web, ServiceStatus.Running, 1, At);

        Assert.True(await store.TrySaveAsync(full, 0, CancellationToken.None));
        Assert.True(await store.TrySaveAsync(minimal, 0, CancellationToken.None));

        Assert.Equivalent(full, await store.GetAsync(Api.ServiceArn, CancellationToken.None), strict: true);
        Assert.Equivalent(minimal, await store.GetAsync(Web.ServiceArn, CancellationToken.None), strict: true);
        Assert.Null(await store.GetAsync("arn:aws:ecs:eu-west-1:1:service/main/none", CancellationToken.None));
    }

    [SkippableFact]
    public async Task GetManyAsync_250Services_ReturnsEveryStoredStateAndLeavesOutTheRest()
    {
        engine.Require();
        var store = Store();
        var refs = Enumerable.Range(0, 250).Select(i => new ServiceRef("main", $"s{i:000}", $"arn:aws:ecs:eu-west-1:1:service/main/s{i:000}")).ToList();
        foreach (var r in refs.Where((_, i) => i % 3 == 0))
        {
            Assert.True(await store.TrySaveAsync(new ServiceState(r, ServiceStatus.Stopped, 1, At), 0, CancellationToken.None));
        }

        var states = await store.GetManyAsync([.. refs.Select(r => r.ServiceArn), refs[0].ServiceArn], CancellationToken.None);

        Assert.Equal(84, states!.Count);
        Assert.Equivalent(new ServiceState(refs[3], ServiceStatus.Stopped, 1, At), states[refs[3].ServiceArn], strict: true);
        Assert.False(states.ContainsKey(refs[1].ServiceArn));
    }

    [SkippableFact]
    public async Task AppendAsync_60Records_AllReadBack()
    {
        engine.Require();
        var store = Store();
        var records = Enumerable.Range(0, 60).Select(i => new ServiceActivity($"arn:aws:ecs:eu-west-1:1:service/main/s{i:00}", "main", $"s{i:00}", "eu-west-1",
            ActivityKind.Stopped, At.AddSeconds(i), "stopped 2 task(s)", 2)).ToList();

        await store.AppendAsync(records, CancellationToken.None);

        var read = new List<ServiceActivity>();
        await foreach (var a in store.ReadAsync(At, At.AddMinutes(5), CancellationToken.None))
        {
            read.Add(a);
        }

        Assert.Equal(records.Select(r => r.ServiceName), read.Select(r => r.ServiceName).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task TrySaveAsync_TwoWritersReadTheSameVersion_OneWinsTheOtherSeesALostCondition()
    {
        engine.Require();
        var first = Store();
        var second = Store();
        Assert.True(await first.TrySaveAsync(new ServiceState(Api, ServiceStatus.Running, 1, At), 0, CancellationToken.None));

        // Both read version 1, then both write version 2 expecting 1: the order is set here, not by threads.
        var seenByFirst = await first.GetAsync(Api.ServiceArn, CancellationToken.None);
        var seenBySecond = await second.GetAsync(Api.ServiceArn, CancellationToken.None);
        var firstWins = await first.TrySaveAsync(seenByFirst! with { Version = 2, Status = ServiceStatus.Stopping }, seenByFirst.Version, CancellationToken.None);
        var secondWins = await second.TrySaveAsync(seenBySecond! with { Version = 2, Status = ServiceStatus.Drifted }, seenBySecond.Version, CancellationToken.None);

        Assert.True(firstWins);
        Assert.False(secondWins);
        var stored = await first.GetAsync(Api.ServiceArn, CancellationToken.None);
        Assert.Equal((2L, ServiceStatus.Stopping), (stored!.Version, stored.Status));
    }

    [SkippableFact]
    public async Task ServiceState_WithSpotHistory_RoundTripsInTheSameItem()
    {
        engine.Require();
        var store = Store();
        var withSpot = DynamoDbStateStoreTests.Full(1) with { Spot = DynamoDbStateStoreTests.Spot() };

        Assert.True(await store.TrySaveAsync(withSpot, 0, CancellationToken.None));

        Assert.Equivalent(withSpot, await store.GetAsync(Api.ServiceArn, CancellationToken.None), strict: true);
    }

    [SkippableFact]
    public async Task TrySaveAsync_SpotManagerAndSchedulerReadTheSameVersion_OnlyOneActs()
    {
        engine.Require();
        var spot = Store();
        var scheduler = Store();
        Assert.True(await spot.TrySaveAsync(new ServiceState(Api, ServiceStatus.Running, 1, At), 0, CancellationToken.None));
        var seenBySpot = await spot.GetAsync(Api.ServiceArn, CancellationToken.None);
        var seenByScheduler = await scheduler.GetAsync(Api.ServiceArn, CancellationToken.None);

        var schedulerWins = await scheduler.TrySaveAsync(seenByScheduler! with { Version = 2, Status = ServiceStatus.Stopping }, 1, CancellationToken.None);
        var spotWins = await spot.TrySaveAsync(seenBySpot! with { Version = 2, Spot = DynamoDbStateStoreTests.Spot() }, 1, CancellationToken.None);

        Assert.True(schedulerWins);
        Assert.False(spotWins);
        var stored = await spot.GetAsync(Api.ServiceArn, CancellationToken.None);
        Assert.Equal((ServiceStatus.Stopping, (Core.Spot.SpotState?)null), (stored!.Status, stored.Spot));
    }

    [SkippableFact]
    public async Task SpotUsage_MarkIsConditionalAndHoursAddUpPerDay()
    {
        engine.Require();
        var usage = new DynamoDbSpotUsageLog(Client(), new DynamoDbStateStoreOptions { TableName = _table });
        var day = DateOnly.FromDateTime(At.UtcDateTime);

        Assert.True(await usage.TryClaimAsync(Api.ServiceArn, null, At, CancellationToken.None));
        Assert.False(await usage.TryClaimAsync(Api.ServiceArn, null, At.AddMinutes(10), CancellationToken.None));
        Assert.True(await usage.TryClaimAsync(Api.ServiceArn, At, At.AddMinutes(10), CancellationToken.None));
        await usage.AddAsync([new(day, Api.ServiceArn, "main", "api", 0.5m, 0.25m)], CancellationToken.None);
        await usage.AddAsync([new(day, Api.ServiceArn, "main", "api", 1m, 0m), new(day.AddDays(1), Web.ServiceArn, "main", "web", 2m, 1m)], CancellationToken.None);

        Assert.Equal(At.AddMinutes(10), await usage.LastObservedAsync(Api.ServiceArn, CancellationToken.None));
        var read = await usage.ReadAsync(day, day.AddDays(2), CancellationToken.None).ToListAsync();
        Assert.Equal([(day, "api", 1.5m, 0.25m), (day.AddDays(1), "web", 2m, 1m)], read.Select(u => (u.Day, u.ServiceName, u.SpotTaskHours, u.OnDemandTaskHours)));
        Assert.Null(await Store().GetAsync(Api.ServiceArn, CancellationToken.None));
    }

    [SkippableFact]
    public async Task TrySaveAsync_ManyConcurrentFirstWrites_ExactlyOneWins()
    {
        engine.Require();
        var stores = Enumerable.Range(0, 8).Select(_ => Store()).ToList();

        var results = await Task.WhenAll(stores.Select((s, i) =>
            s.TrySaveAsync(new ServiceState(Api, ServiceStatus.Running, 1, At, LastError: $"writer {i}"), 0, CancellationToken.None)));

        Assert.Single(results, won => won);
        var stored = await stores[0].GetAsync(Api.ServiceArn, CancellationToken.None);
        Assert.Equal($"writer {Array.IndexOf(results, true)}", stored!.LastError);
    }

    [SkippableFact]
    public async Task TrySaveAsync_StaleExpectedVersion_LostConditionNotAnError()
    {
        engine.Require();
        var store = Store();
        await store.TrySaveAsync(new ServiceState(Api, ServiceStatus.Running, 1, At), 0, CancellationToken.None);
        await store.TrySaveAsync(new ServiceState(Api, ServiceStatus.Stopping, 2, At), 1, CancellationToken.None);

        Assert.False(await store.TrySaveAsync(new ServiceState(Api, ServiceStatus.Stopped, 2, At), 1, CancellationToken.None));
        Assert.False(await store.TrySaveAsync(new ServiceState(Api, ServiceStatus.Stopped, 1, At), 0, CancellationToken.None));
        Assert.Equal(ServiceStatus.Stopping, (await store.GetAsync(Api.ServiceArn, CancellationToken.None))!.Status);
    }

    [SkippableFact]
    public async Task OnceLedger_RecordAgainForgetRecord()
    {
        engine.Require();
        var store = Store();

        Assert.True(await store.TryRecordAsync("report#2026-W10", "sent", At.AddDays(30), CancellationToken.None));
        Assert.False(await store.TryRecordAsync("report#2026-W10", "sent again", At.AddDays(30), CancellationToken.None));
        await store.ForgetAsync("report#2026-W10", CancellationToken.None);
        Assert.True(await store.TryRecordAsync("report#2026-W10", "sent after a failure", At.AddDays(30), CancellationToken.None));
        await store.ForgetAsync("never-recorded", CancellationToken.None);
    }

    [SkippableFact]
    public async Task OnceLedger_ExpiredKeyStillStored_CountsAsAbsent()
    {
        engine.Require();
        var store = Store();
        Assert.True(await store.TryRecordAsync("alert#b#2026-03", "50%", At.AddHours(1), CancellationToken.None));

        _time.Advance(TimeSpan.FromMinutes(59));
        var beforeExpiry = await store.TryRecordAsync("alert#b#2026-03", "50%", At.AddDays(1), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(2));
        var afterExpiry = await store.TryRecordAsync("alert#b#2026-03", "50%", At.AddDays(1), CancellationToken.None);

        Assert.False(beforeExpiry);
        Assert.True(afterExpiry);
    }

    [SkippableFact]
    public async Task OnceLedger_ManyConcurrentClaims_ExactlyOneRecords()
    {
        engine.Require();
        var stores = Enumerable.Range(0, 8).Select(_ => Store()).ToList();

        var results = await Task.WhenAll(stores.Select(s => s.TryRecordAsync("report#2026-W11", "sent", At.AddDays(30), CancellationToken.None)));

        Assert.Single(results, recorded => recorded);
    }

    [SkippableFact]
    public async Task Activity_AcrossDayPartitions_FromInclusiveToExclusiveEveryFieldBack()
    {
        engine.Require();
        var store = Store();
        var size = new TaskSize(0.25m, 0.5m, TaskSize.Arm);
        var from = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        ServiceActivity Record(DateTimeOffset at, ActivityKind kind, string arn = "arn:aws:ecs:eu-west-1:1:service/main/api") =>
            new(arn, "main", "api", "eu-west-1", kind, at, $"{kind} at {at:O}", 2, size);
        var before = Record(from.AddTicks(-1), ActivityKind.Stopped);
        var atFrom = Record(from, ActivityKind.Stopped);
        var lastOfDay = Record(new DateTimeOffset(2026, 3, 1, 23, 59, 59, 999, TimeSpan.Zero), ActivityKind.Started);
        var midnight = Record(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), ActivityKind.Stopped);
        var sameInstantOtherService = Record(midnight.At, ActivityKind.Stopped, Web.ServiceArn) with { ServiceName = "web", Size = null, Tasks = 0, Detail = "" };
        var inBerlinOffset = Record(new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.FromHours(1)), ActivityKind.OverrideInForce);
        var atTo = Record(new DateTimeOffset(2026, 3, 3, 12, 0, 0, TimeSpan.Zero), ActivityKind.Started);
        await store.AppendAsync([atTo, inBerlinOffset, sameInstantOtherService, midnight, lastOfDay, atFrom, before], CancellationToken.None);

        var read = new List<ServiceActivity>();
        await foreach (var item in store.ReadAsync(from, atTo.At, CancellationToken.None))
        {
            read.Add(item);
        }

        var expected = new[] { atFrom, lastOfDay, midnight, sameInstantOtherService, inBerlinOffset };
        Assert.Equal(
            expected.Select(e => (e.At.UtcTicks, e.ServiceArn)),
            read.Select(r => (r.At.UtcTicks, r.ServiceArn)).OrderBy(r => r.UtcTicks).ThenBy(r => r.ServiceArn, StringComparer.Ordinal));
        foreach (var e in expected)
        {
            Assert.Equivalent(e with { At = e.At.ToUniversalTime() }, read.Single(r => r.At == e.At && r.ServiceArn == e.ServiceArn), strict: true);
        }
    }

    [SkippableFact]
    public async Task TtlAttributes_ActivityRunAndLedgerExpireAsConfigured()
    {
        engine.Require();
        var store = new DynamoDbStateStore(Client(), new DynamoDbStateStoreOptions { TableName = _table, ActivityRetention = TimeSpan.FromDays(120), RunRetention = TimeSpan.FromDays(7) }, _time);
        var activity = new ServiceActivity(Api.ServiceArn, "main", "api", "eu-west-1", ActivityKind.Stopped, At, "stopped", 3);
        await store.AppendAsync([activity], CancellationToken.None);
        await store.RecordRunAsync(new SchedulerRunRecord(At, At.AddSeconds(4), 1, 0, 0, 0, 0, "token-1"), CancellationToken.None);
        await store.TryRecordAsync("report#2026-W10", "sent", At.AddDays(35), CancellationToken.None);
        await store.TrySaveAsync(DynamoDbStateStoreTests.Full(1), 0, CancellationToken.None);

        var activityItem = await Raw("act#2026-03-02", $"2026-03-02T21:00:00.0000000Z#{Api.ServiceArn}#Stopped");
        var runItem = await Raw("run#2026-03-02", "2026-03-02T21:00:00.0000000Z");
        var onceItem = await Raw("once#report#2026-W10", "once");

        Assert.Equal(At.AddDays(120).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), activityItem["ttl"].N);
        Assert.Equal(At.AddDays(7).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), runItem["ttl"].N);
        Assert.Equal(At.AddDays(35).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), onceItem["ttl"].N);
        Assert.Equal("token-1", runItem["continuationToken"].S);
        Assert.False((await Raw($"svc#{Api.ServiceArn}", "state")).ContainsKey("ttl"), "service state must never expire: it holds the capacity to restore");
    }

    [SkippableFact]
    public async Task RunningOutsideSchedule_FilterRunsOnTheEngine_OnlyDriftAndOverridesListed()
    {
        engine.Require();
        var store = Store();
        ServiceRef Svc(string name) => new("main", name, $"arn:aws:ecs:eu-west-1:1:service/main/{name}");
        await store.TrySaveAsync(new ServiceState(Svc("drifted"), ServiceStatus.Drifted, 1, At, DriftSeenAt: At), 0, CancellationToken.None);
        await store.TrySaveAsync(new ServiceState(Svc("kept"), ServiceStatus.Running, 1, At, Override: OverrideState.InForce, OverrideUntil: At.AddDays(1)), 0, CancellationToken.None);
        await store.TrySaveAsync(new ServiceState(Svc("malformed"), ServiceStatus.Running, 1, At, Override: OverrideState.InForceMalformed), 0, CancellationToken.None);
        await store.TrySaveAsync(new ServiceState(Svc("stopped"), ServiceStatus.Stopped, 1, At), 0, CancellationToken.None);
        await store.TrySaveAsync(new ServiceState(Svc("expired"), ServiceStatus.Running, 1, At, Override: OverrideState.Expired), 0, CancellationToken.None);
        await store.AppendAsync([new ServiceActivity(Svc("drifted").ServiceArn, "main", "drifted", "eu-west-1", ActivityKind.Drift, At, "drift")], CancellationToken.None);
        await store.TryRecordAsync("svc#looks-like-a-service", "not a service", At.AddDays(1), CancellationToken.None);

        var listed = await store.RunningOutsideScheduleAsync(CancellationToken.None);

        Assert.Equal(
            [("drifted", ActivityKind.Drift), ("kept", ActivityKind.OverrideInForce), ("malformed", ActivityKind.OverrideMalformed)],
            listed.Select(o => (o.ServiceName, o.Reason)));
    }

    private DynamoDbStateStore Store() => new(Client(), new DynamoDbStateStoreOptions { TableName = _table }, _time);

    private IAmazonDynamoDB Client()
    {
        var client = engine.Client();
        _clients.Add(client);
        return client;
    }

    private async Task<Dictionary<string, AttributeValue>> Raw(string pk, string sk)
    {
        var response = await Client().GetItemAsync(new GetItemRequest
        {
            TableName = _table,
            Key = new() { ["pk"] = new AttributeValue { S = pk }, ["sk"] = new AttributeValue { S = sk } },
            ConsistentRead = true,
        });
        Assert.True(response.Item is { Count: > 0 }, $"no item pk={pk} sk={sk}");
        return response.Item;
    }
}
