using System.Text.Json.Serialization;
using CostOps.Aws.AutoScaling;
using CostOps.Aws.Budgets;
using CostOps.Aws.CostExplorer;
using CostOps.Aws.Ecs;
using CostOps.Aws.EventBridgeScheduler;
using CostOps.Aws.Organizations;

namespace CostOps.Aws.Json;

/// <summary>
/// Source-generated metadata for every JSON wire type of CostOps' own AWS clients. Nulls are not
/// written (an absent member and a null differ to AWS); timestamps are epoch seconds (JSON 1.1).
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(EpochSecondsConverter)])]
[JsonSerializable(typeof(CapacityProviderStrategyItem))]
[JsonSerializable(typeof(Cluster))]
[JsonSerializable(typeof(ContainerDefinition))]
[JsonSerializable(typeof(Deployment))]
[JsonSerializable(typeof(DescribeClustersRequest))]
[JsonSerializable(typeof(DescribeClustersResponse))]
[JsonSerializable(typeof(DescribeServicesRequest))]
[JsonSerializable(typeof(DescribeServicesResponse))]
[JsonSerializable(typeof(DescribeTaskDefinitionRequest))]
[JsonSerializable(typeof(DescribeTaskDefinitionResponse))]
[JsonSerializable(typeof(Failure))]
[JsonSerializable(typeof(ListClustersRequest))]
[JsonSerializable(typeof(ListClustersResponse))]
[JsonSerializable(typeof(ListServicesRequest))]
[JsonSerializable(typeof(ListServicesResponse))]
[JsonSerializable(typeof(ListTagsForResourceRequest))]
[JsonSerializable(typeof(ListTagsForResourceResponse))]
[JsonSerializable(typeof(PutClusterCapacityProvidersRequest))]
[JsonSerializable(typeof(PutClusterCapacityProvidersResponse))]
[JsonSerializable(typeof(RuntimePlatform))]
[JsonSerializable(typeof(Service))]
[JsonSerializable(typeof(ServiceEvent))]
[JsonSerializable(typeof(Tag))]
[JsonSerializable(typeof(TagResourceRequest))]
[JsonSerializable(typeof(TagResourceResponse))]
[JsonSerializable(typeof(TaskDefinition))]
[JsonSerializable(typeof(UntagResourceRequest))]
[JsonSerializable(typeof(UntagResourceResponse))]
[JsonSerializable(typeof(UpdateServiceRequest))]
[JsonSerializable(typeof(UpdateServiceResponse))]
[JsonSerializable(typeof(DescribeScalableTargetsRequest))]
[JsonSerializable(typeof(DescribeScalableTargetsResponse))]
[JsonSerializable(typeof(RegisterScalableTargetRequest))]
[JsonSerializable(typeof(RegisterScalableTargetResponse))]
[JsonSerializable(typeof(ScalableTarget))]
[JsonSerializable(typeof(SuspendedState))]
[JsonSerializable(typeof(Anomaly))]
[JsonSerializable(typeof(AnomalyDateInterval))]
[JsonSerializable(typeof(DateInterval))]
[JsonSerializable(typeof(DimensionValues))]
[JsonSerializable(typeof(Expression))]
[JsonSerializable(typeof(ForecastResult))]
[JsonSerializable(typeof(GetCostAndUsageRequest))]
[JsonSerializable(typeof(GetCostAndUsageResponse))]
[JsonSerializable(typeof(GetAnomaliesRequest))]
[JsonSerializable(typeof(GetAnomaliesResponse))]
[JsonSerializable(typeof(GetCostForecastRequest))]
[JsonSerializable(typeof(GetCostForecastResponse))]
[JsonSerializable(typeof(Group))]
[JsonSerializable(typeof(GroupDefinition))]
[JsonSerializable(typeof(MetricValue))]
[JsonSerializable(typeof(ResultByTime))]
[JsonSerializable(typeof(TagValues))]
[JsonSerializable(typeof(Budget))]
[JsonSerializable(typeof(CalculatedSpend))]
[JsonSerializable(typeof(DescribeBudgetRequest))]
[JsonSerializable(typeof(DescribeBudgetResponse))]
[JsonSerializable(typeof(DescribeBudgetsRequest))]
[JsonSerializable(typeof(DescribeBudgetsResponse))]
[JsonSerializable(typeof(Spend))]
[JsonSerializable(typeof(TimePeriod))]
[JsonSerializable(typeof(ScheduleDefinition))]
[JsonSerializable(typeof(GetScheduleResponse))]
[JsonSerializable(typeof(ScheduleArnResponse))]
[JsonSerializable(typeof(Account))]
[JsonSerializable(typeof(OrganizationalUnit))]
[JsonSerializable(typeof(ListAccountsForParentRequest))]
[JsonSerializable(typeof(ListAccountsForParentResponse))]
[JsonSerializable(typeof(ListOrganizationalUnitsForParentRequest))]
[JsonSerializable(typeof(ListOrganizationalUnitsForParentResponse))]
public sealed partial class AwsJsonContext : JsonSerializerContext;
