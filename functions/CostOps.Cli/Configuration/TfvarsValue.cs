namespace CostOps.Cli.Configuration;

/// <summary>What one assignment in a tfvars file holds, as far as CostOps reads it.</summary>
public enum TfvarsValueKind
{
    /// <summary><c>name = "text"</c>.</summary>
    String,

    /// <summary><c>name = ["a", "b"]</c> (possibly empty, over several lines).</summary>
    StringList,

    /// <summary>A number, bool, map, heredoc or any other expression: kept as written, not interpreted.</summary>
    Other,
}

/// <summary>One assignment: its kind, its value and where it was written.</summary>
public sealed record TfvarsValue(TfvarsValueKind Kind, int Line, string? Text = null, IReadOnlyList<string>? Items = null, string? Raw = null);
