namespace CostOps.Aws.ElasticLoadBalancing;

/// <summary>ELBv2 <c>RuleCondition</c>: its field and values, read from <c>Values</c> or the field's own config (e.g. <c>HostHeaderConfig.Values</c>).</summary>
/// <param name="Field">host-header, path-pattern, http-header, http-request-method, query-string or source-ip.</param>
public sealed record RuleCondition(string Field, IReadOnlyList<string> Values)
{
    public const string HostHeader = "host-header";
    public const string PathPattern = "path-pattern";
}
