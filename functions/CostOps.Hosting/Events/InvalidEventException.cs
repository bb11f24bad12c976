namespace CostOps.Hosting.Events;

/// <summary>The input could not be understood. The message names the field, quotes the value and says what was expected.</summary>
public sealed class InvalidEventException : Exception
{
    public InvalidEventException(string field, string value, string expected)
        : base($"Invalid input: {field} = {value}: expected {expected}")
    {
        Field = field;
        Value = value;
        Expected = expected;
    }

    /// <summary>JSON path of the offending field, e.g. <c>detail.clusterArn</c>, or <c>input</c> for the whole document.</summary>
    public string Field { get; }

    /// <summary>The offending value as written in the input (shortened), or a description such as <c>(missing)</c>.</summary>
    public string Value { get; }

    public string Expected { get; }
}
