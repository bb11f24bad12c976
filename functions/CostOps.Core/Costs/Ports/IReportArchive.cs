namespace CostOps.Core.Costs.Ports;

/// <summary>Keeps rendered HTML reports (S3) and hands out a link to read one.</summary>
public interface IReportArchive
{
    /// <param name="name">Object name without prefix, e.g. "2026-W47.html".</param>
    /// <returns>A link that can be opened without AWS credentials, valid for <paramref name="linkValidity"/> (presigned URLs allow at most 7 days).</returns>
    Task<Uri> StoreAsync(string name, string html, TimeSpan linkValidity, CancellationToken cancellationToken);
}
