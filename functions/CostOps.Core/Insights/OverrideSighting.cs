namespace CostOps.Core.Insights;

/// <summary>A keep-running override as CostOps last saw it: the tag value, its end (null: none or unreadable) and when CostOps first saw it.</summary>
public sealed record OverrideSighting(string Service, string? TagValue, DateTimeOffset? Until, DateTimeOffset? FirstSeen);
