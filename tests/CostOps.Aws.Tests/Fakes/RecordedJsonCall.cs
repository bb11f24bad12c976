using System.Text.Json;
using CostOps.Aws.Http;

namespace CostOps.Aws.Tests.Fakes;

/// <summary>One JSON-protocol call as it would go on the wire.</summary>
internal sealed record RecordedJsonCall(AwsService Service, string Operation, string RequestJson)
{
    public JsonElement Request => JsonElement.Parse(RequestJson);

    public override string ToString() => $"{Service.ServiceId} {Operation} {RequestJson}";
}
