using CostOps.Cli.Build;

namespace CostOps.Cli.Tests.Build;

public sealed class RuntimeTargetTests
{
    [Theory]
    [InlineData(".NETCoreApp,Version=v10.0/linux-x64", "net10.0", "linux-x64")]
    [InlineData(".NETCoreApp,Version=v10.0", "net10.0", null)]
    [InlineData(".NETCoreApp,Version=v8.0/linux-arm64", "net8.0", "linux-arm64")]
    public void Parse_RuntimeTargetName_GivesFrameworkAndRuntime(string name, string framework, string? runtime)
    {
        Assert.Equal(new RuntimeTarget(framework, runtime), RuntimeTarget.Parse(name));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".NETStandard,Version=v2.0")]
    [InlineData(".NETCoreApp,Version=vX")]
    public void Parse_OtherShapes_AreNull(string name)
    {
        Assert.Null(RuntimeTarget.Parse(name));
    }
}
