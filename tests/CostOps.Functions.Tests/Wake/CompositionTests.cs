using CostOps.Hosting;
using CsCheck;

namespace CostOps.Functions.Tests.Wake;

public sealed class CompositionTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("3h", "8h")]
    [InlineData("90m", null)]
    public void Compose_ValidLengths_ComposesWithoutProblem(string? length, string? cap)
    {
        var (handler, problems) = Compose(length, cap);

        Assert.Empty(problems);
        Assert.IsType<AcceptOnlyHandler>(handler);
    }

    [Theory]
    [InlineData("forever", null, "COSTOPS_WAKE_DURATION", "forever")]
    [InlineData("10m", null, "COSTOPS_WAKE_DURATION", "10m")]
    [InlineData("13h", null, "COSTOPS_WAKE_DURATION", "13h")]
    [InlineData(null, "30h", "COSTOPS_WAKE_MAX_DURATION", "30h")]
    [InlineData(null, "1 day", "COSTOPS_WAKE_MAX_DURATION", "1 day")]
    public void Compose_BadLength_IsAProblemNamingTheVariableAndValue(string? length, string? cap, string name, string value)
    {
        var (_, problems) = Compose(length, cap);

        var problem = Assert.Single(problems);
        Assert.Equal((name, value), (problem.Name, problem.Value));
    }

    [Fact]
    public void Compose_AnyLengths_NeverThrowsAndReportsOnlyThoseVariables()
    {
        Gen.Select(Gen.String, Gen.String).Sample((length, cap) =>
            Compose(length, cap).Problems.All(p => p.Name is "COSTOPS_WAKE_DURATION" or "COSTOPS_WAKE_MAX_DURATION"), iter: 300);
    }

    private static (IInvocationHandler Handler, IReadOnlyList<Hosting.Configuration.ConfigurationProblem> Problems) Compose(string? length, string? cap) =>
        Compositions.Compose("wake", Inputs.With(Compositions.ValidEnvironment("wake"), new()
        {
            ["COSTOPS_WAKE_DURATION"] = length,
            ["COSTOPS_WAKE_MAX_DURATION"] = cap,
        }));
}
