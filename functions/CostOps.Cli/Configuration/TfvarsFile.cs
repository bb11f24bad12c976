namespace CostOps.Cli.Configuration;

/// <summary>The assignments of one tfvars file, with typed accessors that fail naming the variable and line.</summary>
public sealed class TfvarsFile(string path, IReadOnlyDictionary<string, TfvarsValue> values)
{
    public string Path { get; } = path;

    public IReadOnlyDictionary<string, TfvarsValue> Values { get; } = values;

    public bool Has(string name) => Values.ContainsKey(name);

    /// <summary>The string assigned to <paramref name="name"/>, or null when it is not assigned.</summary>
    /// <exception cref="TfvarsException">It is assigned something other than a quoted string.</exception>
    public string? String(string name, string example)
    {
        if (!Values.TryGetValue(name, out var value))
        {
            return null;
        }

        return value.Kind == TfvarsValueKind.String
            ? value.Text
            : throw new TfvarsException(Path, value.Line, $"{name} must be a quoted string such as {name} = \"{example}\", found {Describe(value)}");
    }

    /// <summary>The list of strings assigned to <paramref name="name"/>, or null when it is not assigned.</summary>
    /// <exception cref="TfvarsException">It is assigned something other than a list of quoted strings.</exception>
    public IReadOnlyList<string>? StringList(string name, string example)
    {
        if (!Values.TryGetValue(name, out var value))
        {
            return null;
        }

        return value.Kind == TfvarsValueKind.StringList
            ? value.Items
            : throw new TfvarsException(Path, value.Line, $"{name} must be a list of quoted strings such as {name} = [{example}], found {Describe(value)}");
    }

    private static string Describe(TfvarsValue value) => value.Kind switch
    {
        TfvarsValueKind.String => $"the string \"{value.Text}\"",
        TfvarsValueKind.StringList => "a list",
        _ => Shorten(value.Raw ?? string.Empty),
    };

    private static string Shorten(string raw)
    {
        var oneLine = raw.ReplaceLineEndings(" ").Trim();
        return oneLine.Length <= 40 ? oneLine : string.Concat(oneLine.AsSpan(0, 37), "...");
    }
}
