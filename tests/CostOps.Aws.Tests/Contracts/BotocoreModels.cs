using CostOps.Aws.Http;

namespace CostOps.Aws.Tests.Contracts;

/// <summary>The official model (botocore name and API version) behind each service CostOps calls.</summary>
internal static class BotocoreModels
{
    public static readonly IReadOnlyDictionary<string, (AwsService Service, string Name, string ApiVersion)> All =
        new Dictionary<string, (AwsService, string, string)>(StringComparer.Ordinal)
        {
            ["Ecs"] = (AwsServices.Ecs, "ecs", "2014-11-13"),
            ["ApplicationAutoScaling"] = (AwsServices.ApplicationAutoScaling, "application-autoscaling", "2016-02-06"),
            ["CostExplorer"] = (AwsServices.CostExplorer, "ce", "2017-10-25"),
            ["Budgets"] = (AwsServices.Budgets, "budgets", "2016-10-20"),
            ["Sns"] = (AwsServices.Sns, "sns", "2010-03-31"),
            ["CloudWatch"] = (AwsServices.CloudWatch, "cloudwatch", "2010-08-01"),
            ["Elbv2"] = (AwsServices.ElasticLoadBalancing, "elbv2", "2015-12-01"),
            ["Lambda"] = (AwsServices.Lambda, "lambda", "2015-03-31"),
            ["Scheduler"] = (AwsServices.Scheduler, "scheduler", "2021-06-30"),
            ["Sts"] = (AwsServices.Sts, "sts", "2011-06-15"),
            ["Organizations"] = (AwsServices.Organizations, "organizations", "2016-11-28"),
        };

    public static ServiceModel Load(string key)
    {
        var (_, name, apiVersion) = All[key];
        return ServiceModel.Load(name, apiVersion);
    }
}
