using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace CostOps.Simulator;

/// <summary>
/// CloudWatch GetMetricData over the Query protocol for AWS/ECS <c>CPUUtilization</c> and <c>MemoryUtilization</c> by
/// <c>ClusterName</c> and <c>ServiceName</c>, hourly (Period 3600) Average or Maximum: one point for each hour in
/// [StartTime, EndTime) during which a task of the service ran, nothing for the others, as ECS sends nothing while
/// no task runs. Values come from the service's <see cref="SimUtilization"/>, drawn from the seed, the service, the
/// metric and the hour only. Any other metric, dimension set or unknown service answers an empty, complete result.
/// Called under the account's gate.
/// </summary>
internal sealed class CloudWatchApi(SimulatedAccount account)
{
    public const string ApiVersion = "2010-08-01";
    private const string Invalid = "InvalidParameterValue";
    private static readonly XNamespace Ns = $"http://monitoring.amazonaws.com/doc/{ApiVersion}/";

    public byte[] Handle(byte[] body)
    {
        var form = SimForm.Parse(Encoding.UTF8.GetString(body));
        var action = form.GetValueOrDefault("Action");
        if (action != "GetMetricData")
        {
            throw new SimulatorError("InvalidAction", $"The simulated CloudWatch does not implement {action}.");
        }

        var start = Time(form, "StartTime");
        var end = Time(form, "EndTime");
        if (start >= end)
        {
            throw new SimulatorError(Invalid, "The parameter StartTime must be less than the parameter EndTime.");
        }

        var descending = form.GetValueOrDefault("ScanBy") == "TimestampDescending";
        var results = new XElement(Ns + "MetricDataResults");
        for (var i = 1; form.TryGetValue($"MetricDataQueries.member.{i}.Id", out var id); i++)
        {
            var prefix = $"MetricDataQueries.member.{i}.MetricStat.";
            var metric = form.GetValueOrDefault(prefix + "Metric.MetricName") ?? throw new SimulatorError("MissingParameter", $"Query {id} has no MetricStat.Metric.MetricName.");
            var points = Points(form, prefix, metric, start, end).ToList();
            if (descending)
            {
                points.Reverse();
            }

            results.Add(new XElement(Ns + "member",
                new XElement(Ns + "Id", id),
                new XElement(Ns + "Label", form.GetValueOrDefault($"MetricDataQueries.member.{i}.Label") ?? metric),
                new XElement(Ns + "Timestamps", points.Select(p => new XElement(Ns + "member", p.Hour.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)))),
                new XElement(Ns + "Values", points.Select(p => new XElement(Ns + "member", p.Value.ToString("R", CultureInfo.InvariantCulture)))),
                new XElement(Ns + "StatusCode", "Complete")));
        }

        var xml = new XElement(Ns + "GetMetricDataResponse",
            new XElement(Ns + "GetMetricDataResult", results, new XElement(Ns + "Messages")),
            new XElement(Ns + "ResponseMetadata", new XElement(Ns + "RequestId", "00000000-0000-0000-0000-000000000000")));
        return Encoding.UTF8.GetBytes(xml.ToString(SaveOptions.DisableFormatting));
    }

    public static byte[] Error(string code, string message) =>
        Encoding.UTF8.GetBytes(new XElement(Ns + "ErrorResponse",
            new XElement(Ns + "Error", new XElement(Ns + "Type", "Sender"), new XElement(Ns + "Code", code), new XElement(Ns + "Message", message)),
            new XElement(Ns + "RequestId", "0")).ToString(SaveOptions.DisableFormatting));

    /// <summary>The hourly value of a metric statistic for one hour a service ran: the same for the same seed, service, metric and hour.</summary>
    internal static double Value(int seed, string serviceArn, string metric, string stat, DateTimeOffset hour, SimUtilization utilization)
    {
        var (average, max) = utilization.Of(metric) ?? (0, 0);
        var hourAverage = average * (0.9 + (0.2 * Draw(seed, serviceArn, metric, "Average", hour)));
        return stat == "Average" ? Math.Round(hourAverage, 3) : Math.Round(Math.Max(hourAverage, max * (0.8 + (0.2 * Draw(seed, serviceArn, metric, "Maximum", hour)))), 3);
    }

    private IEnumerable<(DateTimeOffset Hour, double Value)> Points(Dictionary<string, string> form, string prefix, string metric, DateTimeOffset start, DateTimeOffset end)
    {
        var stat = form.GetValueOrDefault(prefix + "Stat");
        if (stat is not ("Average" or "Maximum"))
        {
            throw new SimulatorError(Invalid, $"The simulated CloudWatch answers the statistics Average and Maximum, not \"{stat}\".");
        }

        if (form.GetValueOrDefault(prefix + "Period") != "3600")
        {
            throw new SimulatorError(Invalid, $"The simulated CloudWatch answers hourly periods (3600), not \"{form.GetValueOrDefault(prefix + "Period")}\".");
        }

        var dimensions = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var d = 1; form.TryGetValue($"{prefix}Metric.Dimensions.member.{d}.Name", out var name); d++)
        {
            dimensions[name] = form.GetValueOrDefault($"{prefix}Metric.Dimensions.member.{d}.Value") ?? "";
        }

        if (form.GetValueOrDefault(prefix + "Metric.Namespace") != "AWS/ECS" || dimensions.Count != 2
            || !dimensions.TryGetValue("ClusterName", out var cluster) || !dimensions.TryGetValue("ServiceName", out var serviceName)
            || account.Services.FirstOrDefault(s => s.Cluster == cluster && s.Name == serviceName) is not { } service
            || service.Utilization.Of(metric) is null)
        {
            yield break;
        }

        foreach (var hour in account.Ledger.RanHours(service.Arn).Where(h => h >= start && h < end))
        {
            yield return (hour, Value(account.Options.Seed, service.Arn, metric, stat, hour, service.Utilization));
        }
    }

    private static DateTimeOffset Time(Dictionary<string, string> form, string name) =>
        DateTimeOffset.TryParse(form.GetValueOrDefault(name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : throw new SimulatorError("MissingParameter", $"The parameter {name} is required and must be an ISO 8601 time (got \"{form.GetValueOrDefault(name)}\").");

    private static double Draw(int seed, string serviceArn, string metric, string stat, DateTimeOffset hour)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}\n{serviceArn}\n{metric}\n{stat}\n{hour.UtcTicks}"));
        return (BitConverter.ToUInt64(hash, 0) >> 11) / (double)(1UL << 53);
    }
}
