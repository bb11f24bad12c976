namespace CostOps.Core.Wake;

/// <summary>
/// Tells which stopped service a load balancer request was meant for, the way the load balancer chose the rule:
/// among the saved rules whose host and path conditions match the request, the one with the lowest priority number.
/// Host patterns compare case-insensitively without the port; path patterns are case-sensitive; both take
/// <c>*</c> (any characters) and <c>?</c> (one character). Conditions on other fields are not checked. Never throws.
/// </summary>
public static class WakeRequestMatcher
{
    public static WakeCandidate? Match(IEnumerable<WakeCandidate> candidates, string? host, string? path)
    {
        var bareHost = HostWithoutPort(host ?? "");
        var requestPath = string.IsNullOrEmpty(path) ? "/" : path;
        WakeCandidate? best = null;
        var bestPriority = int.MaxValue;
        foreach (var candidate in candidates)
        {
            foreach (var route in candidate.Routes)
            {
                var priority = route.Priority ?? int.MaxValue - 1;
                if (priority < bestPriority
                    && (route.Hosts.Count == 0 || route.Hosts.Any(h => Wildcard(h, bareHost, ignoreCase: true)))
                    && (route.Paths.Count == 0 || route.Paths.Any(p => Wildcard(p, requestPath, ignoreCase: false))))
                {
                    best = candidate;
                    bestPriority = priority;
                }
            }
        }

        return best;
    }

    internal static string HostWithoutPort(string host)
    {
        var colon = host.LastIndexOf(':');
        return colon > 0 && !host.EndsWith(']') && host.AsSpan(colon + 1).IndexOfAnyExceptInRange('0', '9') < 0 ? host[..colon] : host;
    }

    /// <summary>Glob match with <c>*</c> and <c>?</c>, iterative with backtracking to the last star: linear in practice, never recursive.</summary>
    internal static bool Wildcard(string pattern, string text, bool ignoreCase)
    {
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || Same(pattern[p], text[t], ignoreCase)))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    private static bool Same(char a, char b, bool ignoreCase) =>
        a == b || (ignoreCase && char.ToLowerInvariant(a) == char.ToLowerInvariant(b));
}
