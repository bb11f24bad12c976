using CostOps.Cli.Configuration;
using CostOps.Cli.Targets;
using CsCheck;

namespace CostOps.Cli.Tests.Targets;

public sealed class TfvarsTargetsTests
{
    private const string Path = "terraform/deploy/terraform.tfvars";

    internal const string Hub = """
        region = "eu-central-1"
        clusters = ["tools"]

        # Many accounts and regions
        targets = {
          role        = "costops-member"
          external_id = "3f9a6c1e8d2b47a0" // from openssl rand -hex 8
          regions     = ["eu-west-1", "us-east-1"]
          targets = [
            { accounts = ["111111111111"], clusters = ["app", "web"] },
            {
              accounts    = ["222222222222"]
              regions     = ["eu-west-1"]
              cluster_tag = "costops=on"
            },
            { organizational_units = ["ou-ab12-cdef3456"], cluster_tag = "costops" },
          ]
        }
        dry_run = true
        """;

    private static MemberTargets? Read(string text) => TfvarsTargets.Read(TfvarsReader.Parse(text, Path));

    [Fact]
    public void Read_HubFile_GivesRoleExternalIdAndEveryListedAccountRegion()
    {
        var targets = Read(Hub)!;

        Assert.Equal("costops-member", targets.Role);
        Assert.Equal("3f9a6c1e8d2b47a0", targets.ExternalId);
        Assert.Equal(
            [
                new MemberAccountRegion("111111111111", "eu-west-1", "arn:aws:iam::111111111111:role/costops-member", "3f9a6c1e8d2b47a0", ["app", "web"], null),
                new MemberAccountRegion("111111111111", "us-east-1", "arn:aws:iam::111111111111:role/costops-member", "3f9a6c1e8d2b47a0", ["app", "web"], null),
                new MemberAccountRegion("222222222222", "eu-west-1", "arn:aws:iam::222222222222:role/costops-member", "3f9a6c1e8d2b47a0", [], "costops=on"),
            ],
            targets.AccountRegions(),
            new MemberAccountRegionComparer());
        Assert.Equal(["ou-ab12-cdef3456"], targets.Targets[2].OrganizationalUnits);
    }

    [Fact]
    public void Read_NoTargets_IsNullForSingleAccountMode()
    {
        Assert.Null(Read("region = \"eu-west-1\"\nclusters = [\"dev\"]\n"));
        Assert.Null(Read("targets = null\n"));
    }

    [Fact]
    public void RoleArn_ArnWithAccountPlaceholderAndPartitions_AreResolved()
    {
        Assert.Equal("arn:aws:iam::111111111111:role/ops/costops", MemberTargets.RoleArn("arn:aws:iam::{account}:role/ops/costops", "111111111111", "eu-west-1"));
        Assert.Equal("arn:aws-cn:iam::111111111111:role/costops-member", MemberTargets.RoleArn("costops-member", "111111111111", "cn-north-1"));
        Assert.Equal("arn:aws-us-gov:iam::111111111111:role/costops-member", MemberTargets.RoleArn("costops-member", "111111111111", "us-gov-west-1"));
    }

    [Theory]
    [InlineData("""{ accounts = ["111111111111"], organizational_units = ["ou-ab12-cdef3456"], clusters = ["a"] }""", "targets.targets[0]: needs exactly one of accounts (account ids) and organizational_units (OU ids)")]
    [InlineData("""{ clusters = ["a"] }""", "targets.targets[0]: needs exactly one of accounts")]
    [InlineData("""{ accounts = ["111111111111"] }""", "targets.targets[0]: needs exactly one of clusters (cluster names) and cluster_tag")]
    [InlineData("""{ accounts = ["11111111111"], clusters = ["a"] }""", "targets.targets[0].accounts: \"11111111111\" is not valid: expected 12-digit account ids")]
    [InlineData("""{ organizational_units = ["ou-x"], cluster_tag = "a" }""", "targets.targets[0].organizational_units: \"ou-x\" is not valid: expected OU ids")]
    [InlineData("""{ accounts = ["111111111111"], clusters = ["a"], regions = ["Europe"] }""", "targets.targets[0].regions: \"Europe\" is not valid: expected region names")]
    [InlineData("""{ accounts = ["111111111111"], clusters = ["a"], cluster = "b" }""", "targets.targets[0].cluster: is not a field of targets.targets[0]")]
    [InlineData("""{ accounts = "111111111111", clusters = ["a"] }""", "targets.targets[0].accounts: must be a list of quoted strings")]
    [InlineData("""{ accounts = [var.prod], clusters = ["a"] }""", "targets.targets[0].accounts[0]: var.prod is not a literal value")]
    public void Read_BrokenTarget_FailsNamingTheFieldTheValueAndWhatIsExpected(string target, string expected)
    {
        var text = $"region = \"eu-west-1\"\ntargets = {{\n  regions = [\"eu-west-1\"]\n  targets = [{target}]\n}}\n";

        var ex = Assert.Throws<TfvarsException>(() => Read(text));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith(Path + " line ", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""targets = { targets = [{ accounts = ["111111111111"], clusters = ["a"] }] }""", "targets.targets[0]: has no regions")]
    [InlineData("""targets = { regions = ["eu-west-1"], targets = [] }""", "targets.targets: must list at least one target")]
    [InlineData("""targets = { role = "not a role!", regions = ["eu-west-1"], targets = [{ accounts = ["111111111111"], clusters = ["a"] }] }""", "targets.role: \"not a role!\" is neither a role name")]
    [InlineData("""targets = { external_id = "x", regions = ["eu-west-1"], targets = [{ accounts = ["111111111111"], clusters = ["a"] }] }""", "targets.external_id: \"x\" must be 2-1224 characters")]
    [InlineData("""targets = "all" """, "targets must be an object")]
    public void Read_BrokenTopLevel_FailsNamingTheField(string text, string expected)
    {
        var ex = Assert.Throws<TfvarsException>(() => Read(text + "\n"));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ accounts = ["111111111111"], clusters = ["a"] }, { accounts = ["111111111111"], cluster_tag = "b" }""", "targets[1].accounts[0]: '111111111111' in eu-west-1: expected each account and region in one target only")]
    [InlineData("""{ accounts = ["111111111111", "111111111111"], clusters = ["a"] }""", "111111111111")]
    public void Read_AccountRegionTwice_FailsAsTheSchedulerWould(string list, string expected)
    {
        var text = $"targets = {{\n  regions = [\"eu-west-1\"]\n  targets = [{list}]\n}}\n";

        var ex = Assert.Throws<TfvarsException>(() => Read(text));

        Assert.Contains("targets: the scheduler would refuse it as COSTOPS_TARGETS: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ErrorOnALaterLine_NamesThatLineOfTheFile()
    {
        var text = "region = \"eu-west-1\"\ntargets = {\n  regions = [\"eu-west-1\"]\n  targets = [\n    { accounts = [oops] }\n  ]\n}\n";

        var ex = Assert.Throws<TfvarsException>(() => Read(text));

        Assert.Equal(5, ex.Line);
    }

    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.Const("{"), Gen.Const("}"), Gen.Const("["), Gen.Const("]"), Gen.Const(","), Gen.Const("="), Gen.Const("\n"), Gen.Const("\""),
        Gen.Const("accounts"), Gen.Const("organizational_units"), Gen.Const("clusters"), Gen.Const("cluster_tag"), Gen.Const("regions"),
        Gen.Const("targets"), Gen.Const("role"), Gen.Const("external_id"), Gen.Const("\"111111111111\""), Gen.Const("\"ou-ab12-cdef3456\""),
        Gen.Const("\"eu-west-1\""), Gen.Const("\"app\""), Gen.Const("null"), Gen.Const("true"), Gen.Const("1.5"), Gen.Const("# c\n"), Gen.Const("/*"),
        Gen.String);

    /// <summary>Whatever is written as targets: targets that follow every rule, or a TfvarsException naming the file; nothing else.</summary>
    [Fact]
    public void Read_AnyTargetsText_GivesValidTargetsOrATfvarsError() =>
        Piece.Array[0, 40].Select(p => string.Concat(p)).Sample(body =>
        {
            try
            {
                var targets = Read("targets = {" + body + "}\n");
                return targets is null || (targets.Targets.Count > 0 && targets.Targets.All(t =>
                    (t.Accounts.Count > 0) != (t.OrganizationalUnits.Count > 0) && (t.Clusters.Count > 0) != (t.ClusterTag is not null) && t.Regions.Count > 0));
            }
            catch (TfvarsException ex)
            {
                return ex.Path == Path;
            }
        });

    private sealed class MemberAccountRegionComparer : IEqualityComparer<MemberAccountRegion>
    {
        public bool Equals(MemberAccountRegion? x, MemberAccountRegion? y) =>
            x is not null && y is not null && x.AccountId == y.AccountId && x.Region == y.Region && x.RoleArn == y.RoleArn
            && x.ExternalId == y.ExternalId && x.Clusters.SequenceEqual(y.Clusters) && x.ClusterTag == y.ClusterTag;

        public int GetHashCode(MemberAccountRegion obj) => HashCode.Combine(obj.AccountId, obj.Region);
    }
}
