namespace CostOps.Cli.Fleet;

/// <summary>A service named as CLUSTER/SERVICE on the command line.</summary>
public sealed record ServiceTarget(string Cluster, string Service)
{
    /// <exception cref="UsageException">Not two non-empty names separated by one slash.</exception>
    public static ServiceTarget Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parts = value.Trim().Split('/');
        return parts.Length == 2 && parts.All(p => p.Length > 0 && !p.Any(char.IsWhiteSpace))
            ? new ServiceTarget(parts[0], parts[1])
            : throw new UsageException($"'{value}' is not CLUSTER/SERVICE, e.g. dev/api");
    }

    public override string ToString() => $"{Cluster}/{Service}";
}
