using NAudio.Wave;
using NLayer;
using PreCoder.Core.Errors;

namespace PreCoder.Transcription.Audio;

/// <summary>
/// Opens a recording as 16 kHz mono: WAV and MP3 in managed code (so the common case needs no ffmpeg),
/// everything else - and WAV encodings NAudio cannot read - through ffmpeg.
/// </summary>
public sealed class AudioDecoder(FfmpegTool ffmpeg)
{
    /// <exception cref="InputException">The file is empty, corrupt or not audio.</exception>
    /// <exception cref="UnavailableException">The file does not exist, or its format needs ffmpeg and ffmpeg is not installed.</exception>
    public IAudioSource Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new UnavailableException($"{path}: recording not found");
        }
        if (new FileInfo(path).Length == 0)
        {
            throw new InputException(path, null, "empty file (0 bytes)");
        }
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".wav")
        {
            var wav = TryWave(path);
            if (wav is not null)
            {
                return wav;
            }
        }
        else if (extension == ".mp3")
        {
            return OpenMp3(path);
        }
        if (ffmpeg.Ffmpeg is null)
        {
            throw new UnavailableException(
                $"{path}: decoding {(extension == ".wav" ? "this WAV encoding" : extension)} needs ffmpeg, which is not installed: apt-get install ffmpeg (or set Transcription:FfmpegPath)");
        }
        return new FfmpegSource(ffmpeg.Ffmpeg, path, ffmpeg.ProbeDuration(path));
    }

    private static IAudioSource? TryWave(string path)
    {
        WaveFileReader reader;
        try
        {
            reader = new WaveFileReader(path);
        }
        catch (Exception ex) when (ex is FormatException or EndOfStreamException or InvalidDataException or ArgumentException)
        {
            throw new InputException(path, null, $"not a readable WAV file ({ex.Message.TrimEnd('.')})");
        }
        var encoding = reader.WaveFormat.Encoding;
        if (encoding is not (WaveFormatEncoding.Pcm or WaveFormatEncoding.IeeeFloat or WaveFormatEncoding.Extensible))
        {
            reader.Dispose();
            return null;
        }
        if (reader.Length == 0)
        {
            reader.Dispose();
            throw new InputException(path, null, "WAV file holds no audio samples");
        }
        try
        {
            return new SampleProviderSource(reader.ToSampleProvider(), reader, reader.TotalTime);
        }
        catch (ArgumentException)
        {
            reader.Dispose();
            return null;
        }
    }

    private static IAudioSource OpenMp3(string path)
    {
        MpegFile file;
        try
        {
            file = new MpegFile(path);
            if (file.SampleRate <= 0 || file.Channels <= 0)
            {
                throw new InvalidDataException("no MPEG audio frames");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new InputException(path, null, $"not a readable MP3 file ({ex.Message.TrimEnd('.')})");
        }
        TimeSpan? duration = null;
        try
        {
            duration = file.Duration;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // NLayer cannot always size a stream without a Xing header; the transcriber then works without an ETA.
        }
        return new SampleProviderSource(new Mp3SampleProvider(file), file, duration);
    }
}
