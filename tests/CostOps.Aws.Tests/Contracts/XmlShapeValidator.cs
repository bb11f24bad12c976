using System.Text.Json;
using System.Xml.Linq;

namespace CostOps.Aws.Tests.Contracts;

/// <summary>
/// Checks a Query-protocol XML response against an output shape: every element must be a member of its
/// structure (by locationName or name), list items must be <c>member</c> elements, scalars must have no children.
/// </summary>
internal sealed class XmlShapeValidator(ServiceModel model)
{
    public IReadOnlyList<string> Validate(string shapeName, XElement element)
    {
        var errors = new List<string>();
        Walk(shapeName, element, element.Name.LocalName, errors);
        return errors;
    }

    private void Walk(string shapeName, XElement element, string path, List<string> errors)
    {
        var shape = model.Shape(shapeName);
        switch (shape.GetProperty("type").GetString())
        {
            case "structure":
                foreach (var child in element.Elements())
                {
                    var member = shape.GetProperty("members").EnumerateObject()
                        .FirstOrDefault(m => (m.Value.TryGetProperty("locationName", out var ln) ? ln.GetString() : m.Name) == child.Name.LocalName);
                    if (member.Value.ValueKind == JsonValueKind.Undefined)
                    {
                        errors.Add($"{path}/{child.Name.LocalName}: not a member of {shapeName}");
                        continue;
                    }

                    Walk(member.Value.GetProperty("shape").GetString()!, child, $"{path}/{child.Name.LocalName}", errors);
                }

                break;
            case "list":
                var itemShape = shape.GetProperty("member").GetProperty("shape").GetString()!;
                foreach (var item in element.Elements())
                {
                    if (item.Name.LocalName != "member")
                    {
                        errors.Add($"{path}/{item.Name.LocalName}: list {shapeName} holds only member elements");
                        continue;
                    }

                    Walk(itemShape, item, $"{path}/member", errors);
                }

                break;
            default:
                if (element.HasElements)
                {
                    errors.Add($"{path}: {shapeName} is a scalar but has child elements");
                }

                break;
        }
    }
}
