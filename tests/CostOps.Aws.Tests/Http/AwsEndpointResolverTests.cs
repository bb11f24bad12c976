using CostOps.Aws.Http;

namespace CostOps.Aws.Tests.Http;

public class AwsEndpointResolverTests
{
    private static AwsEndpoint Resolve(AwsService service, params (string Name, string Value)[] variables) =>
        new AwsEndpointResolver(variables.ToDictionary(v => v.Name, v => v.Value)).Resolve(service);

    [Fact]
    public void Resolve_RegionalService_UsesAwsRegion()
    {
        var endpoint = Resolve(AwsServices.Ecs, ("AWS_REGION", "eu-central-1"), ("AWS_DEFAULT_REGION", "us-west-2"));

        Assert.Equal(new Uri("https://ecs.eu-central-1.amazonaws.com"), endpoint.BaseUri);
        Assert.Equal("eu-central-1", endpoint.SigningRegion);
    }

    [Fact]
    public void Resolve_OnlyDefaultRegion_FallsBackToAwsDefaultRegion()
    {
        var endpoint = Resolve(AwsServices.ApplicationAutoScaling, ("AWS_DEFAULT_REGION", "us-west-2"));

        Assert.Equal(new Uri("https://application-autoscaling.us-west-2.amazonaws.com"), endpoint.BaseUri);
        Assert.Equal("us-west-2", endpoint.SigningRegion);
    }

    [Fact]
    public void Resolve_NoRegion_ThrowsNamingBothVariables()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Resolve(AwsServices.Sns, ("AWS_REGION", "  ")));

        Assert.Contains("AWS_REGION", error.Message, StringComparison.Ordinal);
        Assert.Contains("AWS_DEFAULT_REGION", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("budgets", "https://budgets.amazonaws.com/")]
    [InlineData("ce", "https://ce.us-east-1.amazonaws.com/")]
    public void Resolve_GlobalService_UsesSingleEndpointAndSignsInUsEast1(string prefix, string expected)
    {
        var service = prefix == "ce" ? AwsServices.CostExplorer : AwsServices.Budgets;

        var endpoint = Resolve(service, ("AWS_REGION", "eu-west-1"));

        Assert.Equal(new Uri(expected), endpoint.BaseUri);
        Assert.Equal("us-east-1", endpoint.SigningRegion);
    }

    [Fact]
    public void Resolve_GlobalServiceWithoutRegion_DoesNotNeedOne()
    {
        Assert.Equal("us-east-1", Resolve(AwsServices.Budgets).SigningRegion);
    }

    [Fact]
    public void Resolve_GeneralEndpointUrl_RedirectsEveryService()
    {
        var endpoint = Resolve(AwsServices.Sns, ("AWS_REGION", "eu-west-1"), ("AWS_ENDPOINT_URL", "http://localhost:4566/"));

        Assert.Equal(new Uri("http://localhost:4566"), endpoint.BaseUri);
        Assert.Equal("eu-west-1", endpoint.SigningRegion);
    }

    [Fact]
    public void Resolve_ServiceSpecificEndpointUrl_WinsOverGeneralOne()
    {
        var endpoint = Resolve(
            AwsServices.CostExplorer,
            ("AWS_ENDPOINT_URL", "http://localhost:4566"),
            ("AWS_ENDPOINT_URL_COST_EXPLORER", "http://ce-mock:8080"));

        Assert.Equal(new Uri("http://ce-mock:8080"), endpoint.BaseUri);
    }

    [Fact]
    public void Resolve_ServiceSpecificVariableOfAnotherService_IsNotUsed()
    {
        var endpoint = Resolve(AwsServices.Ecs, ("AWS_REGION", "eu-west-1"), ("AWS_ENDPOINT_URL_SNS", "http://sns-mock:1"));

        Assert.Equal(new Uri("https://ecs.eu-west-1.amazonaws.com"), endpoint.BaseUri);
    }

    [Theory]
    [InlineData("true", "https://ecs.eu-west-1.amazonaws.com/")]
    [InlineData("TRUE", "https://ecs.eu-west-1.amazonaws.com/")]
    [InlineData("false", "http://localhost:4566/")]
    public void Resolve_IgnoreConfiguredEndpointUrls_DisablesOverridesOnlyWhenTrue(string flag, string expected)
    {
        var endpoint = Resolve(
            AwsServices.Ecs,
            ("AWS_REGION", "eu-west-1"),
            ("AWS_ENDPOINT_URL_ECS", "http://localhost:4566"),
            ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", flag));

        Assert.Equal(new Uri(expected), endpoint.BaseUri);
    }

    [Fact]
    public void Resolve_MalformedEndpointUrl_ThrowsNamingTheVariable()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Resolve(AwsServices.ApplicationAutoScaling, ("AWS_REGION", "eu-west-1"), ("AWS_ENDPOINT_URL_APPLICATION_AUTO_SCALING", "localhost:4566")));

        Assert.Contains("AWS_ENDPOINT_URL_APPLICATION_AUTO_SCALING", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cost Explorer", "AWS_ENDPOINT_URL_COST_EXPLORER")]
    [InlineData("Application Auto Scaling", "AWS_ENDPOINT_URL_APPLICATION_AUTO_SCALING")]
    [InlineData("ECS", "AWS_ENDPOINT_URL_ECS")]
    public void ServiceEndpointVariable_ServiceId_UpperCasesAndReplacesSpaces(string serviceId, string expected)
    {
        var service = AwsServices.Ecs with { ServiceId = serviceId };

        Assert.Equal(expected, AwsEndpointResolver.ServiceEndpointVariable(service));
    }
}
