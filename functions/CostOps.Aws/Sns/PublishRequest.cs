namespace CostOps.Aws.Sns;

/// <summary>SNS <c>Publish</c> input (Query protocol: members become form parameters of the same names).</summary>
public sealed record PublishRequest
{
    public string? TopicArn { get; init; }

    /// <summary>Up to 256 KB; email subscribers receive it as plain text.</summary>
    public required string Message { get; init; }

    /// <summary>Email subject: ASCII, no line breaks, under 100 characters.</summary>
    public string? Subject { get; init; }

    public IReadOnlyDictionary<string, MessageAttributeValue>? MessageAttributes { get; init; }
}
