using CostOps.Core.Targets;

namespace CostOps.Core.Tests.Targets;

public class TargetConfigurationTests
{
    internal const string Valid = """
        {"role":"costops-member","externalId":"costops-7f3a","regions":["eu-west-1","us-east-1"],"targets":[
          {"accounts":["111111111111","222222222222"],"clusters":["app","web"]},
          {"organizationalUnits":["ou-ab12-cdef3456"],"regions":["eu-west-1"],"clusterTag":"costops=on"}]}
        """;

    [Fact]
    public void FromJson_SharedExample_ReadsEveryField()
    {
        var configuration = TargetConfiguration.FromJson(Valid)!;

        Assert.Equal("costops-member", configuration.Role);
        Assert.Equal("costops-7f3a", configuration.ExternalId);
        Assert.Equal(["eu-west-1", "us-east-1"], configuration.Regions);
        Assert.Equal(2, configuration.Targets.Count);
        Assert.Equal(["111111111111", "222222222222"], configuration.Targets[0].Accounts);
        Assert.Equal(["eu-west-1", "us-east-1"], configuration.Targets[0].Regions);
        Assert.Equal(["app", "web"], configuration.Targets[0].Scope.Clusters);
        Assert.Equal(["ou-ab12-cdef3456"], configuration.Targets[1].OrganizationalUnits);
        Assert.Equal(["eu-west-1"], configuration.Targets[1].Regions);
        Assert.Equal(("costops", "on"), (configuration.Targets[1].Scope.TagKey, configuration.Targets[1].Scope.TagValue));
        Assert.Equal("arn:aws:iam::111111111111:role/costops-member", configuration.RoleArnFor("111111111111"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void FromJson_Unset_IsSingleAccountMode(string? json) => Assert.Null(TargetConfiguration.FromJson(json));

    [Fact]
    public void FromJson_RoleArnTemplate_PutsTheAccountInIt()
    {
        var configuration = TargetConfiguration.FromJson(
            """{"role":"arn:aws:iam::{account}:role/platform/costops","regions":["eu-west-1"],"targets":[{"accounts":["123456789012"],"clusterTag":"costops"}]}""")!;

        Assert.Equal("arn:aws:iam::123456789012:role/platform/costops", configuration.RoleArnFor("123456789012"));
        Assert.Null(configuration.ExternalId);
        Assert.Null(configuration.Targets[0].Scope.TagValue);
    }

    [Theory]
    [InlineData("accounts", "[\"11111111111\"]", "targets[0].accounts[0]: '11111111111': expected an AWS account id of exactly 12 digits")]
    [InlineData("accounts", "[\"1111111111111\"]", "targets[0].accounts[0]: '1111111111111'")]
    [InlineData("accounts", "[\"11111111111a\"]", "targets[0].accounts[0]: '11111111111a'")]
    [InlineData("accounts", "[111111111111]", "targets[0].accounts[0]: 111111111111: expected an AWS account id")]
    [InlineData("accounts", "[]", "targets[0].accounts: a list of 0: expected 1 to 1000 values")]
    [InlineData("accounts", "\"111111111111\"", "targets[0].accounts: '111111111111': expected a list of 1 to 1000 values")]
    [InlineData("accounts", "[\"111111111111\",\"111111111111\"]", "targets[0].accounts: '111111111111' is listed 2 times: expected each once")]
    [InlineData("regions", "[\"EU-west-1\"]", "targets[0].regions[0]: 'EU-west-1': expected an AWS Region")]
    [InlineData("regions", "[\"euwest1\"]", "targets[0].regions[0]: 'euwest1'")]
    [InlineData("regions", "[\"eu-west-\"]", "targets[0].regions[0]: 'eu-west-'")]
    [InlineData("regions", "[\"eu-west-1\",\"eu-west-1\"]", "targets[0].regions: 'eu-west-1' is listed 2 times")]
    [InlineData("regions", "[\"eu-westwestwestwestwestwest-1\"]", "at most 25 characters")]
    [InlineData("clusters", "[\"a b\"]", "targets[0].clusters[0]: 'a b': expected a cluster name")]
    [InlineData("clusters", "[]", "targets[0].clusters: a list of 0")]
    [InlineData("colour", "1", "targets[0]: unknown field 'colour': expected only accounts, organizationalUnits, regions, clusters, clusterTag")]
    public void FromJson_BadTargetField_NamesPathValueAndExpectation(string field, string value, string expected)
    {
        var target = new Dictionary<string, string> { ["accounts"] = "[\"111111111111\"]", ["clusters"] = "[\"app\"]", [field] = value };
        var json = "{\"role\":\"costops-member\",\"regions\":[\"eu-west-1\"],\"targets\":[{"
            + string.Join(',', target.Select(kv => $"\"{kv.Key}\":{kv.Value}")) + "}]}";

        var error = Assert.Throws<TargetConfigurationException>(() => TargetConfiguration.FromJson(json));

        Assert.Contains(error.Problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"ou-ab12-cdef345\"")]
    [InlineData("\"ou-ab1-cdef3456\"")]
    [InlineData("\"OU-ab12-cdef3456\"")]
    [InlineData("\"r-ab12\"")]
    public void FromJson_BadOrganizationalUnit_NamesIt(string unit)
    {
        var json = $$"""{"role":"costops-member","regions":["eu-west-1"],"targets":[{"organizationalUnits":[{{unit}}],"clusterTag":"costops"}]}""";

        var error = Assert.Throws<TargetConfigurationException>(() => TargetConfiguration.FromJson(json));

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith($"targets[0].organizationalUnits[0]: '{unit.Trim('"')}': expected an Organizational Unit id such as ou-ab12-cdef3456", problem);
    }

    [Theory]
    [InlineData("\"\"", "role: '': expected a role name")]
    [InlineData("\"costops member\"", "role: 'costops member'")]
    [InlineData("\"arn:aws:iam::111111111111:role/costops\"", "role: 'arn:aws:iam::111111111111:role/costops': expected a role name")]
    [InlineData("\"arn:aws:iam::{account}:user/costops\"", "role: 'arn:aws:iam::{account}:user/costops'")]
    [InlineData("null", "role: null: expected a role name")]
    public void FromJson_BadRole_SaysWhatARoleIs(string role, string expected)
    {
        var json = $$"""{"role":{{role}},"regions":["eu-west-1"],"targets":[{"accounts":["111111111111"],"clusters":["app"]}]}""";

        var error = Assert.Throws<TargetConfigurationException>(() => TargetConfiguration.FromJson(json));

        Assert.StartsWith(expected, Assert.Single(error.Problems));
    }

    [Fact]
    public void FromJson_MissingRole_SaysItIsMissing()
    {
        var error = Assert.Throws<TargetConfigurationException>(() => TargetConfiguration.FromJson(
            """{"regions":["eu-west-1"],"targets":[{"accounts":["111111111111"],"clusters":["app"]}]}"""));

        Assert.StartsWith("role: (missing): expected a role name", Assert.Single(error.Problems));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("has space")]
    [InlineData("semi;colon")]
    public void FromJson_BadExternalId_SaysTheRule(string externalId)
    {
        var json = $$"""{"role":"costops-member","externalId":"{{externalId}}","regions":["eu-west-1"],"targets":[{"accounts":["111111111111"],"clusters":["app"]}]}""";

        var error = Assert.Throws<TargetConfigurationException>(() => TargetConfiguration.FromJson(json));

        Assert.Equal($"externalId: '{externalId}': expected 2 to 1224 letters, digits and + = , . @ : / _ -", Assert.Single(error.Problems));
    }

    [Fact]
    public void FromJson_LongestExternalId_IsAccepted()
    {
        var json = $$"""{"role":"r","externalId":"{{new string('a', 1224)}}","regions":["eu-west-1"],"targets":[{"accounts":["111111111111"],"clusters":["app"]}]}""";

        Assert.Equal(1224, TargetConfiguration.FromJson(json)!.ExternalId!.Length);
        Assert.Throws<TargetConfigurationException>(() => TargetConfiguration.FromJson(json.Replace(new string('a', 1224), new string('a', 1225), StringComparison.Ordinal)));
    }

    [Fact]
    public void FromJson_SameAccountAndRegionInTwoTargets_SaysWhichTargets()
    {
        var error = Assert.Throws<TargetConfigurationException>(() => TargetConfiguration.FromJson("""
            {"role":"costops-member","regions":["eu-west-1","us-east-1"],"targets":[
              {"accounts":["111111111111"],"clusters":["app"]},
              {"accounts":["222222222222","111111111111"],"regions":["us-east-1"],"clusterTag":"costops"}]}
            """));

        Assert.Equal(
            "targets[1].accounts[1]: '111111111111' in us-east-1: expected each account and region in one target only; targets[0].accounts[0] has it already",
            Assert.Single(error.Problems));
    }

    [Fact]
    public void FromJson_SameAccountInTwoTargetsDifferentRegions_IsAccepted()
    {
        var configuration = TargetConfiguration.FromJson("""
            {"role":"costops-member","targets":[
              {"accounts":["111111111111"],"regions":["eu-west-1"],"clusters":["app"]},
              {"accounts":["111111111111"],"regions":["us-east-1"],"clusterTag":"costops"}]}
            """)!;

        Assert.Equal(2, configuration.Targets.Count);
    }

    [Theory]
    [InlineData("""{"clusters":["app"]}""", "targets[0]: neither accounts nor organizationalUnits: expected exactly one of them")]
    [InlineData("""{"accounts":["111111111111"],"organizationalUnits":["ou-ab12-cdef3456"],"clusters":["app"]}""", "targets[0]: both accounts and organizationalUnits")]
    [InlineData("""{"accounts":["111111111111"]}""", "targets[0]: neither clusters nor clusterTag: expected exactly one of them")]
    [InlineData("""{"accounts":["111111111111"],"clusters":["app"],"clusterTag":"costops"}""", "targets[0]: both clusters and clusterTag")]
    [InlineData("""{"accounts":["111111111111"],"clusterTag":"=on"}""", "targets[0].clusterTag: '=on': expected a tag key, or key=value")]
    [InlineData("""{"accounts":["111111111111"],"clusterTag":"aws:x=a\u0001b"}""", "targets[0].clusterTag:")]
    [InlineData("""[]""", "targets[0]: (a list): expected an object")]
    public void FromJson_BadTargetShape_SaysWhatATargetIs(string target, string expected)
    {
        var error = Assert.Throws<TargetConfigurationException>(() => TargetConfiguration.FromJson(
            $$"""{"role":"costops-member","regions":["eu-west-1"],"targets":[{{target}}]}"""));

        Assert.Contains(error.Problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void FromJson_NoRegionsAnywhere_AsksForThem()
    {
        var error = Assert.Throws<TargetConfigurationException>(() => TargetConfiguration.FromJson(
            """{"role":"costops-member","targets":[{"accounts":["111111111111"],"clusters":["app"]}]}"""));

        Assert.Equal("targets[0].regions: (missing): expected the regions of this target, or regions at the top level as the default", Assert.Single(error.Problems));
    }

    [Fact]
    public void FromJson_SeveralProblems_ListsEveryOne()
    {
        var error = Assert.Throws<TargetConfigurationException>(() => TargetConfiguration.FromJson("""
            {"role":"bad role","regions":["eu-west-1","mars-1"],"targets":[{"accounts":["1"],"clusters":["app"]},{"organizationalUnits":["ou-x"],"clusterTag":"k"}],"extra":true}
            """));

        Assert.Equal(5, error.Problems.Count);
        Assert.Contains("COSTOPS_TARGETS", error.Message, StringComparison.Ordinal);
        Assert.Contains(error.Problems, p => p.StartsWith("$: unknown field 'extra'", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("regions[1]: 'mars-1'", StringComparison.Ordinal));
    }

    [Fact]
    public void FromJson_TooManyTargets_SaysTheLimit()
    {
        var targets = string.Join(',', Enumerable.Range(0, 101).Select(i => $$"""{"accounts":["{{i:000000000000}}"],"clusters":["app"]}"""));

        var error = Assert.Throws<TargetConfigurationException>(() => TargetConfiguration.FromJson(
            $$"""{"role":"r","regions":["eu-west-1"],"targets":[{{targets}}]}"""));

        Assert.Equal("targets: a list of 101: expected 1 to 100 targets", Assert.Single(error.Problems));
    }

    [Fact]
    public void FromJson_TooManyAccountRegions_SaysTheLimit()
    {
        var accounts = string.Join(',', Enumerable.Range(0, 1000).Select(i => $"\"{i:000000000000}\""));
        var regions = string.Join(',', Enumerable.Range(1, 6).Select(i => $"\"eu-west-{i}\""));

        var error = Assert.Throws<TargetConfigurationException>(() => TargetConfiguration.FromJson(
            $$"""{"role":"r","regions":[{{regions}}],"targets":[{"accounts":[{{accounts}}],"clusters":["app"]}]}"""));

        Assert.StartsWith("targets: 6000 account-regions: expected at most 5000", Assert.Single(error.Problems));
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("[]", "$: (a list): expected an object")]
    [InlineData("null", "$: null: expected an object")]
    public void FromJson_NotAnObject_SaysWhatIsExpected(string json, string expected)
    {
        var error = Assert.Throws<TargetConfigurationException>(() => TargetConfiguration.FromJson(json));

        Assert.Contains(expected, Assert.Single(error.Problems), StringComparison.Ordinal);
    }
}
