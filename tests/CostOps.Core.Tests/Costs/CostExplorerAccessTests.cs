using CostOps.Core.Costs;

namespace CostOps.Core.Tests.Costs;

public class CostExplorerAccessTests
{
    private sealed class DataUnavailableException() : Exception("Data is not available.");

    [Fact]
    public void IsUnavailable_InnerAccessDenied_True()
    {
        Assert.True(CostExplorerAccess.IsUnavailable(new InvalidOperationException("call failed", new InvalidOperationException("AccessDeniedException: not authorized"))));
    }

    [Fact]
    public void IsUnavailable_ExceptionTypeName_True()
    {
        Assert.True(CostExplorerAccess.IsUnavailable(new DataUnavailableException()));
    }

    [Fact]
    public void IsUnavailable_Throttling_False()
    {
        Assert.False(CostExplorerAccess.IsUnavailable(new InvalidOperationException("ThrottlingException: Rate exceeded")));
    }

    [Fact]
    public void HowToFix_NamesConsoleActionsAndDelay()
    {
        var text = string.Join(" ", CostExplorerAccess.HowToFix);

        Assert.Contains("ce:GetCostAndUsage", text, StringComparison.Ordinal);
        Assert.Contains("ce:GetCostForecast", text, StringComparison.Ordinal);
        Assert.Contains("24 hours", text, StringComparison.Ordinal);
    }
}
