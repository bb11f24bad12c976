using System.IO.Compression;
using System.Text.Json;

namespace CostOps.Cli.Build;

/// <summary>What a published .NET package was built for, read from its <c>.deps.json</c> (<c>runtimeTarget.name</c>).</summary>
public sealed record RuntimeTarget(string TargetFramework, string? RuntimeIdentifier)
{
    /// <summary><c>.NETCoreApp,Version=v10.0/linux-x64</c> → net10.0, linux-x64; null when the name has another shape.</summary>
    public static RuntimeTarget? Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var parts = name.Split('/', 2);
        const string Prefix = ".NETCoreApp,Version=v";
        if (!parts[0].StartsWith(Prefix, StringComparison.Ordinal) || !Version.TryParse(parts[0][Prefix.Length..], out var version))
        {
            return null;
        }

        return new RuntimeTarget($"net{version.Major}.{version.Minor}", parts.Length == 2 && parts[1].Length > 0 ? parts[1] : null);
    }

    /// <summary>The runtime target of the <c>.deps.json</c> files at the zip's root, or null when there is none to read.</summary>
    public static RuntimeTarget? FromZip(string zipPath)
    {
        using var archive = ZipFile.OpenRead(zipPath);
        foreach (var entry in archive.Entries.Where(e => e.FullName.EndsWith(".deps.json", StringComparison.Ordinal) && !e.FullName.Contains('/', StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            try
            {
                using var document = JsonDocument.Parse(stream);
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("runtimeTarget", out var target)
                    && target.ValueKind == JsonValueKind.Object
                    && target.TryGetProperty("name", out var name)
                    && name.ValueKind == JsonValueKind.String
                    && Parse(name.GetString()!) is { } parsed)
                {
                    return parsed;
                }
            }
            catch (JsonException)
            {
                // Not readable: try the next one; none readable means null.
            }
        }

        return null;
    }
}
