using System.Buffers.Binary;
using System.Diagnostics;
using PreCoder.Core.Errors;

namespace PreCoder.Transcription.Audio;

/// <summary>Streams a recording through <c>ffmpeg</c> as 16 kHz mono 16-bit PCM on its standard output.</summary>
internal sealed class FfmpegSource : IAudioSource
{
    private readonly Process _process;
    private readonly Stream _stdout;
    private readonly Task<string> _stderr;
    private readonly string _path;
    private byte[] _bytes = [];
    private int _carry;
    private bool _ended;

    public FfmpegSource(string ffmpeg, string path, TimeSpan? duration)
    {
        _path = path;
        Duration = duration;
        var info = new ProcessStartInfo(ffmpeg)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-nostdin", "-hide_banner", "-loglevel", "error", "-i", path, "-vn", "-map", "0:a:0", "-ac", "1", "-ar", "16000", "-f", "s16le", "-acodec", "pcm_s16le", "pipe:1" })
        {
            info.ArgumentList.Add(a);
        }
        _process = Process.Start(info) ?? throw new UnavailableException($"could not start {ffmpeg}");
        _stdout = _process.StandardOutput.BaseStream;
        _stderr = _process.StandardError.ReadToEndAsync();
    }

    public TimeSpan? Duration { get; }

    public int Read(Span<float> buffer)
    {
        if (_ended)
        {
            return 0;
        }
        var wanted = buffer.Length * 2;
        if (_bytes.Length < wanted)
        {
            Array.Resize(ref _bytes, wanted);
        }
        var have = _carry;
        while (have < wanted)
        {
            var n = _stdout.Read(_bytes, have, wanted - have);
            if (n == 0)
            {
                Finish();
                break;
            }
            have += n;
        }
        var samples = have / 2;
        for (var i = 0; i < samples; i++)
        {
            buffer[i] = BinaryPrimitives.ReadInt16LittleEndian(_bytes.AsSpan(i * 2)) / 32768f;
        }
        _carry = have - samples * 2;
        if (_carry > 0)
        {
            _bytes[0] = _bytes[samples * 2];
        }
        return samples;
    }

    private void Finish()
    {
        _ended = true;
        _process.WaitForExit();
        if (_process.ExitCode != 0)
        {
            var first = _stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? $"exit code {_process.ExitCode}";
            // ffmpeg prefixes its message with the input path, which the exception already names.
            if (first.StartsWith(_path + ": ", StringComparison.Ordinal))
            {
                first = first[(_path.Length + 2)..];
            }
            throw new InputException(_path, null, $"not decodable audio (ffmpeg: {first})");
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            try
            {
                _process.Kill();
            }
            catch (InvalidOperationException)
            {
                // Exited between the check and the kill.
            }
        }
        _process.Dispose();
    }
}
