using CostOps.Aws.Ecs;
using CostOps.Aws.Lambda;
using CostOps.Cli.Aws;
using Moq;

namespace CostOps.Cli.Tests.Fakes;

/// <summary>A <see cref="CliHost"/> over a temporary repository, fake processes and mocked AWS clients, capturing the output.</summary>
public sealed class TestHost
{
    public TestHost(TempRepository repository)
    {
        Repository = repository;
        Aws.SetupGet(a => a.CallerIdentity).Returns(Sts.Object);
        Aws.Setup(a => a.Ecs(It.IsAny<string>())).Returns(Ecs.Object);
        Aws.Setup(a => a.Lambda(It.IsAny<string>())).Returns(Lambda.Object);
    }

    public TempRepository Repository { get; }

    public FakeProcessRunner Processes { get; } = new();

    public Mock<IAwsClientFactory> Aws { get; } = new(MockBehavior.Strict);

    public Mock<ICallerIdentityClient> Sts { get; } = new(MockBehavior.Strict);

    public Mock<IEcsClient> Ecs { get; } = new(MockBehavior.Strict);

    public Mock<ILambdaClient> Lambda { get; } = new(MockBehavior.Strict);

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public StringWriter Out { get; } = new();

    public StringWriter Error { get; } = new();

    public bool OutputRedirected { get; set; } = true;

    public Task<int> RunAsync(params string[] args) =>
        CliApp.RunAsync(args, new CliHost(Environment, Repository.Root, Repository.Home, Processes, Aws.Object, Out, Error, OutputRedirected));
}
