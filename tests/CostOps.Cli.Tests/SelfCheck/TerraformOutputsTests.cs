using CostOps.Cli.SelfCheck;
using CsCheck;

namespace CostOps.Cli.Tests.SelfCheck;

public sealed class TerraformOutputsTests
{
    [Fact]
    public void Parse_OutputJson_KeepsStringValues()
    {
        var outputs = TerraformOutputs.Parse("""
            {"scheduler_function_name":{"sensitive":false,"type":"string","value":"costops-scheduler"},
             "dashboard_url":{"sensitive":false,"type":"string","value":"https://console.aws.amazon.com/cloudwatch/home#dashboards"},
             "ids":{"sensitive":false,"type":["list","string"],"value":["a"]}}
            """);

        Assert.Equal("costops-scheduler", outputs["scheduler_function_name"]);
        Assert.False(outputs.ContainsKey("ids"));
        Assert.Equal(2, outputs.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("No outputs found")]
    public void Parse_NotAnObject_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => TerraformOutputs.Parse(text));
    }

    [Fact]
    public void Parse_AnyText_ReadsOrFailsWithFormatExceptionOnly() =>
        Gen.OneOf(Gen.String, Gen.String[Gen.Char["{}[]\":, value1"], 0, 60])
            .Sample(text =>
            {
                try
                {
                    TerraformOutputs.Parse(text);
                }
                catch (FormatException)
                {
                    // A clear error is a safe answer.
                }
            }, iter: 20_000);
}
