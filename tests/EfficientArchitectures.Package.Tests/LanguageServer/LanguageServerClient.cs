using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace EfficientArchitectures.Package.Tests.LanguageServer;

/// <summary>
/// A minimal Language Server Protocol client over stdio (JSON-RPC 2.0 with <c>Content-Length</c> framing), enough to
/// ask a real editor's server what an editor would show: requests with ids, notifications, and null answers to the
/// server's own requests (configuration, progress, capability registration).
/// </summary>
public sealed class LanguageServerClient : IDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly StringBuilder _log = new();
    private readonly object _writeLock = new();
    private readonly Func<string, JsonNode?, JsonNode?> _answerServerRequest;
    private int _nextId;

    /// <summary>Starts the server.</summary>
    /// <param name="start">How to start it (stdio is redirected here).</param>
    /// <param name="answerServerRequest">The answer to a request from the server (method, params); <see langword="null"/> by default.</param>
    public LanguageServerClient(ProcessStartInfo start, Func<string, JsonNode?, JsonNode?>? answerServerRequest = null)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        _answerServerRequest = answerServerRequest ?? ((_, _) => null);
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
        _input = _process.StandardInput.BaseStream;
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Log("stderr: " + e.Data); } };
        _process.BeginErrorReadLine();
        _ = Task.Run(ReadLoop);
    }

    /// <summary>Everything the server said that was not an answer (notifications, stderr, requests), for failure messages.</summary>
    public string Transcript
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Sends a request and waits for its result (a JSON-RPC error throws).</summary>
    public async Task<JsonNode?> Request(string method, JsonNode? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        var done = await Task.WhenAny(answer.Task, Task.Delay(timeout)).ConfigureAwait(false);
        if (done != answer.Task)
        {
            _pending.TryRemove(id, out _);
            throw new TimeoutException($"{method} got no answer in {timeout.TotalSeconds:F0} s.\n{Transcript}");
        }

        return await answer.Task.ConfigureAwait(false);
    }

    /// <summary>Sends a notification.</summary>
    public void Notify(string method, JsonNode? parameters)
        => Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>Asks the server to shut down and exit, then ends the process if it has not.</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                Request("shutdown", null, TimeSpan.FromSeconds(10)).Wait(TimeSpan.FromSeconds(10));
                Notify("exit", null);
                _process.WaitForExit(5000);
            }
        }
        catch (Exception exception) when (exception is IOException or AggregateException or TimeoutException or InvalidOperationException)
        {
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Log(string line)
    {
        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private void Send(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes("Content-Length: " + body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\r\n\r\n");
        lock (_writeLock)
        {
            _input.Write(header);
            _input.Write(body);
            _input.Flush();
        }
    }

    private async Task ReadLoop()
    {
        var output = _process.StandardOutput.BaseStream;
        try
        {
            while (true)
            {
                var length = await ReadHeaders(output).ConfigureAwait(false);
                if (length < 0)
                {
                    break;
                }

                var body = new byte[length];
                await output.ReadExactlyAsync(body).ConfigureAwait(false);
                Dispatch(JsonNode.Parse(body)!.AsObject());
            }
        }
        catch (Exception exception) when (exception is IOException or EndOfStreamException or ObjectDisposedException or System.Text.Json.JsonException)
        {
            Log("read loop ended: " + exception.Message);
        }

        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(new IOException("The language server closed its output.\n" + Transcript));
        }
    }

    private void Dispatch(JsonObject message)
    {
        var hasId = message.TryGetPropertyValue("id", out var idNode) && idNode is not null;
        if (message.TryGetPropertyValue("method", out var methodNode) && methodNode is not null)
        {
            var method = methodNode.GetValue<string>();
            var parameters = message["params"];
            Log((hasId ? "request " : "notification ") + method + ": " + Truncate(parameters?.ToJsonString()));
            if (hasId)
            {
                Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = idNode!.DeepClone(), ["result"] = _answerServerRequest(method, parameters) });
            }

            return;
        }

        if (hasId && _pending.TryRemove(idNode!.GetValue<int>(), out var answer))
        {
            if (message["error"] is { } error)
            {
                answer.TrySetException(new InvalidOperationException("The language server answered with an error: " + error.ToJsonString()));
            }
            else
            {
                answer.TrySetResult(message["result"]?.DeepClone());
            }
        }
    }

    private static string? Truncate(string? text) => text is null || text.Length <= 400 ? text : text[..400] + "...";

    /// <summary>Reads the header block; returns the Content-Length, or -1 at the end of the stream.</summary>
    private static async Task<int> ReadHeaders(Stream stream)
    {
        var length = -1;
        var line = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one).ConfigureAwait(false) == 0)
            {
                return -1;
            }

            if (one[0] != (byte)'\n')
            {
                if (one[0] != (byte)'\r')
                {
                    line.Add(one[0]);
                }

                continue;
            }

            if (line.Count == 0)
            {
                return length;
            }

            var text = Encoding.ASCII.GetString(line.ToArray());
            line.Clear();
            const string Name = "Content-Length:";
            if (text.StartsWith(Name, StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(text.AsSpan(Name.Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }
}
