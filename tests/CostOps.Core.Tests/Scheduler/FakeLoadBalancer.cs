using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Tests.Scheduler;

/// <summary>An in-memory Application Load Balancer behind <see cref="IWakeRouting"/>: listener rules, the wake target group, target health. Thread-safe.</summary>
internal sealed class FakeLoadBalancer(FakeFleet fleet) : IWakeRouting
{
    public const string WakeGroup = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/costops-wake/1";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, RuleRoute> _rules = new(StringComparer.Ordinal);
    private readonly List<string> _calls = [];

    /// <summary>Whether a target group has a healthy target; every group is healthy unless the test says otherwise.</summary>
    public Func<string, bool> Healthy { get; set; } = _ => true;

    /// <summary>The desired count of each service when one of its rules was pointed at the wake page.</summary>
    public List<int> DesiredWhenDiverted { get; } = [];

    public int Reads { get; private set; }

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

    public static string Group(string service) => $"arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/{service}/1";

    public void AddRule(RuleRoute rule)
    {
        lock (_gate)
        {
            _rules[rule.RuleArn] = rule;
        }
    }

    public RuleRoute Rule(string ruleArn)
    {
        lock (_gate)
        {
            return _rules[ruleArn];
        }
    }

    public bool AtWake(string ruleArn) => Rule(ruleArn).TargetGroups is [{ TargetGroupArn: WakeGroup }];

    public Task<IReadOnlyList<RuleRoute>> FindRulesAsync(IReadOnlyList<string> targetGroupArns, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Reads++;
            IReadOnlyList<RuleRoute> found = [.. _rules.Values
                .Where(r => r.TargetGroups.Any(t => targetGroupArns.Contains(t.TargetGroupArn, StringComparer.Ordinal)))
                .OrderBy(r => r.RuleArn, StringComparer.Ordinal)];
            return Task.FromResult(found);
        }
    }

    public Task PointAtWakeAsync(string ruleArn, CancellationToken cancellationToken)
    {
        Mutate(ruleArn, () =>
        {
            var owner = Owner(_rules[ruleArn]);
            if (owner is not null)
            {
                DesiredWhenDiverted.Add(fleet.Get(owner).DesiredCount);
            }

            _rules[ruleArn] = new RuleRoute(ruleArn, [new RouteTarget(WakeGroup, null)]);
        });
        return Task.CompletedTask;
    }

    public Task RestoreAsync(RuleRoute original, CancellationToken cancellationToken)
    {
        Mutate(original.RuleArn, () => _rules[original.RuleArn] = original);
        return Task.CompletedTask;
    }

    public Task<bool> HealthyAsync(IReadOnlyList<string> targetGroupArns, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Reads++;
        }

        return Task.FromResult(targetGroupArns.All(Healthy));
    }

    /// <summary>The service whose target group (named after it) the rule forwards to, if it is not the wake group.</summary>
    private static string? Owner(RuleRoute rule) =>
        rule.TargetGroups.Select(t => t.TargetGroupArn).FirstOrDefault(a => a != WakeGroup) is { } arn ? arn.Split('/')[^2] : null;

    private void Mutate(string ruleArn, Action apply)
    {
        fleet.Gate.Enter($"ModifyRule {ruleArn}");
        lock (_gate)
        {
            _calls.Add($"ModifyRule {ruleArn}");
            apply();
        }
    }
}
