using CostOps.Aws.Http;
using CostOps.Aws.Organizations;
using CostOps.Aws.Sts;
using CsCheck;

namespace CostOps.Aws.Tests.Sts;

/// <summary>
/// Role ARNs, external ids, function names and parent ids come from configuration a person writes: any value is either
/// accepted as STS/Organizations would accept it, or refused with a problem that names the member; nothing throws.
/// </summary>
public sealed class AssumeRoleRulesPropertyTests
{
    private static readonly Gen<string> AnyText = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char["a-zA-Z0-9_+=,.@:/- é\n\t"], 0, 80],
        Gen.Int[1, 2000].Select(n => new string('x', n)),
        Gen.OneOf(Gen.Const("arn:aws:iam::111111111111:role/costops-member"), Gen.Const("arn:aws:iam::111111111111:role/costops-member\n"), Gen.Const("r-ab12"), Gen.Const("ou-ab12-cdef3456")));

    [Fact]
    public void Problems_AnyRequest_NeverThrowsAndNamesEachBadMember()
    {
        Gen.Select(AnyText, AnyText, AnyText.Null(), Gen.Int.Nullable()).Sample((arn, session, externalId, duration) =>
        {
            var request = new AssumeRoleRequest { RoleArn = arn, RoleSessionName = session, ExternalId = externalId, DurationSeconds = duration };
            var problems = AssumeRoleRules.Problems(request);

            Assert.Equal(!AssumeRoleRules.IsValidRoleArn(arn), problems.Any(p => p.StartsWith("RoleArn", StringComparison.Ordinal)));
            Assert.Equal(!AssumeRoleRules.IsValidSessionName(session), problems.Any(p => p.StartsWith("RoleSessionName", StringComparison.Ordinal)));
            Assert.Equal(externalId is not null && !AssumeRoleRules.IsValidExternalId(externalId), problems.Any(p => p.StartsWith("ExternalId", StringComparison.Ordinal)));
            Assert.True(externalId is null || externalId.Length < 2 || problems.Where(p => p.StartsWith("ExternalId", StringComparison.Ordinal)).All(p => !p.Contains(externalId, StringComparison.Ordinal)), "the external id is never echoed");
        });
    }

    [Fact]
    public void SessionName_AnyFunctionName_IsAValidSessionNameStartingWithCostOps()
    {
        AnyText.Sample(function =>
        {
            var name = AssumedRoleCredentialSource.SessionName(function);

            Assert.True(AssumeRoleRules.IsValidSessionName(name), name);
            Assert.StartsWith("costops-", name, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void IsValidParentId_AnyText_AcceptsOnlyRootsAndUnits()
    {
        AnyText.Sample(parent =>
        {
            var valid = OrganizationsClient.IsValidParentId(parent);

            Assert.True(!valid || parent.StartsWith("r-", StringComparison.Ordinal) || parent.StartsWith("ou-", StringComparison.Ordinal), parent);
            Assert.True(!valid || parent.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'), parent);
        });
    }
}
