using System.Globalization;
using System.Xml.Linq;

namespace CostOps.Aws.CloudWatch;

/// <summary>
/// Reads GetMetricDataResponse/GetMetricDataResult by local names (the namespace is
/// http://monitoring.amazonaws.com/doc/2010-08-01/). Malformed data fails with what and where.
/// </summary>
internal static class MetricDataXmlReader
{
    public static GetMetricDataResponse Read(XDocument document)
    {
        var result = document.Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "GetMetricDataResult")
            ?? throw new InvalidDataException($"CloudWatch GetMetricData answered without GetMetricDataResponse/GetMetricDataResult (root element '{document.Root?.Name}').");
        var results = Child(result, "MetricDataResults")?.Elements().Where(e => e.Name.LocalName == "member").Select(ReadResult).ToList() ?? [];
        return new GetMetricDataResponse { MetricDataResults = results, NextToken = NullIfEmpty(Child(result, "NextToken")?.Value) };
    }

    private static MetricDataResult ReadResult(XElement member, int index)
    {
        var id = NullIfEmpty(Child(member, "Id")?.Value)
            ?? throw new InvalidDataException($"CloudWatch GetMetricData result {index + 1} has no Id.");
        var timestamps = Members(member, "Timestamps").Select(v => ParseTimestamp(id, v)).ToList();
        var values = Members(member, "Values").Select(v => ParseValue(id, v)).ToList();
        if (timestamps.Count != values.Count)
        {
            throw new InvalidDataException($"CloudWatch GetMetricData result \"{id}\" has {timestamps.Count} timestamps but {values.Count} values.");
        }

        return new MetricDataResult { Id = id, Label = Child(member, "Label")?.Value, Timestamps = timestamps, Values = values, StatusCode = NullIfEmpty(Child(member, "StatusCode")?.Value) };
    }

    private static IEnumerable<string> Members(XElement parent, string name) =>
        Child(parent, name)?.Elements().Where(e => e.Name.LocalName == "member").Select(e => e.Value.Trim()) ?? [];

    private static DateTimeOffset ParseTimestamp(string id, string value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed
            : throw new InvalidDataException($"CloudWatch GetMetricData result \"{id}\" has timestamp \"{value}\", not ISO 8601.");

    private static double ParseValue(string id, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new InvalidDataException($"CloudWatch GetMetricData result \"{id}\" has value \"{value}\", not a number.");

    private static XElement? Child(XElement parent, string name) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
