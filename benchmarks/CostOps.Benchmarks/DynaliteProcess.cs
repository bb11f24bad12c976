using System.Diagnostics;
using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace CostOps.Benchmarks;

/// <summary>
/// dynalite (tests/dynalite, a DynamoDB-compatible engine on Node.js) on 127.0.0.1 with the state table created, so
/// a function in a fresh process loads and uses the real DynamoDB client for its state.
/// </summary>
internal sealed class DynaliteProcess : IDisposable
{
    private readonly Process _process;
    private int _tables;

    private DynaliteProcess(Process process, Uri endpoint)
    {
        _process = process;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    /// <summary>Starts the engine and creates the table; null with the reason when it cannot.</summary>
    public static async Task<(DynaliteProcess? Engine, string? Problem)> StartAsync(string repositoryRoot)
    {
        var serve = Path.Combine(repositoryRoot, "tests", "dynalite", "serve.js");
        if (!File.Exists(Path.Combine(repositoryRoot, "tests", "dynalite", "node_modules", "dynalite", "package.json")))
        {
            return (null, "tests/dynalite/node_modules is missing (make test installs it with npm ci)");
        }

        Process? process;
        try
        {
            process = Process.Start(new ProcessStartInfo("node", [serve]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true });
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (null, $"Node.js could not be started ({ex.Message})");
        }

        if (process is null || !int.TryParse(await process.StandardOutput.ReadLineAsync(), NumberStyles.None, CultureInfo.InvariantCulture, out var port))
        {
            process?.Kill();
            return (null, "dynalite did not print its port");
        }

        return (new DynaliteProcess(process, new Uri($"http://127.0.0.1:{port}/")), null);
    }

    /// <summary>A new, empty state table (so each cold start finds the state of a first run); returns its name.</summary>
    public async Task<string> CreateTableAsync()
    {
        var table = $"costops-state-{++_tables}";
        using var client = new AmazonDynamoDBClient(new BasicAWSCredentials("AKIDCOSTOPSBENCH", "costops-bench-secret"),
            new AmazonDynamoDBConfig { ServiceURL = Endpoint.ToString(), AuthenticationRegion = BenchFleet.Region });
        await client.CreateTableAsync(new CreateTableRequest
        {
            TableName = table,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH), new KeySchemaElement("sk", KeyType.RANGE)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S), new AttributeDefinition("sk", ScalarAttributeType.S)],
        });
        while ((await client.DescribeTableAsync(table)).Table.TableStatus != TableStatus.ACTIVE)
        {
            // createTableMs is 0: the engine marks the table ACTIVE on its next turn, which each request gives it.
        }

        return table;
    }

    public void Dispose()
    {
        // serve.js exits when its stdin closes.
        _process.StandardInput.Close();
        if (!_process.WaitForExit(5000))
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
