using System.IO.Compression;
using System.Text.Json;

namespace CostOps.Aws.Tests.Contracts;

/// <summary>An official AWS service model (botocore <c>service-2.json</c>): metadata, operations and shapes.</summary>
internal sealed class ServiceModel
{
    /// <summary>Where Debian's python3-botocore puts the models; BOTOCORE_DATA overrides.</summary>
    private static readonly string[] DataRoots =
    [
        "/usr/lib/python3/dist-packages/botocore/data",
        "/usr/share/python3-botocore/data",
    ];

    private readonly JsonElement _root;

    private ServiceModel(string path, JsonElement root)
    {
        Path = path;
        _root = root;
    }

    public string Path { get; }

    public JsonElement Metadata => _root.GetProperty("metadata");

    public static ServiceModel Load(string service, string apiVersion)
    {
        var roots = Environment.GetEnvironmentVariable("BOTOCORE_DATA") is { Length: > 0 } custom ? [custom, .. DataRoots] : DataRoots;
        foreach (var root in roots)
        {
            var plain = System.IO.Path.Combine(root, service, apiVersion, "service-2.json");
            if (File.Exists(plain))
            {
                using var stream = File.OpenRead(plain);
                return Parse(plain, stream);
            }

            if (File.Exists(plain + ".gz"))
            {
                using var file = File.OpenRead(plain + ".gz");
                using var gzip = new GZipStream(file, CompressionMode.Decompress);
                return Parse(plain + ".gz", gzip);
            }
        }

        throw new FileNotFoundException(
            $"The official AWS model {service}/{apiVersion}/service-2.json(.gz) was not found under {string.Join(" or ", roots)}. "
            + "Install it with `apt-get install python3-botocore` (or point BOTOCORE_DATA at a botocore data directory).");
    }

    public string MetadataString(string name) => Metadata.TryGetProperty(name, out var value) ? value.GetString() ?? string.Empty : string.Empty;

    public bool TryGetOperation(string name, out JsonElement operation) => _root.GetProperty("operations").TryGetProperty(name, out operation);

    public JsonElement Operation(string name) =>
        TryGetOperation(name, out var operation) ? operation : throw new KeyNotFoundException($"Operation {name} is not in {Path}.");

    public string InputShapeName(string operation) => Operation(operation).GetProperty("input").GetProperty("shape").GetString()!;

    public string OutputShapeName(string operation) => Operation(operation).GetProperty("output").GetProperty("shape").GetString()!;

    public JsonElement Shape(string name) => _root.GetProperty("shapes").GetProperty(name);

    private static ServiceModel Parse(string path, Stream stream)
    {
        using var document = JsonDocument.Parse(stream);
        return new ServiceModel(path, document.RootElement.Clone());
    }
}
