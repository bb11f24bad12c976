using CostOps.Cli.Configuration;
using CsCheck;

namespace CostOps.Cli.Tests.Configuration;

public sealed class AwsConfigFileTests
{
    private const string Config = """
        [default]
        region = us-east-2
        output = json

        # a work profile
        [profile work]
        sso_session = corp
        region=eu-west-1 ; inline comment

        [profile  spaced ]
        region = ap-south-1
        """;

    [Theory]
    [InlineData("default", "us-east-2")]
    [InlineData("work", "eu-west-1")]
    [InlineData("spaced", "ap-south-1")]
    [InlineData("missing", null)]
    public void Region_Profile_ReadsItsSection(string profile, string? expected)
    {
        Assert.Equal(expected, AwsConfigFile.Region(Config, profile));
    }

    [Fact]
    public void Region_ProfileWithoutRegion_IsNull()
    {
        Assert.Null(AwsConfigFile.Region("[profile x]\noutput = json\n[default]\nregion = us-east-1", "x"));
    }

    [Fact]
    public void ProfileName_AwsProfileSetOrNot_UsesItElseDefault()
    {
        Assert.Equal("work", AwsConfigFile.ProfileName(new Dictionary<string, string> { ["AWS_PROFILE"] = " work " }));
        Assert.Equal("default", AwsConfigFile.ProfileName(new Dictionary<string, string>()));
    }

    [Fact]
    public void ConfigPath_AwsConfigFileSet_UsesIt()
    {
        Assert.Equal("/etc/aws.conf", AwsConfigFile.ConfigPath(new Dictionary<string, string> { ["AWS_CONFIG_FILE"] = "/etc/aws.conf" }, "/home/u"));
        Assert.Equal(Path.Combine("/home/u", ".aws", "config"), AwsConfigFile.ConfigPath(new Dictionary<string, string>(), "/home/u"));
    }

    [Fact]
    public void Region_AnyTextAndProfile_NeverThrows() =>
        Gen.Select(Gen.String[Gen.Char["[]=#; \nabcdefprogilu-1"], 0, 80], Gen.OneOf(Gen.Const("default"), Gen.String))
            .Sample((text, profile) => AwsConfigFile.Region(text, profile) is null or { Length: > 0 }, iter: 20_000);
}
