namespace CostOps.Reports.Html;

/// <summary>The report's inline stylesheet (no external fonts or assets).</summary>
internal static class HtmlStyle
{
    public const string Css = """
body{margin:0;background:#f1f5f9;color:#0f172a;font:14px/1.5 -apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
.page{max-width:920px;margin:0 auto;padding:0 0 32px}
header{background:#0f172a;color:#f8fafc;padding:24px 28px}
header h1{margin:0;font-size:22px;font-weight:600}
header p{margin:4px 0 0;color:#cbd5e1}
main{padding:0 28px}
.kpis{display:flex;gap:12px;margin:20px 0 4px}
.kpi{flex:1;background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:12px 14px}
.kpi .k{font-size:12px;color:#64748b;text-transform:uppercase;letter-spacing:.04em}
.kpi .v{font-size:22px;font-weight:600;margin-top:2px}
.kpi .s{font-size:12px;color:#64748b}
section{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:16px 20px;margin:14px 0}
h2{font-size:15px;margin:0 0 10px;color:#0f172a}
table{width:100%;border-collapse:collapse;font-variant-numeric:tabular-nums}
th{font-size:12px;color:#64748b;font-weight:600;text-align:left;border-bottom:1px solid #e2e8f0;padding:4px 6px}
td{padding:5px 6px;border-bottom:1px solid #f1f5f9}
.num{text-align:right;white-space:nowrap}
.up{color:#b91c1c}.down{color:#15803d}
.over{color:#b91c1c;font-weight:600}
.kpi.over{border-color:#dc2626;background:#fef2f2}
.badge{display:inline-block;background:#dc2626;color:#fff;font-size:11px;font-weight:700;border-radius:4px;padding:0 5px;margin-left:4px}
.alert{color:#b91c1c;font-weight:600;margin:6px 0 0}
.muted,.note{color:#64748b}
.note{font-size:12px;margin:6px 0 0}
.warn{background:#fef3c7;border-color:#f59e0b}
.legend span{display:inline-block;width:10px;height:10px;border-radius:2px;margin:0 4px 0 12px}
.bar-bg{background:#e2e8f0;border-radius:4px;height:8px;width:120px;display:inline-block;vertical-align:middle}
.bar-fg{border-radius:4px;height:8px;display:block}
svg text{font:12px -apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;fill:#334155}
svg .axis{font-size:11px;fill:#64748b}
svg .value{font-weight:600}
footer{color:#64748b;font-size:12px;padding:8px 28px}
ul{margin:4px 0;padding-left:20px}
""";
}
