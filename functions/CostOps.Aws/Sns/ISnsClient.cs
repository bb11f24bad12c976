namespace CostOps.Aws.Sns;

public interface ISnsClient
{
    Task<PublishResponse> PublishAsync(PublishRequest request, CancellationToken cancellationToken);
}
