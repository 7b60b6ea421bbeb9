using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PreCoder.Core.Errors;
using PreCoder.Transcription.Audio;
using PreCoder.Transcription.Models;
using Whisper.net;

namespace PreCoder.Transcription.Processing;

/// <summary>
/// Holds one loaded Whisper model (the expensive part) and makes transcribers from it; load once, share across
/// recordings. The file is validated before whisper.cpp sees it, so a damaged model is an <see cref="InputException"/>.
/// </summary>
public sealed class TranscriberFactory : IDisposable
{
    private readonly WhisperFactory _whisper;
    private readonly ILoggerFactory _loggerFactory;

    private TranscriberFactory(GgmlModelInfo model, WhisperFactory whisper, ILoggerFactory loggerFactory)
    {
        Model = model;
        _whisper = whisper;
        _loggerFactory = loggerFactory;
    }

    public GgmlModelInfo Model { get; }

    /// <exception cref="UnavailableException">The model file does not exist.</exception>
    /// <exception cref="InputException">The file is not a model whisper.cpp can use.</exception>
    public static TranscriberFactory FromPath(string modelPath, ILoggerFactory? loggerFactory = null)
    {
        loggerFactory ??= NullLoggerFactory.Instance;
        var info = GgmlModelReader.Validate(modelPath);
        WhisperFactory whisper;
        try
        {
            whisper = WhisperFactory.FromPath(modelPath);
            // Whisper.net loads the model lazily; a builder forces the load so a bad file fails here, once.
            _ = whisper.CreateBuilder();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new InputException(modelPath, null, $"whisper.cpp could not load the model ({ex.Message.TrimEnd('.')})");
        }
        loggerFactory.CreateLogger<TranscriberFactory>().ModelLoaded(Path.GetFileName(modelPath), info.AudioState, info.AudioLayers, info.IsMultilingual);
        return new TranscriberFactory(info, whisper, loggerFactory);
    }

    /// <summary>A transcriber with its own decoder state; one per concurrent recording.</summary>
    public RecordingTranscriber CreateTranscriber(TranscriptionOptions options, AudioDecoder? decoder = null)
    {
        options.Validate();
        return new RecordingTranscriber(_whisper, Model, options, decoder ?? new AudioDecoder(new FfmpegTool(options.FfmpegPath)), _loggerFactory.CreateLogger<RecordingTranscriber>());
    }

    public void Dispose() => _whisper.Dispose();
}
