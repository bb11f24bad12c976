using System.Net;

namespace CostOps.Simulator;

/// <summary>What one HTTP request asks for: the service (by its signing name) and the operation; and how that service words errors.</summary>
internal sealed record SimCall(string SigningName, string Operation)
{
    private static readonly (string Prefix, string SigningName)[] JsonTargets =
    [
        ("AmazonEC2ContainerServiceV20141113.", "ecs"),
        ("AnyScaleFrontendService.", "application-autoscaling"),
        ("AWSInsightsIndexService.", "ce"),
        ("AWSBudgetServiceGateway.", "budgets"),
        ("AWSOrganizationsV20161128.", "organizations"),
    ];

    public static SimCall Classify(HttpRequestMessage request, byte[] body)
    {
        var target = request.Headers.TryGetValues("X-Amz-Target", out var values) ? values.Single() : null;
        var path = request.RequestUri!.AbsolutePath;
        if (target is not null)
        {
            foreach (var (prefix, signingName) in JsonTargets)
            {
                if (target.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return new SimCall(signingName, target[prefix.Length..]);
                }
            }

            return new SimCall("", target);
        }

        if (path.StartsWith("/schedules/", StringComparison.Ordinal))
        {
            return new SimCall("scheduler", SchedulerApi.Operation(request.Method));
        }

        if (path.StartsWith("/2015-03-31/functions/", StringComparison.Ordinal) && path.EndsWith("/invocations", StringComparison.Ordinal))
        {
            return new SimCall("lambda", "Invoke");
        }

        if (request.Method == HttpMethod.Post && path == "/" && System.Text.Encoding.UTF8.GetString(body).Contains("Action=", StringComparison.Ordinal))
        {
            var form = SimForm.Parse(System.Text.Encoding.UTF8.GetString(body));
            var auth = request.Headers.TryGetValues("Authorization", out var authorization) ? string.Join(",", authorization) : "";
            var signingName = auth.Contains("/elasticloadbalancing/aws4_request", StringComparison.Ordinal) ? "elasticloadbalancing"
                : auth.Contains("/sts/aws4_request", StringComparison.Ordinal) ? "sts"
                : form.GetValueOrDefault("Version") == CloudWatchApi.ApiVersion ? "monitoring" : "sns";
            return new SimCall(signingName, form.GetValueOrDefault("Action") ?? "");
        }

        return new SimCall("s3", request.Method == HttpMethod.Put ? "PutObject" : request.Method == HttpMethod.Get ? "GetObject" : request.Method.Method);
    }

    public HttpResponseMessage Error(SimulatorError error)
    {
        switch (SigningName)
        {
            case "sns":
                return Reply(error.Status, SnsApi.Error(error.Type, error.Message), "text/xml");
            case "elasticloadbalancing":
                return Reply(error.Status, Elbv2Api.Error(error.Type, error.Message), "text/xml");
            case "sts":
                return Reply(error.Status, StsApi.Error(error.Type, error.Message), "text/xml");
            case "monitoring":
                return Reply(error.Status, CloudWatchApi.Error(error.Type, error.Message), "text/xml");
            case "s3":
                return Reply(error.Status, System.Text.Encoding.UTF8.GetBytes($"<Error><Code>{error.Type}</Code><Message>{error.Message}</Message></Error>"), "application/xml");
            case "lambda" or "scheduler":
                var response = Reply(error.Status, SimulatorHandler.JsonError(error, withType: false));
                response.Headers.TryAddWithoutValidation("x-amzn-ErrorType", error.Type);
                return response;
            default:
                return Reply(error.Status, SimulatorHandler.JsonError(error, withType: true));
        }
    }

    public static HttpResponseMessage Reply(HttpStatusCode status, byte[] body, string contentType = "application/x-amz-json-1.1")
    {
        var response = new HttpResponseMessage(status) { Content = new ByteArrayContent(body) };
        response.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        response.Headers.TryAddWithoutValidation("x-amzn-RequestId", "00000000-0000-0000-0000-000000000000");
        return response;
    }
}
