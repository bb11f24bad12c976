using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace CostOps.Aws.Http;

/// <summary>Turns an unsuccessful AWS HTTP response (JSON, XML or no body at all) into an <see cref="AwsServiceException"/>.</summary>
internal static class AwsErrorParser
{
    private const int MaxBodyEcho = 300;

    public static AwsServiceException Parse(
        AwsService service,
        string operation,
        HttpStatusCode status,
        IReadOnlyDictionary<string, string> headers,
        ReadOnlySpan<byte> body)
    {
        var requestId = RequestId(headers);
        string? code = headers.TryGetValue("x-amzn-errortype", out var headerType) ? headerType : null;
        string? message = null;

        var text = Encoding.UTF8.GetString(body).Trim();
        if (text.StartsWith('{'))
        {
            ReadJson(text, ref code, ref message);
        }
        else if (text.StartsWith('<'))
        {
            ReadXml(text, ref code, ref message, ref requestId);
        }

        code = NormalizeCode(code);
        if (code is null)
        {
            code = Enum.IsDefined(status) ? status.ToString() : "HttpError";
            message ??= text.Length == 0
                ? $"The service answered HTTP {(int)status} with an empty body."
                : $"The service answered HTTP {(int)status} with an unrecognised body: {Echo(text)}";
        }

        message ??= "(no message)";
        return AwsErrorCodes.IsThrottling(code, status)
            ? new AwsThrottlingException(service.ServiceId, operation, code, message, requestId, status)
            : new AwsServiceException(service.ServiceId, operation, code, message, requestId, status);
    }

    /// <summary>The request id AWS returns in a response header, if any.</summary>
    public static string? RequestId(IReadOnlyDictionary<string, string> headers) =>
        headers.TryGetValue("x-amzn-requestid", out var id) ? id
        : headers.TryGetValue("x-amz-request-id", out id) ? id
        : null;

    // "aws.protocoltests#ThrottlingException:http://internal" -> "ThrottlingException".
    internal static string? NormalizeCode(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var code = raw.Trim();
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            code = code[..colon];
        }

        var hash = code.LastIndexOf('#');
        if (hash >= 0)
        {
            code = code[(hash + 1)..];
        }

        return code.Length == 0 ? null : code;
    }

    private static void ReadJson(string text, ref string? code, ref string? message)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                switch (property.Name)
                {
                    case "__type" or "code" or "Code" when code is null:
                        code = property.Value.GetString();
                        break;
                    case "message" or "Message" or "errorMessage" when message is null:
                        message = property.Value.GetString();
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON after all: the caller falls back to the HTTP status.
        }
    }

    private static void ReadXml(string text, ref string? code, ref string? message, ref string? requestId)
    {
        try
        {
            var document = XDocument.Parse(text);
            var error = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "Error");
            var scope = error ?? document.Root;
            code ??= Child(scope, "Code");
            message ??= Child(scope, "Message");
            requestId ??= document.Descendants().FirstOrDefault(e => e.Name.LocalName is "RequestId" or "RequestID")?.Value;
        }
        catch (XmlException)
        {
            // Not XML after all: the caller falls back to the HTTP status.
        }
    }

    private static string? Child(XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;

    private static string Echo(string text) => text.Length <= MaxBodyEcho ? text : text[..MaxBodyEcho] + "…";
}
