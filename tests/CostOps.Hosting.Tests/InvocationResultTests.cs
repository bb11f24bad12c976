using System.Text;
using System.Text.Json.Nodes;

namespace CostOps.Hosting.Tests;

public sealed class InvocationResultTests
{
    [Fact]
    public void Succeeded_JsonNode_SerializesCompactUtf8()
    {
        var result = InvocationResult.Succeeded(new JsonObject { ["week"] = "2026-W47", ["sent"] = true });

        Assert.Equal("{\"week\":\"2026-W47\",\"sent\":true}", Encoding.UTF8.GetString(result.Utf8Json.Span));
        Assert.False(result.IsFailure);
        Assert.Null(result.Failure);
    }

    [Fact]
    public void Failed_KeepsBodyAndFailure()
    {
        var result = InvocationResult.Failed("{\"failed\":2}"u8.ToArray(), "2 services failed");

        Assert.True(result.IsFailure);
        Assert.Equal("2 services failed", result.Failure);
        Assert.Equal("{\"failed\":2}", Encoding.UTF8.GetString(result.Utf8Json.Span));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"a\":")]
    [InlineData("{} {}")]
    [InlineData("not json")]
    public void Succeeded_BytesNotOneJsonValue_Throws(string text)
    {
        Assert.Throws<ArgumentException>(() => InvocationResult.Succeeded(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Failed_BlankFailure_Throws()
    {
        Assert.Throws<ArgumentException>(() => InvocationResult.Failed(new JsonObject(), " "));
    }
}
