using System.Text.Json;
using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests.Checks;

/// <summary>
/// The Lambda functions: dotnet10 on x86_64, code from the zips with source_code_hash, handlers from
/// handlers.json, JSON logs into a log group with retention, reserved concurrency 1 for the functions
/// listed, and an on-failure destination for asynchronous invocations.
/// </summary>
public static class FunctionCheck
{
    public static IReadOnlyList<string> Problems(TerraformConfiguration configuration, IEnumerable<string> singleConcurrency)
    {
        var problems = new List<string>();
        var functions = configuration.OfType("aws_lambda_function").Where(b => b.Kind == "resource").ToList();
        if (functions.Count == 0)
        {
            return ["no aws_lambda_function in the module"];
        }

        foreach (var function in functions)
        {
            var where = $"{function.Address} ({function.File})";
            Expect(function, "runtime", "dotnet10", where, problems);
            if (Text(function.Attribute("architectures")) != """["x86_64"]""")
            {
                problems.Add($"{where}: architectures must be [\"x86_64\"] (the zips are built for linux-x64)");
            }

            if (Text(function.Attribute("source_code_hash")) is not { } hash || !hash.Contains("filebase64sha256(", StringComparison.Ordinal))
            {
                problems.Add($"{where}: source_code_hash must be filebase64sha256 of the zip, or a code change does not redeploy");
            }

            if (Text(function.Attribute("handler")) is not { } handler || !handler.Contains("each.value", StringComparison.Ordinal) || Text(function.Attribute("for_each")) != "${local.handlers}")
            {
                problems.Add($"{where}: one function per entry of local.handlers, with handler = each.value (the strings live in handlers.json)");
            }

            if (function.Blocks("logging_config") is not [var logging] || HclBlock.Text(HclBlock.Get(logging, "log_format")) != "JSON")
            {
                problems.Add($"{where}: logging_config.log_format must be \"JSON\"");
            }

            if (Text(function.Attribute("reserved_concurrent_executions")) is not { } reserved || !reserved.Contains("local.reserved_concurrency", StringComparison.Ordinal))
            {
                problems.Add($"{where}: reserved_concurrent_executions must come from local.reserved_concurrency");
            }
        }

        if (!configuration.Locals.TryGetValue("handlers", out var handlers) || HclBlock.Text(handlers) != "${jsondecode(file(\"${path.module}/handlers.json\"))}")
        {
            problems.Add("local.handlers must be jsondecode(file(\"${path.module}/handlers.json\"))");
        }

        var limits = configuration.Locals.TryGetValue("reserved_concurrency", out var r) && r.ValueKind == JsonValueKind.Object ? r : default;
        foreach (var key in singleConcurrency)
        {
            if (limits.ValueKind != JsonValueKind.Object || HclBlock.Get(limits, key) is not { ValueKind: JsonValueKind.Number } n || n.GetInt32() != 1)
            {
                problems.Add($"local.reserved_concurrency.{key} must be 1: two runs at once would only wait for each other's claims");
            }
        }

        foreach (var group in configuration.OfType("aws_cloudwatch_log_group").Where(b => b.Kind == "resource"))
        {
            if (group.Attribute("retention_in_days") is null)
            {
                problems.Add($"{group.Address} ({group.File}): no retention_in_days, the logs would be kept (and paid for) forever");
            }
        }

        var onFailure = configuration.OfType("aws_lambda_function_event_invoke_config")
            .SelectMany(c => c.Blocks("destination_config"))
            .SelectMany(d => HclBlock.NestedBlocks(d, "on_failure"))
            .Any(f => Text(HclBlock.Get(f, "destination"))?.Contains("aws_sqs_queue.", StringComparison.Ordinal) == true);
        if (!onFailure)
        {
            problems.Add("no aws_lambda_function_event_invoke_config sends failed asynchronous invocations to an SQS queue (on_failure)");
        }

        return problems;
    }

    private static void Expect(HclBlock block, string name, string value, string where, List<string> problems)
    {
        if (block.Attribute(name)?.ValueKind != JsonValueKind.String || block.Attribute(name)!.Value.GetString() != value)
        {
            problems.Add($"{where}: {name} must be \"{value}\"");
        }
    }

    private static string? Text(JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { } other => other.GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal),
    };
}
