namespace CostOps.Aws.Tests.State.Engine;

/// <summary>The test classes that share one <see cref="DynaliteEngine"/>.</summary>
[CollectionDefinition(Name)]
public sealed class DynaliteCollection : ICollectionFixture<DynaliteEngine>
{
    public const string Name = "dynalite";
}
