using System.Reflection;
using System.Text.Json;
using CostOps.Terraform.Tests.Hcl;

namespace CostOps.Terraform.Tests;

/// <summary>The dashboard reads the metrics under the Function dimension the functions write.</summary>
[Collection(TerraformCollection.Name)]
public sealed class MonitoringTests(TerraformFixture terraform)
{
    [SkippableFact]
    public void Dashboard_FunctionDimension_IsTheNameEachFunctionWritesItsMetricsUnder()
    {
        HclParser.Require();
        Assert.Equal("${{ for key in keys(local.handlers) : key => replace(key, \"_\", \"-\") }}", terraform.Module.Locals["metric_dimension"].GetString());

        using var handlers = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Module, "handlers.json")));
        foreach (var handler in handlers.RootElement.EnumerateObject())
        {
            var parts = handler.Value.GetString()!.Split("::");
            var function = Assembly.Load(new AssemblyName(parts[0])).GetType(parts[1], throwOnError: true)!;
            var name = function.GetField("Name", BindingFlags.NonPublic | BindingFlags.Static)?.GetRawConstantValue();

            Assert.Equal(handler.Name.Replace('_', '-'), name);
        }
    }
}
