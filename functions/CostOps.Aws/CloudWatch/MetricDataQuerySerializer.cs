using System.Globalization;
using System.Text.RegularExpressions;

namespace CostOps.Aws.CloudWatch;

/// <summary>
/// Query serialisation of GetMetricData: lists as <c>Name.member.N</c> (N from 1), nested members dotted,
/// timestamps ISO 8601 UTC. Checks what the service would reject, naming the query and the value.
/// </summary>
internal static partial class MetricDataQuerySerializer
{
    private const int MaxDimensions = 30;

    public static IReadOnlyList<KeyValuePair<string, string>> Serialize(GetMetricDataRequest request)
    {
        Check(request);
        var parameters = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < request.MetricDataQueries.Count; i++)
        {
            var query = request.MetricDataQueries[i];
            var prefix = Invariant($"MetricDataQueries.member.{i + 1}.");
            parameters.Add(new(prefix + "Id", query.Id));
            var stat = prefix + "MetricStat.";
            parameters.Add(new(stat + "Metric.Namespace", query.MetricStat.Metric.Namespace));
            parameters.Add(new(stat + "Metric.MetricName", query.MetricStat.Metric.MetricName));
            for (var d = 0; d < query.MetricStat.Metric.Dimensions.Count; d++)
            {
                var dimension = query.MetricStat.Metric.Dimensions[d];
                var dimensionPrefix = Invariant($"{stat}Metric.Dimensions.member.{d + 1}.");
                parameters.Add(new(dimensionPrefix + "Name", dimension.Name));
                parameters.Add(new(dimensionPrefix + "Value", dimension.Value));
            }

            parameters.Add(new(stat + "Period", query.MetricStat.Period.ToString(CultureInfo.InvariantCulture)));
            parameters.Add(new(stat + "Stat", query.MetricStat.Stat));
            if (query.Label is not null)
            {
                parameters.Add(new(prefix + "Label", query.Label));
            }
        }

        parameters.Add(new("StartTime", CloudWatchClient.FormatTimestamp(request.StartTime)));
        parameters.Add(new("EndTime", CloudWatchClient.FormatTimestamp(request.EndTime)));
        if (!string.IsNullOrEmpty(request.NextToken))
        {
            parameters.Add(new("NextToken", request.NextToken));
        }

        if (request.ScanBy is not null)
        {
            parameters.Add(new("ScanBy", request.ScanBy));
        }

        return parameters;
    }

    private static void Check(GetMetricDataRequest request)
    {
        var queries = request.MetricDataQueries ?? throw new ArgumentException("CloudWatch GetMetricData needs MetricDataQueries.", nameof(request));
        if (queries.Count is 0 or > CloudWatchClient.MaxQueriesPerCall)
        {
            throw new ArgumentException($"CloudWatch GetMetricData takes 1 to {CloudWatchClient.MaxQueriesPerCall} queries a call, got {queries.Count}.", nameof(request));
        }

        if (request.StartTime >= request.EndTime)
        {
            throw new ArgumentException($"CloudWatch GetMetricData StartTime {CloudWatchClient.FormatTimestamp(request.StartTime)} must be before EndTime {CloudWatchClient.FormatTimestamp(request.EndTime)}.", nameof(request));
        }

        if (request.ScanBy is not (null or "TimestampAscending" or "TimestampDescending"))
        {
            throw new ArgumentException($"CloudWatch GetMetricData ScanBy must be TimestampAscending or TimestampDescending, got \"{request.ScanBy}\".", nameof(request));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var query in queries)
        {
            if (query?.Id is null || !IdPattern().IsMatch(query.Id) || !ids.Add(query.Id))
            {
                throw new ArgumentException($"CloudWatch GetMetricData query Id \"{query?.Id}\" must be unique, start with a lower-case letter and hold only letters, digits and underscores (at most 255).", nameof(request));
            }

            var stat = query.MetricStat ?? throw new ArgumentException($"CloudWatch GetMetricData query \"{query.Id}\" needs a MetricStat.", nameof(request));
            if (stat.Period < 1 || string.IsNullOrEmpty(stat.Stat) || string.IsNullOrEmpty(stat.Metric?.Namespace) || string.IsNullOrEmpty(stat.Metric.MetricName))
            {
                throw new ArgumentException($"CloudWatch GetMetricData query \"{query.Id}\" needs a namespace, a metric name, a statistic and a period of at least 1 second (period {stat.Period}, stat \"{stat.Stat}\").", nameof(request));
            }

            if (stat.Metric.Dimensions.Count > MaxDimensions)
            {
                throw new ArgumentException($"CloudWatch GetMetricData query \"{query.Id}\" has {stat.Metric.Dimensions.Count} dimensions; at most {MaxDimensions}.", nameof(request));
            }
        }
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^[a-z][A-Za-z0-9_]{0,254}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
