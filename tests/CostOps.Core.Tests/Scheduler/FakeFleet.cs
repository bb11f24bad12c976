using System.Runtime.CompilerServices;
using CostOps.Core.Activity;
using CostOps.Core.Scheduler;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Tests.Scheduler;

/// <summary>An in-memory ECS + Application Auto Scaling account behind the scheduler's ports. Thread-safe.</summary>
internal sealed class FakeFleet : IServiceInventory, IResumableInventory, IServiceCapacity, IServiceScaling, IBatchScalingReads, INamespaceScalingReads, IServiceTagger, IRunContinuation
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ManagedService> _services = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScalingBounds> _scaling = new(StringComparer.Ordinal);
    private readonly List<string> _calls = [];

    public CallGate Gate { get; } = new();

    public List<SchedulerRunRequest> Continuations { get; } = [];

    /// <summary>Runs before each mutating call; may throw to simulate an API error.</summary>
    public Action<string, ServiceRef>? BeforeMutation { get; set; }

    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public static string Arn(string name) => $"arn:aws:ecs:eu-west-1:123456789012:service/main/{name}";

    public ManagedService Add(string name, int desired, ScalingBounds? scaling = null, Dictionary<string, string>? tags = null,
        SchedulingStrategy strategy = SchedulingStrategy.Replica, bool deploymentInProgress = false)
    {
        var service = new ManagedService(new ServiceRef("main", name, Arn(name)), desired, desired, strategy, deploymentInProgress,
            [new CapacityProviderItem("FARGATE_SPOT", 3, 1), new CapacityProviderItem("FARGATE", 1, 0)], null,
            tags ?? new Dictionary<string, string> { ["costops:schedule"] = "office" },
            new TaskSize(0.5m, 1m, TaskSize.X86), []);
        lock (_gate)
        {
            _services[service.Ref.ServiceArn] = service;
            if (scaling is not null)
            {
                _scaling[service.Ref.ServiceArn] = scaling;
            }
        }

        return service;
    }

    public ManagedService Get(string name)
    {
        lock (_gate)
        {
            return _services[Arn(name)];
        }
    }

    public ScalingBounds? Scaling(string name)
    {
        lock (_gate)
        {
            return _scaling.GetValueOrDefault(Arn(name));
        }
    }

    public void Change(string name, Func<ManagedService, ManagedService> change)
    {
        lock (_gate)
        {
            _services[Arn(name)] = change(_services[Arn(name)]);
        }
    }

    /// <summary>What Application Auto Scaling does on any scaling activity: pull the desired count into [min, max].</summary>
    public void ScalingActivity(string name)
    {
        lock (_gate)
        {
            if (_scaling.TryGetValue(Arn(name), out var b))
            {
                var s = _services[Arn(name)];
                _services[Arn(name)] = s with { DesiredCount = Math.Clamp(s.DesiredCount, b.Min, b.Max) };
            }
        }
    }

    /// <summary>DescribeScalableTargets calls (reads are not in <see cref="Calls"/>, which lists changes).</summary>
    public int ScalingReads { get; private set; }

    public int CallsTo(string operation) => Calls.Count(c => c.StartsWith(operation, StringComparison.Ordinal));

    /// <summary>When true a continuation's listing leaves out the services up to its token, as the ECS inventory does.</summary>
    public bool SkipsDone { get; set; }

    /// <summary>Services the scheduler's listings returned (described) so far.</summary>
    public int Described { get; private set; }

    public IAsyncEnumerable<ManagedService> ListAsync(string? after, CancellationToken cancellationToken) =>
        ListAsync(cancellationToken).Where(s => !SkipsDone || after is null || string.CompareOrdinal(s.Ref.ServiceArn, after) > 0).Select(Count);

    private ManagedService Count(ManagedService service)
    {
        lock (_gate)
        {
            Described++;
        }

        return service;
    }

    public async IAsyncEnumerable<ManagedService> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<ManagedService> all;
        lock (_gate)
        {
            all = [.. _services.Values.Reverse()];
        }

        foreach (var service in all)
        {
            yield return service;
        }

        await Task.CompletedTask;
    }

    public Task SetDesiredCountAsync(ServiceRef service, int desiredCount, CancellationToken cancellationToken)
    {
        Mutate("UpdateService", service, () =>
        {
            var s = _services[service.ServiceArn];
            if (s.Strategy == SchedulingStrategy.Daemon)
            {
                throw new InvalidOperationException("InvalidParameterException: DAEMON services have no desired count");
            }

            var clamped = _scaling.TryGetValue(service.ServiceArn, out var b) ? Math.Clamp(desiredCount, b.Min, b.Max) : desiredCount;
            _services[service.ServiceArn] = s with { DesiredCount = clamped };
        });
        return Task.CompletedTask;
    }

    public Task SetDesiredCountAsync(ServiceRef service, int desiredCount, IReadOnlyList<CapacityProviderItem> strategy, CancellationToken cancellationToken)
    {
        Mutate("UpdateServiceStrategy", service, () =>
        {
            var s = _services[service.ServiceArn];
            var clamped = _scaling.TryGetValue(service.ServiceArn, out var b) ? Math.Clamp(desiredCount, b.Min, b.Max) : desiredCount;
            _services[service.ServiceArn] = s with { DesiredCount = clamped, CapacityProviderStrategy = strategy, LaunchType = null };
        });
        return Task.CompletedTask;
    }

    public Task<ScalingBounds?> GetAsync(ServiceRef service, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            ScalingReads++;
            return Task.FromResult(_scaling.GetValueOrDefault(service.ServiceArn));
        }
    }

    /// <summary>When false the scalable targets are read one service at a time, as a port without batched reads does.</summary>
    public bool BatchScalingReads { get; set; } = true;

    /// <summary>Batched scalable-target reads (one DescribeScalableTargets of up to 50 ids each in the real port).</summary>
    public List<int> ScalingBatches { get; } = [];

    public Task<IReadOnlyDictionary<string, ScalingBounds>?> GetManyAsync(IReadOnlyList<ServiceRef> services, CancellationToken cancellationToken)
    {
        if (!BatchScalingReads)
        {
            return Task.FromResult<IReadOnlyDictionary<string, ScalingBounds>?>(null);
        }

        lock (_gate)
        {
            ScalingBatches.Add(services.Count);
            var found = services.Where(s => _scaling.ContainsKey(s.ServiceArn)).ToDictionary(s => s.ServiceArn, s => _scaling[s.ServiceArn], StringComparer.Ordinal);
            return Task.FromResult<IReadOnlyDictionary<string, ScalingBounds>?>(found);
        }
    }

    /// <summary>When true the namespace-wide listing answers (50 targets a page); false, as a port without it.</summary>
    public bool NamespaceScalingReads { get; set; }

    /// <summary>The page budget each namespace-wide listing was given.</summary>
    public List<int> NamespaceReadBudgets { get; } = [];

    public Task<IReadOnlyDictionary<string, ScalingBounds>?> GetAllAsync(IReadOnlyList<ServiceRef> services, int maxCalls, CancellationToken cancellationToken)
    {
        if (!NamespaceScalingReads)
        {
            throw new NotSupportedException("no namespace listing");
        }

        lock (_gate)
        {
            NamespaceReadBudgets.Add(maxCalls);
            if ((_scaling.Count + 49) / 50 > maxCalls)
            {
                return Task.FromResult<IReadOnlyDictionary<string, ScalingBounds>?>(null);
            }

            var found = services.Where(s => _scaling.ContainsKey(s.ServiceArn)).ToDictionary(s => s.ServiceArn, s => _scaling[s.ServiceArn], StringComparer.Ordinal);
            return Task.FromResult<IReadOnlyDictionary<string, ScalingBounds>?>(found);
        }
    }

    public Task SetAsync(ServiceRef service, ScalingBounds bounds, CancellationToken cancellationToken)
    {
        Mutate("RegisterScalableTarget", service, () =>
        {
            _scaling[service.ServiceArn] = bounds;
            var s = _services[service.ServiceArn];
            _services[service.ServiceArn] = s with { DesiredCount = Math.Clamp(s.DesiredCount, bounds.Min, bounds.Max) };
        });
        return Task.CompletedTask;
    }

    public Task TagAsync(ServiceRef service, string key, string value, CancellationToken cancellationToken)
    {
        Mutate("TagResource", service, () =>
        {
            var s = _services[service.ServiceArn];
            _services[service.ServiceArn] = s with { Tags = new Dictionary<string, string>(s.Tags) { [key] = value } };
        });
        return Task.CompletedTask;
    }

    public Task ContinueAsync(SchedulerRunRequest request, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Continuations.Add(request);
        }

        return Task.CompletedTask;
    }

    private void Mutate(string operation, ServiceRef service, Action apply)
    {
        Gate.Enter(operation);
        BeforeMutation?.Invoke(operation, service);
        lock (_gate)
        {
            _calls.Add($"{operation} {service.ServiceName}");
            apply();
        }
    }
}
