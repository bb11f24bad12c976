using System.Xml.Linq;
using CostOps.Aws.CloudWatch;
using CostOps.Aws.Http;
using Moq;

namespace CostOps.Aws.Tests.Clients;

public sealed class CloudWatchClientTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 16, 0, 0, 0, TimeSpan.Zero);
    private readonly Mock<IAwsTransport> _transport = new(MockBehavior.Strict);
    private readonly List<IReadOnlyList<KeyValuePair<string, string>>> _sent = [];

    [Fact]
    public async Task GetMetricDataBatchedAsync_1001Queries_SendsThreeCallsOf500500And1InOrder()
    {
        Answer(_ => Response());
        var queries = Enumerable.Range(0, 1001).Select(i => Query($"q{i}")).ToList();

        var results = await new CloudWatchClient(_transport.Object).GetMetricDataBatchedAsync(queries, Start, Start.AddDays(14), default);

        Assert.Equal([500, 500, 1], _sent.Select(p => p.Count(kv => kv.Key.EndsWith(".Id", StringComparison.Ordinal))));
        Assert.Equal("q1000", _sent[2].Single(kv => kv.Key == "MetricDataQueries.member.1.Id").Value);
        Assert.Equal(queries.Select(q => q.Id), results.Select(r => r.Id));
        Assert.All(results, r => Assert.Empty(r.Values));
    }

    [Fact]
    public async Task GetMetricDataBatchedAsync_ForbiddenOnFirstPage_KeepsForbiddenOverLaterComplete()
    {
        var pages = new Queue<XDocument>([Response(("q0", "Forbidden", [], "next")), Response(("q0", "Complete", [("2026-11-16T01:00:00Z", "3")], null))]);
        Answer(_ => pages.Dequeue());

        var result = Assert.Single(await new CloudWatchClient(_transport.Object).GetMetricDataBatchedAsync([Query("q0")], Start, Start.AddDays(1), default));

        Assert.Equal(("Forbidden", 3.0), (result.StatusCode, Assert.Single(result.Values)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public async Task GetMetricDataAsync_QueryCountOutside1To500_ThrowsNamingTheCount(int count)
    {
        var request = new GetMetricDataRequest { MetricDataQueries = Enumerable.Range(0, count).Select(i => Query($"q{i}")).ToList(), StartTime = Start, EndTime = Start.AddDays(1) };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => new CloudWatchClient(_transport.Object).GetMetricDataAsync(request, default));

        Assert.Contains($"got {count}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cpu")]
    [InlineData("1cpu")]
    [InlineData("cpu-max")]
    [InlineData("dup")]
    public async Task GetMetricDataAsync_BadOrDuplicateId_ThrowsNamingTheId(string id)
    {
        var request = new GetMetricDataRequest { MetricDataQueries = [Query("dup"), Query(id)], StartTime = Start, EndTime = Start.AddDays(1) };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => new CloudWatchClient(_transport.Object).GetMetricDataAsync(request, default));

        Assert.Contains($"\"{id}\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMetricDataAsync_StartNotBeforeEnd_ThrowsWithBothTimes()
    {
        var request = new GetMetricDataRequest { MetricDataQueries = [Query("q0")], StartTime = Start, EndTime = Start };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => new CloudWatchClient(_transport.Object).GetMetricDataAsync(request, default));

        Assert.Contains("2026-11-16T00:00:00Z must be before EndTime 2026-11-16T00:00:00Z", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MoreTimestampsThanValues_ThrowsNamingTheQuery()
    {
        var document = Response(("cpu0", "Complete", [("2026-11-16T01:00:00Z", "1")], null));
        document.Descendants().First(e => e.Name.LocalName == "Values").RemoveNodes();

        var error = Assert.Throws<InvalidDataException>(() => MetricDataXmlReader.Read(document));

        Assert.Contains("\"cpu0\" has 1 timestamps but 0 values", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoResultElement_ThrowsNamingTheRoot()
    {
        var error = Assert.Throws<InvalidDataException>(() => MetricDataXmlReader.Read(XDocument.Parse("<ErrorResponse/>")));

        Assert.Contains("ErrorResponse", error.Message, StringComparison.Ordinal);
    }

    private void Answer(Func<IReadOnlyList<KeyValuePair<string, string>>, XDocument> respond) =>
        _transport
            .Setup(t => t.InvokeQueryAsync(AwsServices.CloudWatch, "GetMetricData", It.IsAny<IReadOnlyList<KeyValuePair<string, string>>>(), It.IsAny<CancellationToken>()))
            .Callback((AwsService _, string _, IReadOnlyList<KeyValuePair<string, string>> p, CancellationToken _) => _sent.Add(p))
            .ReturnsAsync((AwsService _, string _, IReadOnlyList<KeyValuePair<string, string>> p, CancellationToken _) => respond(p));

    private static MetricDataQuery Query(string id) => new()
    {
        Id = id,
        MetricStat = new() { Metric = new() { Namespace = "AWS/ECS", MetricName = "CPUUtilization" }, Period = 3600, Stat = "Maximum" },
    };

    private static XDocument Response(params (string Id, string Status, (string At, string Value)[] Points, string? Next)[] results)
    {
        XNamespace ns = "http://monitoring.amazonaws.com/doc/2010-08-01/";
        var next = results.Select(r => r.Next).FirstOrDefault(n => n is not null);
        return new XDocument(new XElement(
            ns + "GetMetricDataResponse",
            new XElement(
                ns + "GetMetricDataResult",
                new XElement(ns + "MetricDataResults", results.Select(r => new XElement(
                    ns + "member",
                    new XElement(ns + "Id", r.Id),
                    new XElement(ns + "Timestamps", r.Points.Select(p => new XElement(ns + "member", p.At))),
                    new XElement(ns + "Values", r.Points.Select(p => new XElement(ns + "member", p.Value))),
                    new XElement(ns + "StatusCode", r.Status)))),
                next is null ? null : new XElement(ns + "NextToken", next))));
    }
}
