namespace CostOps.Aws.Http;

public enum AwsProtocol
{
    Json,
    Query,
    RestJson,
}
