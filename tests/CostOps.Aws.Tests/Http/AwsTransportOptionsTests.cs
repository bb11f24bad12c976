using CostOps.Aws.Http;

namespace CostOps.Aws.Tests.Http;

public class AwsTransportOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreValid()
    {
        var options = new AwsTransportOptions().Validate();

        Assert.Equal(5, options.MaxAttempts);
        Assert.Equal(new TokenBucketLimit(50, 5), options.EcsRateLimits.ServiceModify);
    }

    public static TheoryData<AwsTransportOptions, string> Invalid => new()
    {
        { new AwsTransportOptions { MaxAttempts = 0 }, "MaxAttempts" },
        { new AwsTransportOptions { MaxAttempts = 21 }, "MaxAttempts" },
        { new AwsTransportOptions { MaxAttempts = 8, MaxThrottleAttempts = 7 }, "MaxThrottleAttempts" },
        { new AwsTransportOptions { MaxThrottleAttempts = 31 }, "MaxThrottleAttempts" },
        { new AwsTransportOptions { BaseBackoff = TimeSpan.Zero }, "BaseBackoff" },
        { new AwsTransportOptions { BaseBackoff = TimeSpan.FromSeconds(30) }, "BaseBackoff" },
        { new AwsTransportOptions { MaxBackoff = TimeSpan.FromMinutes(6) }, "MaxBackoff" },
        { new AwsTransportOptions { HttpTimeout = TimeSpan.FromMilliseconds(10) }, "HttpTimeout" },
        { new AwsTransportOptions { EcsRateLimits = new EcsRateLimits { TagModify = new TokenBucketLimit(0, 1) } }, "TagModify" },
        { new AwsTransportOptions { EcsRateLimits = new EcsRateLimits { ServiceRead = new TokenBucketLimit(10, 0) } }, "ServiceRead" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_OutOfRange_ThrowsNamingTheSetting(AwsTransportOptions options, string setting)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => options.Validate());

        Assert.Equal(setting, error.ParamName);
    }

    [Fact]
    public void Backoff_JitterFraction_ScalesTheExponentialCeiling()
    {
        var options = new AwsTransportOptions();

        Assert.Equal(TimeSpan.FromSeconds(2), options.Backoff(3, 0.5));
        Assert.Equal(TimeSpan.Zero, options.Backoff(1, 0));
        Assert.Equal(TimeSpan.FromSeconds(20), options.Backoff(12, 1));
    }
}
