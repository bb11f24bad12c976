namespace CostOps.Aws.State;

/// <summary>Where and how long CostOps keeps its state.</summary>
public sealed record DynamoDbStateStoreOptions
{
    /// <summary>The table name (required; the deploy step creates it).</summary>
    public string TableName { get; init; } = "";

    /// <summary>How long activity records live before DynamoDB TTL removes them. Default 400 days; at least 90 (the weekly report looks back that far).</summary>
    public TimeSpan ActivityRetention { get; init; } = TimeSpan.FromDays(400);

    /// <summary>How long run records live. Default 30 days; range 1..400 days.</summary>
    public TimeSpan RunRetention { get; init; } = TimeSpan.FromDays(30);

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(TableName))
        {
            throw new ArgumentException("State store option TableName is empty: set it to the CostOps DynamoDB table name.", nameof(TableName));
        }

        if (ActivityRetention < TimeSpan.FromDays(90))
        {
            throw new ArgumentOutOfRangeException(nameof(ActivityRetention), ActivityRetention,
                "State store option ActivityRetention must be at least 90 days so reports can look back far enough.");
        }

        if (RunRetention < TimeSpan.FromDays(1) || RunRetention > TimeSpan.FromDays(400))
        {
            throw new ArgumentOutOfRangeException(nameof(RunRetention), RunRetention,
                "State store option RunRetention must be between 1 and 400 days.");
        }
    }
}
