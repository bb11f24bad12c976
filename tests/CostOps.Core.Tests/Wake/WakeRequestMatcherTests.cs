using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Wake;
using CsCheck;

namespace CostOps.Core.Tests.Wake;

public sealed class WakeRequestMatcherTests
{
    private static readonly WakeCandidate Web = Candidate("web", new RuleRoute("r/web", []) { Priority = 20, Hosts = ["dev-web.example.com"] });
    private static readonly WakeCandidate Api = Candidate("api", new RuleRoute("r/api", []) { Priority = 10, Hosts = ["*.example.com"], Paths = ["/api/*"] });
    private static readonly WakeCandidate Any = Candidate("catch-all", new RuleRoute("r/all", []) { Priority = 50 });

    [Theory]
    [InlineData("dev-web.example.com", "/", "web")]
    [InlineData("DEV-WEB.example.com:443", "/index.html", "web")]
    [InlineData("dev-web.example.com", "/api/users", "api")]
    [InlineData("other.example.com", "/api/x", "api")]
    [InlineData("other.example.com", "/API/x", "catch-all")]
    [InlineData("elsewhere.test", "/", "catch-all")]
    public void Match_Request_PicksTheLowestPriorityRuleWhoseConditionsMatch(string host, string path, string expected)
    {
        Assert.Equal(expected, WakeRequestMatcher.Match([Web, Api, Any], host, path)!.Ref.ServiceName);
    }

    [Fact]
    public void Match_NothingMatches_Null()
    {
        Assert.Null(WakeRequestMatcher.Match([Web], "other.example.com", "/"));
        Assert.Null(WakeRequestMatcher.Match([], "dev-web.example.com", "/"));
    }

    [Theory]
    [InlineData("a*c", "abbbc", true)]
    [InlineData("a?c", "abc", true)]
    [InlineData("a?c", "ac", false)]
    [InlineData("*", "", true)]
    [InlineData("/img/*", "/img/", true)]
    [InlineData("/img/*", "/im", false)]
    public void Wildcard_Patterns_MatchAsTheLoadBalancerDoes(string pattern, string text, bool expected)
    {
        Assert.Equal(expected, WakeRequestMatcher.Wildcard(pattern, text, ignoreCase: false));
    }

    [Fact]
    public void Match_AnyHostAndPath_NeverThrows()
    {
        Gen.Select(Gen.String, Gen.String, Gen.String).Sample((pattern, host, path) =>
        {
            var candidate = Candidate("x", new RuleRoute("r", []) { Hosts = [pattern], Paths = [pattern] });
            _ = WakeRequestMatcher.Match([candidate], host, path);
        }, iter: 5_000);
    }

    private static WakeCandidate Candidate(string name, RuleRoute route) =>
        new(new ServiceRef("dev", name, $"arn:aws:ecs:eu-west-1:1:service/dev/{name}"), [route]);
}
