using CostOps.Aws.Ecs;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Simulator;

/// <summary>
/// One simulated AWS account on a virtual clock: ECS clusters, services and their tasks, Application Auto Scaling
/// targets, budgets, the bill, Lambda invocations, SNS messages and S3 objects. Everything happens under
/// <see cref="Gate"/>; <see cref="Sync"/> brings tasks, Spot and scaling up to the clock before each answer.
/// </summary>
public sealed class SimulatedAccount
{
    private readonly List<SimulatedAccount> _linked = [];
    private int _nextTask;
    private SpotPlan _spot = SpotPlan.None;

    public SimulatedAccount(SimulatorOptions? options = null, FakeTimeProvider? clock = null)
    {
        Options = options ?? new SimulatorOptions();
        Clock = clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero));
        Random = new Random(Options.Seed);
        Ledger = new UsageLedger(new CostModel(Options.Region, Options.FixedCharges ?? []), Options.CostAllocationTag);
        Events = new EcsEventFeed(Options.Region, Options.AccountId, Random);
        Engine = new FleetEngine(this);
        LoadBalancing = new SimLoadBalancing(this);
    }

    public SimulatorOptions Options { get; }

    public string Region => Options.Region;

    public string ArnPrefix => $"arn:aws:ecs:{Region}:{Options.AccountId}:";

    public FakeTimeProvider Clock { get; }

    public Lock Gate { get; } = new();

    public Random Random { get; }

    public UsageLedger Ledger { get; }

    public EcsEventFeed Events { get; }

    public SpotPlan Spot
    {
        get => _spot;
        set
        {
            lock (Gate)
            {
                _spot = value ?? SpotPlan.None;
                Engine.Invalidate();
            }
        }
    }

    internal FleetEngine Engine { get; }

    /// <summary>Application Load Balancers, listeners, rules and target groups.</summary>
    public SimLoadBalancing LoadBalancing { get; }

    public Dictionary<string, SimCluster> Clusters { get; } = new(StringComparer.Ordinal);

    public List<SimService> Services { get; } = [];

    public Dictionary<string, SimTaskDefinition> TaskDefinitions { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SimScalableTarget> Targets { get; } = new(StringComparer.Ordinal);

    public List<SimBudget> Budgets { get; } = [];

    /// <summary>What Cost Explorer anomaly detection found, as GetAnomalies returns it; none by default.</summary>
    public List<CostOps.Aws.CostExplorer.Anomaly> Anomalies { get; } = [];

    public List<(string FunctionName, string Payload)> Invocations { get; } = [];

    public List<SentMessage> Outbox { get; } = [];

    public Dictionary<string, byte[]> Objects { get; } = new(StringComparer.Ordinal);

    public List<SimChange> Changes { get; } = [];

    /// <summary>EventBridge Scheduler schedules by <c>group/name</c>.</summary>
    public Dictionary<string, SimSchedule> Schedules { get; } = new(StringComparer.Ordinal);

    /// <summary>ECS may return fewer items than maxResults asks for; this caps every list page. Default 100.</summary>
    public int MaxPageSize { get; set; } = 100;

    public SimulatedAccount AddCluster(string name, params (string Key, string Value)[] tags)
    {
        lock (Gate)
        {
            var cluster = new SimCluster(name, $"{ArnPrefix}cluster/{name}");
            foreach (var (key, value) in tags)
            {
                cluster.Tags[key] = value;
            }

            Clusters[name] = cluster;
        }

        return this;
    }

    public SimTaskDefinition RegisterTaskDefinition(string family, int cpu, int memory, string architecture = "X86_64")
    {
        lock (Gate)
        {
            var revision = TaskDefinitions.Values.Count(d => d.Family == family) + 1;
            var definition = new SimTaskDefinition($"{ArnPrefix}task-definition/{family}:{revision}", family, revision, cpu, memory, architecture);
            TaskDefinitions[definition.Arn] = definition;
            return definition;
        }
    }

    /// <summary>A service whose tasks are already running. Tags as key/value pairs; a strategy replaces the FARGATE launch type.</summary>
    public SimService AddService(string cluster, string name, int desiredCount, SimTaskDefinition? taskDefinition = null,
        IReadOnlyList<CapacityProviderStrategyItem>? strategy = null, bool daemon = false, params (string Key, string Value)[] tags)
    {
        lock (Gate)
        {
            if (!Clusters.ContainsKey(cluster))
            {
                throw new ArgumentException($"No cluster '{cluster}': add it first.", nameof(cluster));
            }

            taskDefinition ??= TaskDefinitions.Values.FirstOrDefault(d => d.Family == $"{cluster}-app") ?? RegisterTaskDefinition($"{cluster}-app", 512, 1024);
            var now = Clock.GetUtcNow();
            var service = new SimService(cluster, name, $"{ArnPrefix}service/{cluster}/{name}", taskDefinition, daemon, now)
            {
                DesiredCount = desiredCount,
                LaunchType = strategy is null ? "FARGATE" : null,
                CapacityProviderStrategy = strategy,
            };
            foreach (var (key, value) in tags)
            {
                service.Tags[key] = value;
            }

            service.Deployments.Add(new SimDeployment($"ecs-svc/{Services.Count + 1}", now, now) { RolloutState = "COMPLETED" });
            for (var i = 0; i < desiredCount; i++)
            {
                service.Tasks.Add(new SimTask(NewTaskArn(cluster), SimCapacity.ProviderFor(strategy, i), now) { Running = true });
            }

            Services.Add(service);
            Index.Add(service);
            return service;
        }
    }

    public SimulatedAccount AddScalableTarget(string cluster, string service, int min, int max)
    {
        lock (Gate)
        {
            var id = $"service/{cluster}/{service}";
            Targets[id] = new SimScalableTarget(id, min, max);
        }

        return this;
    }

    public SimulatedAccount AddBudget(string name, decimal limit)
    {
        lock (Gate)
        {
            Budgets.Add(new SimBudget(name, limit));
        }

        return this;
    }

    /// <summary>
    /// Makes this account an organisation's management (payer) account: its Cost Explorer answers for <paramref name="members"/>
    /// too (their bills, grouped and filtered by LINKED_ACCOUNT). Members should share this account's clock; linking an account
    /// to itself or twice changes nothing.
    /// </summary>
    public SimulatedAccount LinkAccounts(params SimulatedAccount[] members)
    {
        ArgumentNullException.ThrowIfNull(members);
        lock (Gate)
        {
            foreach (var member in members)
            {
                ArgumentNullException.ThrowIfNull(member);
                if (member != this && !_linked.Contains(member))
                {
                    _linked.Add(member);
                }
            }
        }

        return this;
    }

    /// <summary>Call under <see cref="Gate"/>. This account and the accounts linked to it, this one first.</summary>
    internal IReadOnlyList<SimulatedAccount> BillingFamily => [this, .. _linked];

    public SimService Service(string name)
    {
        lock (Gate)
        {
            return Services.Single(s => s.Name == name);
        }
    }

    public SimScalableTarget Target(string cluster, string service)
    {
        lock (Gate)
        {
            return Targets[$"service/{cluster}/{service}"];
        }
    }

    /// <summary>Brings tasks, deployments, Spot and scaling activities up to the clock, accruing usage on the way.</summary>
    public void Sync()
    {
        lock (Gate)
        {
            Engine.SyncTo(Clock.GetUtcNow());
        }
    }

    /// <summary>Moves the virtual clock (firing its timers) and syncs the account.</summary>
    public void Advance(TimeSpan by)
    {
        Clock.Advance(by);
        Sync();
    }

    /// <summary>What Application Auto Scaling does on a scaling activity, now: every desired count outside its target's [min, max] is pulled back in.</summary>
    public void SimulateScalingActivity()
    {
        lock (Gate)
        {
            Engine.SyncTo(Clock.GetUtcNow());
            foreach (var target in Targets.Values)
            {
                Engine.PullIntoBounds(target, Clock.GetUtcNow());
            }
        }
    }

    /// <summary>One-time schedules whose time has come, each handed out once per time it was set to: the caller invokes their targets.</summary>
    public IReadOnlyList<SimSchedule> TakeDueSchedules()
    {
        lock (Gate)
        {
            var now = Clock.GetUtcNow();
            var due = Schedules.Values.Where(s => s.State == "ENABLED" && s.FiredFor != s.Expression && s.FiresAt() <= now).OrderBy(s => s.FiresAt()).ToList();
            due.ForEach(s => s.FiredFor = s.Expression);
            return due;
        }
    }

    /// <summary>Call under <see cref="Gate"/>. A name or ARN; ECS's default cluster when absent.</summary>
    internal SimCluster ClusterNamed(string? nameOrArn)
    {
        var name = nameOrArn is null ? "default" : nameOrArn[(nameOrArn.LastIndexOf('/') + 1)..];
        return Clusters.TryGetValue(name, out var cluster) ? cluster : throw new SimulatorError("ClusterNotFoundException", $"Cluster not found: {nameOrArn}.");
    }

    /// <summary>Call under <see cref="Gate"/>. The services by ARN, by name and by scalable target.</summary>
    internal SimServiceIndex Index { get; } = new();

    /// <summary>Call under <see cref="Gate"/>.</summary>
    internal SimScalableTarget? TargetOf(SimService service) => Targets.GetValueOrDefault($"service/{service.Cluster}/{service.Name}");

    /// <summary>Sets a desired count directly, as if by UpdateService (tasks start or stop to match).</summary>
    public void ChangeDesiredCount(string serviceArn, int desired)
    {
        lock (Gate)
        {
            Engine.SetDesired(Index[serviceArn], desired, Clock.GetUtcNow(), "direct");
        }
    }

    /// <summary>Sets a scalable target's bounds directly, as if by RegisterScalableTarget.</summary>
    public void ChangeBounds(string resourceId, int min, int max)
    {
        lock (Gate)
        {
            var target = Targets[resourceId];
            (target.Min, target.Max) = (min, max);
            Engine.PullIntoBounds(target, Clock.GetUtcNow());
        }
    }

    /// <summary>Sets a tag on a service directly, as if by TagResource.</summary>
    public void ChangeTag(string serviceArn, string key, string value)
    {
        lock (Gate)
        {
            Index[serviceArn].Tags[key] = value;
        }
    }

    internal string NewTaskArn(string cluster) => $"{ArnPrefix}task/{cluster}/{++_nextTask:x32}";
}
