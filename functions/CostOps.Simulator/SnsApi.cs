using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace CostOps.Simulator;

/// <summary>SNS Publish over the Query protocol: every message goes to the account's outbox exactly as sent. Called under the account's gate.</summary>
internal sealed class SnsApi(SimulatedAccount account)
{
    private static readonly XNamespace Ns = "http://sns.amazonaws.com/doc/2010-03-31/";

    public byte[] Handle(byte[] body, DateTimeOffset now)
    {
        var form = Form(Encoding.UTF8.GetString(body));
        var action = form.GetValueOrDefault("Action");
        if (action != "Publish")
        {
            throw new SimulatorError("InvalidAction", $"The simulated SNS does not implement {action}.");
        }

        var topic = form.GetValueOrDefault("TopicArn") ?? throw new SimulatorError("InvalidParameter", "Invalid parameter: TopicArn is required.");
        var message = form.GetValueOrDefault("Message") is { Length: > 0 } m ? m : throw new SimulatorError("InvalidParameter", "Invalid parameter: Empty message.");
        account.Outbox.Add(new SentMessage(now, topic, form.GetValueOrDefault("Subject"), message));
        var id = $"00000000-0000-0000-0000-{account.Outbox.Count.ToString("D12", CultureInfo.InvariantCulture)}";
        var xml = new XElement(Ns + "PublishResponse",
            new XElement(Ns + "PublishResult", new XElement(Ns + "MessageId", id)),
            new XElement(Ns + "ResponseMetadata", new XElement(Ns + "RequestId", id)));
        return Encoding.UTF8.GetBytes(xml.ToString(SaveOptions.DisableFormatting));
    }

    public static byte[] Error(string code, string message) =>
        Encoding.UTF8.GetBytes(new XElement(Ns + "ErrorResponse",
            new XElement(Ns + "Error", new XElement(Ns + "Type", "Sender"), new XElement(Ns + "Code", code), new XElement(Ns + "Message", message)),
            new XElement(Ns + "RequestId", "0")).ToString(SaveOptions.DisableFormatting));

    private static Dictionary<string, string> Form(string body) =>
        body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Decode(p[0]), p => p.Length == 2 ? Decode(p[1]) : "", StringComparer.Ordinal);

    private static string Decode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}
