using System.Diagnostics;
using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace CostOps.Aws.Tests.State.Engine;

/// <summary>
/// dynalite (a DynamoDB-compatible engine, in memory) on 127.0.0.1 and a free port, started once for the
/// tests of <see cref="DynaliteCollection"/> from <c>tests/dynalite</c> (<c>make test</c> installs it).
/// Each test class creates its own table with the documented schema.
/// </summary>
public sealed class DynaliteEngine : IAsyncLifetime
{
    /// <summary>When set to 1 (CI sets it), an engine that cannot start fails the tests instead of skipping them.</summary>
    public const string RequireVariable = "COSTOPS_REQUIRE_DYNAMODB_ENGINE";

    private Process? _process;
    private int _tables;

    public Uri? Endpoint { get; private set; }

    /// <summary>Why the engine is not running; null when it is.</summary>
    public string? Problem { get; private set; }

    public async Task InitializeAsync()
    {
        var serve = FindServeScript();
        if (serve is null)
        {
            Problem = "tests/dynalite/node_modules is missing: run `make test` (it installs dynalite with npm ci) or `npm ci --prefix tests/dynalite`.";
            return;
        }

        try
        {
            _process = Process.Start(new ProcessStartInfo("node", [serve])
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Problem = $"Node.js could not be started ({ex.Message}): install Node.js to run the state store tests against dynalite.";
            return;
        }

        if (_process is null)
        {
            Problem = "Node.js could not be started: install Node.js to run the state store tests against dynalite.";
            return;
        }

        // No timer: on a busy machine node only starts later. serve.js either prints its port or exits (then stdout ends).
        var line = await _process.StandardOutput.ReadLineAsync();
        if (!int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var port))
        {
            var error = line is null ? await _process.StandardError.ReadToEndAsync() : $"it printed '{line}' instead of its port";
            Problem = $"dynalite did not start ({error.Trim()}).";
            Stop();
            return;
        }

        Endpoint = new Uri($"http://127.0.0.1:{port}/");
    }

    public Task DisposeAsync()
    {
        Stop();
        return Task.CompletedTask;
    }

    /// <summary>Skips the calling test when the engine is not running, or fails it where the engine is required.</summary>
    public void Require()
    {
        if (Problem is null)
        {
            return;
        }

        var required = Environment.GetEnvironmentVariable(RequireVariable) == "1";
        Assert.False(required, $"{RequireVariable}=1 but the DynamoDB-compatible engine is not running: {Problem}");
        Skip.If(true, $"SKIPPED against a DynamoDB engine: {Problem}");
    }

    /// <summary>A new client, as the functions build theirs: endpoint override, signing region, static keys.</summary>
    public IAmazonDynamoDB Client() => new AmazonDynamoDBClient(
        new BasicAWSCredentials("AKIDCOSTOPSTEST", "costops-test-secret"),
        new AmazonDynamoDBConfig { ServiceURL = Endpoint!.ToString(), AuthenticationRegion = "eu-west-1" });

    /// <summary>Creates a table with the schema documented on <c>DynamoDbStateStore</c> and returns its name.</summary>
    public async Task<string> CreateTableAsync()
    {
        var name = $"costops-{Interlocked.Increment(ref _tables)}";
        using var client = (AmazonDynamoDBClient)Client();
        await client.CreateTableAsync(new CreateTableRequest
        {
            TableName = name,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH), new KeySchemaElement("sk", KeyType.RANGE)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S), new AttributeDefinition("sk", ScalarAttributeType.S)],
        });

        // As with DynamoDB, a new table takes writes only once it is ACTIVE. serve.js sets createTableMs to 0, so the engine
        // marks it ACTIVE on its next turn of the event loop, which every request gives it: a few checks, however slow the machine.
        for (var attempt = 0; ; attempt++)
        {
            var status = (await client.DescribeTableAsync(name)).Table.TableStatus;
            if (status == TableStatus.ACTIVE)
            {
                return name;
            }

            Assert.True(attempt < 1000, $"table {name} still {status} after {attempt} checks");
        }
    }

    private void Stop()
    {
        if (_process is null)
        {
            return;
        }

        try
        {
            _process.StandardInput.Close();
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
        _process = null;
    }

    private static string? FindServeScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var serve = Path.Combine(dir.FullName, "tests", "dynalite", "serve.js");
            if (File.Exists(serve))
            {
                return File.Exists(Path.Combine(dir.FullName, "tests", "dynalite", "node_modules", "dynalite", "package.json")) ? serve : null;
            }
        }

        return null;
    }
}
