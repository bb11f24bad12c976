namespace CostOps.Aws.Sns;

public sealed record PublishResponse
{
    public required string MessageId { get; init; }
}
