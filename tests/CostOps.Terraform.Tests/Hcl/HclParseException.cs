namespace CostOps.Terraform.Tests.Hcl;

/// <summary>The HCL parser rejected a file; the message is the parser's, with file, line and column.</summary>
public sealed class HclParseException(string message) : Exception(message);
