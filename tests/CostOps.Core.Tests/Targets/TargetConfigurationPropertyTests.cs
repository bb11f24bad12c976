using CostOps.Core.Targets;
using CsCheck;

namespace CostOps.Core.Tests.Targets;

/// <summary>COSTOPS_TARGETS is written by people: any text is a configuration, or one <see cref="TargetConfigurationException"/> listing what is wrong.</summary>
public class TargetConfigurationPropertyTests
{
    private const string Valid = TargetConfigurationTests.Valid;

    /// <summary>JSON values of every type and near-valid ids, to put where any field is expected.</summary>
    private static readonly Gen<string> AnyValue = Gen.OneOf(
        "null", "true", "0", "-1", "111111111111", "1e400", "\"\"", "\" \"", "\"x\"", "\"111111111111\"", "\"11111111111\"", "\"1111111111111\"",
        "\"eu-west-1\"", "\"EU-WEST-1\"", "\"eu-west\"", "\"ou-ab12-cdef3456\"", "\"ou-ab12-cdef345\"", "\"costops-member\"",
        "\"arn:aws:iam::{account}:role/x\"", "\"arn:aws:iam::{account}:role/\"", "\"costops=on\"", "\"=\"", "\"\\ud800\"", "\"a\\u0000b\"",
        "[]", "[null]", "[1]", "[\"111111111111\"]", "[\"111111111111\",\"111111111111\"]", "[\"eu-west-1\",\"us-east-1\"]", "[\"ou-ab12-cdef3456\"]",
        "[\"app\"]", "[\"\\ud800\"]", "{}", "{\"accounts\":[\"111111111111\"],\"clusters\":[\"app\"]}", "[[]]", "[{}]");

    private static readonly Gen<string> Field = Gen.OneOf(
        "role", "externalId", "regions", "targets", "accounts", "organizationalUnits", "clusters", "clusterTag", "Role", "", "\\ud800");

    /// <summary>The valid document with one JSON value replaced.</summary>
    private static readonly Gen<string> WrongValue = Gen.Select(Gen.Int[0, 30], AnyValue).Select((n, value) => JsonValues.Replace(Valid, n, value));

    /// <summary>Documents built from random fields and values, nested as the real shape is.</summary>
    private static readonly Gen<string> Assembled =
        Gen.Select(Field, AnyValue).Select((f, v) => $"\"{f}\":{v}").Array[0, 5]
            .Select(fields => "{" + string.Join(',', fields) + "}")
            .Array[0, 3]
            .Select(Field, AnyValue, (targets, f, v) => $"{{\"role\":\"r\",\"regions\":[\"eu-west-1\"],\"targets\":[{string.Join(',', targets)}],\"{f}\":{v}}}");

    /// <summary>The valid document cut short, or with a character removed or inserted.</summary>
    private static readonly Gen<string> Damaged = Gen.Select(Gen.Int[0, Valid.Length], Gen.Int[0, 2], Gen.Char).Select((at, how, c) => how switch
    {
        0 => Valid[..at],
        1 => at < Valid.Length ? Valid.Remove(at, 1) : Valid,
        _ => Valid.Insert(at, c.ToString()),
    });

    /// <summary>Fail safe: a configuration whose every unit is valid and listed once, or problems that each name a place.</summary>
    private static void AssertFailSafe(string json)
    {
        try
        {
            if (TargetConfiguration.FromJson(json) is not { } configuration)
            {
                Assert.True(string.IsNullOrWhiteSpace(json));
                return;
            }

            Assert.Null(TargetRules.RoleProblem(configuration.Role));
            Assert.NotEmpty(configuration.Targets);
            var units = configuration.Targets.SelectMany(t => t.Accounts.SelectMany(a => t.Regions.Select(r => (a, r)))).ToList();
            Assert.Equal(units.Count, units.Distinct().Count());
            Assert.All(configuration.Targets, t =>
            {
                Assert.NotEmpty(t.Regions);
                Assert.All(t.Regions, r => Assert.Null(TargetRules.RegionProblem(r)));
                Assert.All(t.Accounts, a => Assert.Null(TargetRules.AccountProblem(a)));
                Assert.All(t.OrganizationalUnits, u => Assert.Null(TargetRules.OrganizationalUnitProblem(u)));
                Assert.True(t.Accounts.Count > 0 ^ t.OrganizationalUnits.Count > 0);
                Assert.True(t.Scope.Clusters.Count > 0 ^ t.Scope.TagKey is not null);
            });
        }
        catch (TargetConfigurationException error)
        {
            Assert.NotEmpty(error.Problems);
            Assert.All(error.Problems, p => Assert.Matches("^[$a-zA-Z]", p));
        }
    }

    [Fact]
    public void FromJson_ArbitraryText_ConfigurationOrListedProblems() => Gen.String.Sample(AssertFailSafe, iter: 10_000);

    [Fact]
    public void FromJson_ValidDocumentWithAWrongValue_ConfigurationOrListedProblems() => WrongValue.Sample(AssertFailSafe, iter: 5_000);

    [Fact]
    public void FromJson_AssembledDocuments_ConfigurationOrListedProblems() => Assembled.Sample(AssertFailSafe, iter: 5_000);

    [Fact]
    public void FromJson_DamagedDocument_ConfigurationOrListedProblems() => Damaged.Sample(AssertFailSafe, iter: 5_000);
}
