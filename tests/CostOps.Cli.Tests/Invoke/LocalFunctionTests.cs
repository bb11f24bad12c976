using System.Text.Json;
using CostOps.Cli.Invoke;
using CostOps.Cli.Tests.Fakes;

namespace CostOps.Cli.Tests.Invoke;

public sealed class LocalFunctionTests
{
    [Fact]
    public void Resolve_EveryKeyOfHandlersJson_NamesAFunction()
    {
        var keys = JsonDocument.Parse(RepositoryFiles.Read("terraform/handlers.json")).RootElement.EnumerateObject().Select(p => p.Name).ToList();

        Assert.Equal(5, keys.Count);
        Assert.All(keys, key => Assert.Equal(key.Replace('_', '-'), LocalFunction.Resolve(key)));
    }

    [Theory]
    [InlineData("cost-report", "cost-report")]
    [InlineData(" Spot_Manager ", "spot-manager")]
    [InlineData("costreport", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Resolve_Name_CanonicalNameOrNull(string? name, string? expected) => Assert.Equal(expected, LocalFunction.Resolve(name));
}
