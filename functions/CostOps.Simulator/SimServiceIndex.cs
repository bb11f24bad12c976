namespace CostOps.Simulator;

/// <summary>
/// The account's services by ARN, by cluster and name, and by the scalable target (<c>service/cluster/name</c>) that scales
/// them. Used under the account's gate.
/// </summary>
internal sealed class SimServiceIndex
{
    private readonly Dictionary<string, SimService> _byArn = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Cluster, string Name), SimService> _byName = [];

    public SimService this[string arn] => _byArn[arn];

    public void Add(SimService service)
    {
        _byArn[service.Arn] = service;
        _byName[(service.Cluster, service.Name)] = service;
    }

    /// <summary>A name or ARN within <paramref name="cluster"/>; null when the cluster has no such service.</summary>
    public SimService? Find(string cluster, string nameOrArn) =>
        _byArn.TryGetValue(nameOrArn, out var byArn) ? (byArn.Cluster == cluster ? byArn : null) : _byName.GetValueOrDefault((cluster, nameOrArn));

    public SimService? ByArn(string arn) => _byArn.GetValueOrDefault(arn);

    /// <summary>The service a scalable target (<c>service/cluster/name</c>) scales.</summary>
    public SimService? OfTarget(string resourceId)
    {
        var parts = resourceId.Split('/');
        return parts.Length == 3 ? _byName.GetValueOrDefault((parts[1], parts[2])) : null;
    }
}
