namespace CostOps.Aws.Sns;

/// <summary>SNS <c>MessageAttributeValue</c>: DataType String, String.Array or Number (binary values are not used).</summary>
public sealed record MessageAttributeValue
{
    public required string DataType { get; init; }

    public string? StringValue { get; init; }
}
