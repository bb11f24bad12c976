using System.Text.Json;
using CostOps.Aws.Ecs;
using CostOps.Aws.Json;

namespace CostOps.Aws.Tests.Clients;

public sealed class EpochSecondsConverterTests
{
    [Theory]
    [InlineData("1.47248795213E9")]
    [InlineData("1472487952.13")]
    [InlineData("\"2016-08-29T16:25:52.130Z\"")]
    public void Read_NumberExponentOrIsoString_GivesSameInstant(string raw)
    {
        var deployment = JsonSerializer.Deserialize($$"""{"createdAt":{{raw}}}""", AwsJsonContext.Default.Deployment)!;

        Assert.Equal(new DateTimeOffset(2016, 8, 29, 16, 25, 52, 130, TimeSpan.Zero), deployment.CreatedAt);
    }

    [Fact]
    public void Write_Instant_WritesEpochSecondsNumberAndSkipsNulls()
    {
        var json = JsonSerializer.Serialize(new Deployment { CreatedAt = new DateTimeOffset(2016, 8, 29, 16, 25, 52, 130, TimeSpan.Zero) }, AwsJsonContext.Default.Deployment);

        Assert.Equal("""{"createdAt":1472487952.13}""", json);
    }

    [Fact]
    public void Read_Boolean_ThrowsJsonException()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"createdAt":true}""", AwsJsonContext.Default.Deployment));
    }
}
