namespace CostOps.Core.Scheduler.Ports;

/// <summary>
/// The load balancer side of waking: finds the listener rules that forward to a service's target groups, points
/// them at the CostOps wake function while the service is stopped, and puts them back once its targets are healthy.
/// Every change is idempotent: pointing a rule at the wake function twice, or restoring it twice, changes nothing more.
/// </summary>
public interface IWakeRouting
{
    /// <summary>
    /// The listener rules (default rules excepted) whose actions are forwards only and include one of
    /// <paramref name="targetGroupArns"/>, as they are now. Rules with other actions (authentication, redirects) are not returned.
    /// </summary>
    Task<IReadOnlyList<RuleRoute>> FindRulesAsync(IReadOnlyList<string> targetGroupArns, CancellationToken cancellationToken);

    /// <summary>Makes the rule forward to the wake function's target group only.</summary>
    Task PointAtWakeAsync(string ruleArn, CancellationToken cancellationToken);

    /// <summary>Puts the rule's forward back as <paramref name="original"/> describes it.</summary>
    Task RestoreAsync(RuleRoute original, CancellationToken cancellationToken);

    /// <summary>True when every one of <paramref name="targetGroupArns"/> has at least one healthy target.</summary>
    Task<bool> HealthyAsync(IReadOnlyList<string> targetGroupArns, CancellationToken cancellationToken);
}
