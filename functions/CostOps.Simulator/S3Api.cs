using System.Globalization;
using System.Text;

namespace CostOps.Simulator;

/// <summary>
/// S3 PutObject and GetObject, path-style (<c>/bucket/key</c>), as the official S3 client sends them under an endpoint
/// override; an <c>aws-chunked</c> body is decoded. Objects are kept in the account. Called under the account's gate.
/// </summary>
internal sealed class S3Api(SimulatedAccount account)
{
    public (int Status, byte[] Body) Handle(HttpMethod method, string path, byte[] body, bool chunked)
    {
        var key = Uri.UnescapeDataString(path.TrimStart('/'));
        if (method == HttpMethod.Put)
        {
            account.Objects[key] = chunked ? Unchunk(body) : body;
            return (200, []);
        }

        if (method == HttpMethod.Get || method == HttpMethod.Head)
        {
            return account.Objects.TryGetValue(key, out var data)
                ? (200, method == HttpMethod.Get ? data : [])
                : (404, Encoding.UTF8.GetBytes($"<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>{key}</Key></Error>"));
        }

        return (405, Encoding.UTF8.GetBytes("<Error><Code>MethodNotAllowed</Code><Message>The simulated S3 keeps and returns objects only.</Message></Error>"));
    }

    /// <summary>Decodes <c>aws-chunked</c>: hex size (with optional ;chunk-signature=…), CRLF, data, CRLF, … a 0-size chunk, trailers.</summary>
    internal static byte[] Unchunk(byte[] body)
    {
        var output = new MemoryStream();
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = IndexOfCrLf(body, position);
            if (lineEnd < 0)
            {
                break;
            }

            var header = Encoding.ASCII.GetString(body, position, lineEnd - position);
            var size = int.Parse(header.Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            position = lineEnd + 2;
            if (size == 0)
            {
                break;
            }

            output.Write(body, position, size);
            position += size + 2;
        }

        return output.ToArray();
    }

    private static int IndexOfCrLf(byte[] body, int from)
    {
        for (var i = from; i < body.Length - 1; i++)
        {
            if (body[i] == '\r' && body[i + 1] == '\n')
            {
                return i;
            }
        }

        return -1;
    }
}
