namespace CostOps.Aws.Sts;

/// <summary>The Security Token Service calls CostOps makes: assuming the role it manages a member account with.</summary>
public interface IStsClient
{
    /// <summary>Temporary credentials for <see cref="AssumeRoleRequest.RoleArn"/>. A refusal is an <c>AwsServiceException</c> with code <c>AccessDenied</c> and AWS' message.</summary>
    Task<AssumedRole> AssumeRoleAsync(AssumeRoleRequest request, CancellationToken cancellationToken);
}
