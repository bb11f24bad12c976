using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CostOps.Hosting.Configuration;

/// <summary>
/// Typed reads of environment variables that collect every problem instead of stopping at the first;
/// <see cref="ThrowIfInvalid"/> then reports them together. A getter whose variable is bad returns the
/// fallback (or a neutral value) so composition can go on and find the remaining problems.
/// Empty or whitespace values count as not set.
/// </summary>
public sealed class EnvironmentReader
{
    private readonly IReadOnlyDictionary<string, string?> _variables;
    private readonly List<ConfigurationProblem> _problems = [];
    private readonly object _gate = new();

    public EnvironmentReader(IReadOnlyDictionary<string, string?> variables)
    {
        _variables = variables ?? throw new ArgumentNullException(nameof(variables));
    }

    /// <summary>Every variable, for components that resolve their own (AWS region and endpoint overrides).</summary>
    public IReadOnlyDictionary<string, string> Variables =>
        _variables.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!, StringComparer.Ordinal);

    public IReadOnlyList<ConfigurationProblem> Problems
    {
        get
        {
            lock (_gate)
            {
                return [.. _problems];
            }
        }
    }

    /// <summary>A snapshot of the process environment; read once at cold start.</summary>
    public static IReadOnlyDictionary<string, string?> ProcessVariables()
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            result[(string)entry.Key] = entry.Value as string;
        }

        return result;
    }

    public string RequiredString(string name, string expected) =>
        Raw(name) ?? Fail(name, null, expected, string.Empty);

    public string? OptionalString(string name) => Raw(name);

    public string OptionalString(string name, string fallback) => Raw(name) ?? fallback;

    public int RequiredInt(string name, int min, int max) =>
        ReadInt(name, min, max, fallback: null);

    public int Int(string name, int fallback, int min, int max) =>
        ReadInt(name, min, max, fallback);

    public bool Bool(string name, bool fallback)
    {
        var raw = Raw(name);
        return raw?.ToUpperInvariant() switch
        {
            null => fallback,
            "TRUE" => true,
            "FALSE" => false,
            _ => Fail(name, raw, "true or false", fallback),
        };
    }

    /// <summary>A duration given in whole minutes.</summary>
    public TimeSpan Minutes(string name, int fallbackMinutes, int minMinutes, int maxMinutes) =>
        TimeSpan.FromMinutes(ReadInt(name, minMinutes, maxMinutes, fallbackMinutes, "whole number of minutes"));

    /// <summary>A duration given in whole seconds.</summary>
    public TimeSpan Seconds(string name, int fallbackSeconds, int minSeconds, int maxSeconds) =>
        TimeSpan.FromSeconds(ReadInt(name, minSeconds, maxSeconds, fallbackSeconds, "whole number of seconds"));

    /// <summary>One of the enum's names, case-insensitive; numbers are rejected.</summary>
    public TEnum Enum<TEnum>(string name, TEnum fallback)
        where TEnum : struct, Enum
    {
        var raw = Raw(name);
        if (raw is null)
        {
            return fallback;
        }

        foreach (var candidate in System.Enum.GetNames<TEnum>())
        {
            if (string.Equals(candidate, raw, StringComparison.OrdinalIgnoreCase))
            {
                return System.Enum.Parse<TEnum>(candidate);
            }
        }

        var names = string.Join(", ", System.Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()));
        return Fail(name, raw, "one of " + names, fallback);
    }

    /// <summary>A JSON value read with source-generated metadata; <paramref name="expected"/> describes the shape for people.</summary>
    public T? Json<T>(string name, JsonTypeInfo<T> typeInfo, string expected, T? fallback = default)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        var raw = Raw(name);
        if (raw is null)
        {
            return fallback;
        }

        try
        {
            return JsonSerializer.Deserialize(raw, typeInfo) ?? Fail(name, raw, expected + " (got JSON null)", fallback);
        }
        catch (JsonException ex)
        {
            Report(name, raw, expected, CostOps.Core.Configuration.JsonErrorText.Describe(ex, _ => null));
            return fallback;
        }
    }

    /// <summary>
    /// Records a problem a composition found. <paramref name="value"/> is the value as set (null when not set: never a
    /// default in its place); <paramref name="problem"/> says what is wrong when that is more than "not <paramref name="expected"/>".
    /// </summary>
    public void Report(string name, string? value, string expected, string? problem = null)
    {
        lock (_gate)
        {
            _problems.Add(new ConfigurationProblem(name, value, expected, problem));
        }
    }

    public void ThrowIfInvalid()
    {
        var problems = Problems;
        if (problems.Count > 0)
        {
            throw new ConfigurationException(problems);
        }
    }

    private int ReadInt(string name, int min, int max, int? fallback, string what = "whole number")
    {
        var expected = string.Create(CultureInfo.InvariantCulture, $"a {what} from {min} to {max}");
        var raw = Raw(name);
        if (raw is null)
        {
            return fallback ?? Fail(name, null, expected, min);
        }

        return int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : Fail(name, raw, expected, fallback ?? min);
    }

    private string? Raw(string name) =>
        _variables.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private T Fail<T>(string name, string? value, string expected, T fallback)
    {
        Report(name, value, expected);
        return fallback;
    }
}
