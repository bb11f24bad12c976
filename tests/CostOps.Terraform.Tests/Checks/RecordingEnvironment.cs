using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace CostOps.Terraform.Tests.Checks;

/// <summary>An empty environment that records every variable name looked up in it.</summary>
public sealed class RecordingEnvironment : IReadOnlyDictionary<string, string?>
{
    private readonly HashSet<string> _looked = new(StringComparer.Ordinal);

    public IReadOnlySet<string> LookedUp => _looked;

    public int Count => 0;

    public IEnumerable<string> Keys => [];

    public IEnumerable<string?> Values => [];

    public string? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key)
    {
        _looked.Add(key);
        return false;
    }

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string? value)
    {
        _looked.Add(key);
        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, string?>> GetEnumerator() => Enumerable.Empty<KeyValuePair<string, string?>>().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
