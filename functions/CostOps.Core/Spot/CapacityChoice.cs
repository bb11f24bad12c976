namespace CostOps.Core.Spot;

/// <summary>What a service asks for with its <c>costops:capacity</c> tag, or its cluster's default.</summary>
public enum CapacityChoice
{
    /// <summary>No tag and no cluster default: CostOps leaves its capacity alone.</summary>
    Unset,

    Spot,

    OnDemand,

    /// <summary>The tag's value is not understood: the service is left as it is and reported.</summary>
    Invalid,
}
