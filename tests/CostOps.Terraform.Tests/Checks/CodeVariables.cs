namespace CostOps.Terraform.Tests.Checks;

/// <summary>The environment variables a function's code reads, and those it cannot start without.</summary>
public sealed record CodeVariables(IReadOnlySet<string> Read, IReadOnlySet<string> Required);
