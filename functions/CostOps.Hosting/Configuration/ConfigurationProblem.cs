namespace CostOps.Hosting.Configuration;

/// <summary>One bad environment variable. <see cref="Value"/> is null when the variable is not set.</summary>
public sealed record ConfigurationProblem(string Name, string? Value, string Expected)
{
    public override string ToString() => Value is null
        ? $"{Name} is not set: expected {Expected}"
        : $"{Name}='{Value}': expected {Expected}";
}
