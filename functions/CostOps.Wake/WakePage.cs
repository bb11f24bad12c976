using System.Globalization;
using System.Net;

namespace CostOps.Wake;

/// <summary>The page a browser sees while a service wakes: self-refreshing, no script, no external assets.</summary>
internal static class WakePage
{
    /// <summary>How often the page reloads and API clients are told to retry.</summary>
    public const int RefreshSeconds = 10;

    public static string Waking(string cluster, string service, DateTimeOffset? until) => Page(
        $"{cluster}/{service} is waking up",
        $"<p><strong>{Html(cluster)}/{Html(service)}</strong> is waking up, usually ready in a minute or two.</p>"
        + $"<p>This page reloads every {RefreshSeconds} seconds and shows the service as soon as it answers.</p>"
        + (until is { } end
            ? $"<p>CostOps keeps it running until {Html(end.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))} UTC; after that it stops again when its schedule says so.</p>"
            : "<p>A keep-running tag without an end keeps it running until someone removes it.</p>"),
        refresh: true);

    public static string Message(string title, string text, bool refresh) => Page(title, $"<p>{Html(text)}</p>", refresh);

    public static bool WantsHtml(string? accept) =>
        accept is not null && accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);

    private static string Page(string title, string body, bool refresh) =>
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + (refresh ? $"<meta http-equiv=\"refresh\" content=\"{RefreshSeconds}\">" : "")
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + $"<title>{Html(title)}</title>"
        + "<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#222}"
        + "h1{font-size:1.4rem}p{line-height:1.5}</style></head>"
        + $"<body><h1>{Html(title)}</h1>{body}<p><small>CostOps stops this service outside its schedule to save money.</small></p></body></html>";

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
