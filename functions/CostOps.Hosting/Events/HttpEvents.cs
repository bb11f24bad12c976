using System.Text;
using System.Text.Json;

namespace CostOps.Hosting.Events;

/// <summary>
/// Reads the Application Load Balancer Lambda-target event (<c>requestContext.elb</c>, <c>httpMethod</c>, <c>path</c>,
/// <c>headers</c> or <c>multiValueHeaders</c>) and the function URL event (payload 2.0: <c>requestContext.http</c>,
/// <c>rawPath</c>, <c>headers</c>). Header values that are not strings are ignored: a request is never rejected for them.
/// </summary>
internal static class HttpEvents
{
    private const string Expected = "requestContext.elb (a load balancer request) or requestContext.http (a function URL request)";

    public static HttpRequestEvent Parse(JsonElement root)
    {
        var context = JsonFields.RequiredObject(root, string.Empty, "requestContext");
        var headers = Headers(root);
        var body = Body(root);
        if (JsonFields.Get(context, "elb") is { ValueKind: JsonValueKind.Object })
        {
            var method = JsonFields.RequiredString(root, string.Empty, "httpMethod", "the HTTP method, e.g. GET");
            var path = JsonFields.OptionalString(root, string.Empty, "path") ?? "/";
            var forwarded = headers.GetValueOrDefault("x-forwarded-for")?.Split(',').Select(s => s.Trim()).LastOrDefault(s => s.Length > 0);
            return new HttpRequestEvent(HttpOrigin.LoadBalancer, method, path, headers, body, forwarded, null);
        }

        if (JsonFields.Get(context, "http") is { ValueKind: JsonValueKind.Object } http)
        {
            var method = JsonFields.RequiredString(http, "requestContext.http", "method", "the HTTP method, e.g. POST");
            var path = JsonFields.OptionalString(root, string.Empty, "rawPath") ?? JsonFields.OptionalString(http, "requestContext.http", "path") ?? "/";
            var sourceIp = JsonFields.OptionalString(http, "requestContext.http", "sourceIp");
            string? caller = null;
            if (JsonFields.Get(context, "authorizer") is { ValueKind: JsonValueKind.Object } authorizer
                && JsonFields.Get(authorizer, "iam") is { ValueKind: JsonValueKind.Object } iam)
            {
                caller = JsonFields.OptionalString(iam, "requestContext.authorizer.iam", "userArn");
            }

            return new HttpRequestEvent(HttpOrigin.FunctionUrl, method, path, headers, body, sourceIp, caller);
        }

        throw new InvalidEventException("requestContext", JsonFields.Shorten(context.GetRawText()), Expected);
    }

    private static Dictionary<string, string> Headers(JsonElement root)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (JsonFields.Get(root, "multiValueHeaders") is { ValueKind: JsonValueKind.Object } multi)
        {
            foreach (var header in multi.EnumerateObject())
            {
                if (header.Value.ValueKind == JsonValueKind.Array
                    && header.Value.EnumerateArray().LastOrDefault(v => v.ValueKind == JsonValueKind.String) is { ValueKind: JsonValueKind.String } last
                    && JsonFields.TryText(last) is { } text)
                {
                    headers[header.Name.ToLowerInvariant()] = text;
                }
            }
        }

        if (JsonFields.Get(root, "headers") is { ValueKind: JsonValueKind.Object } single)
        {
            foreach (var header in single.EnumerateObject())
            {
                if (header.Value.ValueKind == JsonValueKind.String && JsonFields.TryText(header.Value) is { } text)
                {
                    headers[header.Name.ToLowerInvariant()] = text;
                }
            }
        }

        return headers;
    }

    private static string Body(JsonElement root)
    {
        var body = JsonFields.OptionalString(root, string.Empty, "body") ?? string.Empty;
        if (!JsonFields.OptionalBool(root, string.Empty, "isBase64Encoded", fallback: false) || body.Length == 0)
        {
            return body;
        }

        var bytes = new byte[body.Length];
        if (!Convert.TryFromBase64String(body, bytes, out var written))
        {
            throw new InvalidEventException("body", JsonFields.Quote(body), "base64 text, as isBase64Encoded is true");
        }

        return Encoding.UTF8.GetString(bytes, 0, written);
    }
}
