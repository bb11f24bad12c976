using System.Text.Json;
using CostOps.Core.Budgets;
using CostOps.Hosting;
using CostOps.Hosting.Events;

namespace CostOps.BudgetAlerts;

/// <summary>Checks every budget; a budget whose data could not be handled fails the invocation so alarms fire.</summary>
internal sealed class BudgetAlertsHandler(BudgetAlertService service) : IInvocationHandler
{
    public async Task<InvocationResult> HandleAsync(InvocationEvent invocationEvent, InvocationContext context)
    {
        var result = await service.RunAsync(context.CancellationToken).ConfigureAwait(false);
        var body = JsonSerializer.SerializeToUtf8Bytes(result, BudgetJsonContext.Default.BudgetRunResult);
        return result.HasErrors
            ? InvocationResult.Failed(body, $"{result.Budgets.Count(b => b.Errors.Count > 0)} budget(s) could not be checked; see the result")
            : InvocationResult.Succeeded(body);
    }
}
