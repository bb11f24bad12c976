namespace CostOps.Aws.Tests.Contracts;

public sealed class QueryParameterValidatorTests
{
    private readonly QueryParameterValidator _sns = new(BotocoreModels.Load("Sns"));

    [Fact]
    public void Validate_PublishWithAttributes_ReportsNothing()
    {
        Assert.Empty(_sns.Validate("PublishInput", Params(("TopicArn", "arn"), ("Message", "hi"), ("MessageAttributes.entry.1.Name", "kind"), ("MessageAttributes.entry.1.Value.DataType", "String"), ("MessageAttributes.entry.1.Value.StringValue", "report"))));
    }

    [Fact]
    public void Validate_MisspelledParameter_ReportsUnknownMember()
    {
        var errors = _sns.Validate("PublishInput", Params(("Message", "hi"), ("Topic", "arn")));

        Assert.Contains(errors, e => e.StartsWith("Topic: 'Topic' is not a member of PublishInput", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MissingMessage_ReportsRequired()
    {
        var errors = _sns.Validate("PublishInput", Params(("TopicArn", "arn")));

        Assert.Contains(errors, e => e.Contains("required member 'Message'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("MessageAttributes.1.Name")]
    [InlineData("MessageAttributes.entry.0.Name")]
    [InlineData("MessageAttributes.entry.1.Key")]
    [InlineData("MessageAttributes.member.1.Name")]
    public void Validate_BadMapSerialisation_ReportsIt(string name)
    {
        Assert.NotEmpty(_sns.Validate("PublishInput", Params(("Message", "hi"), (name, "kind"))));
    }

    [Fact]
    public void Validate_MapValueWithoutDataType_ReportsNestedRequired()
    {
        var errors = _sns.Validate("PublishInput", Params(("Message", "hi"), ("MessageAttributes.entry.1.Name", "kind"), ("MessageAttributes.entry.1.Value.StringValue", "x")));

        Assert.Contains(errors, e => e.Contains("required member 'DataType'", StringComparison.Ordinal));
    }

    private static List<KeyValuePair<string, string>> Params(params (string Name, string Value)[] values) => [.. values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value))];
}
