using System.Text.Json.Nodes;
using CostOps.Hosting.Events;

namespace CostOps.Wake;

/// <summary>An HTTP response in the format a load balancer Lambda target or a function URL returns.</summary>
internal sealed record HttpAnswer(int StatusCode, string ContentType, string Body, int? RetryAfterSeconds = null)
{
    public static HttpAnswer Json(int status, JsonObject body, int? retryAfter = null) =>
        new(status, "application/json", body.ToJsonString(), retryAfter);

    /// <summary>A JSON error naming the field, the value and what was expected.</summary>
    public static HttpAnswer Error(int status, string field, string? value, string expected, string message) =>
        Json(status, new JsonObject
        {
            ["error"] = message,
            ["field"] = field,
            ["value"] = value,
            ["expected"] = expected,
        });

    public JsonObject ToResponse(HttpOrigin origin)
    {
        var headers = new JsonObject
        {
            ["Content-Type"] = ContentType.StartsWith("text/", StringComparison.Ordinal) ? ContentType + "; charset=utf-8" : ContentType,
            ["Cache-Control"] = "no-store",
        };
        if (RetryAfterSeconds is { } seconds)
        {
            headers["Retry-After"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var response = new JsonObject
        {
            ["statusCode"] = StatusCode,
            ["headers"] = headers,
            ["body"] = Body,
            ["isBase64Encoded"] = false,
        };
        if (origin == HttpOrigin.LoadBalancer)
        {
            // The load balancer requires a status description: "<code> <reason>".
            response["statusDescription"] = $"{StatusCode} {Reason(StatusCode)}";
        }

        return response;
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        503 => "Service Unavailable",
        _ => "Error",
    };
}
