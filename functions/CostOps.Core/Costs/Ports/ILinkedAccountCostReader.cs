namespace CostOps.Core.Costs.Ports;

/// <summary>
/// A cost reader that can answer the by-tag request grouped by the tag and by LINKED_ACCOUNT (Cost Explorer allows two
/// group-bys). It replaces <see cref="ICostDataReader.DailyByTagAsync"/>: the same one request, so the spend per account
/// of an organisation's management (payer) account costs no extra paid request (more groups can mean more pages).
/// </summary>
public interface ILinkedAccountCostReader
{
    Task<CostAnswer<TagAccountCosts>> DailyByTagAndAccountAsync(CostQuery query, string tagKey, CancellationToken cancellationToken);
}
