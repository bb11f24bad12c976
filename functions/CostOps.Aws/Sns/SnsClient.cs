using System.Globalization;
using System.Xml.Linq;
using CostOps.Aws.Http;

namespace CostOps.Aws.Sns;

/// <summary>SNS over the Query protocol: form parameters in, XML out.</summary>
public sealed class SnsClient(IAwsTransport transport) : ISnsClient
{
    /// <summary>The model's xmlNamespace. The API reference examples show it with https, so both are read.</summary>
    internal static readonly XNamespace ResponseNamespace = "http://sns.amazonaws.com/doc/2010-03-31/";

    private const int MaxSubjectLength = 99;
    private readonly IAwsTransport _transport = transport ?? throw new ArgumentNullException(nameof(transport));

    public async Task<PublishResponse> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = BuildPublishParameters(request);
        var document = await _transport.InvokeQueryAsync(AwsServices.Sns, "Publish", parameters, cancellationToken).ConfigureAwait(false);
        return new PublishResponse { MessageId = ReadMessageId(document) };
    }

    /// <summary>Query serialisation of Publish: map entries as <c>MessageAttributes.entry.N.Name</c> / <c>.Value.DataType</c> / <c>.Value.StringValue</c>, N from 1, names in ordinal order.</summary>
    internal static IReadOnlyList<KeyValuePair<string, string>> BuildPublishParameters(PublishRequest request)
    {
        if (string.IsNullOrEmpty(request.Message))
        {
            throw new ArgumentException($"SNS Publish to '{request.TopicArn}' needs a non-empty Message.", nameof(request));
        }

        CheckSubject(request.Subject);
        var parameters = new List<KeyValuePair<string, string>>();
        if (request.TopicArn is not null)
        {
            parameters.Add(new("TopicArn", request.TopicArn));
        }

        parameters.Add(new("Message", request.Message));
        if (request.Subject is not null)
        {
            parameters.Add(new("Subject", request.Subject));
        }

        var index = 0;
        foreach (var (name, value) in (request.MessageAttributes ?? new Dictionary<string, MessageAttributeValue>()).OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            index++;
            var prefix = string.Create(CultureInfo.InvariantCulture, $"MessageAttributes.entry.{index}.");
            parameters.Add(new(prefix + "Name", name));
            parameters.Add(new(prefix + "Value.DataType", value.DataType));
            if (value.StringValue is not null)
            {
                parameters.Add(new(prefix + "Value.StringValue", value.StringValue));
            }
        }

        return parameters;
    }

    internal static string ReadMessageId(XDocument document)
    {
        var id = document.Root?.Element(ResponseNamespace + "PublishResult")?.Element(ResponseNamespace + "MessageId")
            ?? document.Descendants().FirstOrDefault(e => e.Name.LocalName == "MessageId" && e.Parent?.Name.LocalName == "PublishResult");
        return id is { Value.Length: > 0 }
            ? id.Value.Trim()
            : throw new InvalidDataException($"SNS Publish answered without PublishResponse/PublishResult/MessageId (root element '{document.Root?.Name}'); the message may not have been sent.");
    }

    private static void CheckSubject(string? subject)
    {
        if (subject is null)
        {
            return;
        }

        if (subject.Length is 0 or > MaxSubjectLength || subject.Any(c => c is < ' ' or > '~'))
        {
            throw new ArgumentException(
                $"SNS Subject must be 1 to {MaxSubjectLength} printable ASCII characters without line breaks, got \"{subject}\" ({subject.Length} characters).",
                nameof(subject));
        }
    }
}
