using PreCoder.Core.Errors;
using PreCoder.Core.Transcripts;

namespace PreCoder.Transcripts.Import;

/// <summary>
/// Tells which speaker label is which role. Labels named in <c>--roles</c> win; otherwise labels containing
/// "interviewer" or "researcher" are interviewers, "translator" or "interpreter" translators, and everyone
/// else is taken as the interviewee, since interviews have one participant.
/// </summary>
public sealed class RoleMap
{
    private readonly Dictionary<string, SpeakerRole> _explicit;

    private RoleMap(Dictionary<string, SpeakerRole> map) => _explicit = map;

    public static RoleMap Default { get; } = new(new Dictionary<string, SpeakerRole>(StringComparer.OrdinalIgnoreCase));

    /// <summary>Parses <c>interviewee=LABEL,interviewer=LABEL,translator=LABEL</c> (a role may be named more than once).</summary>
    public static RoleMap Parse(string? spec)
    {
        var map = new Dictionary<string, SpeakerRole>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(spec))
        {
            return Default;
        }
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0 || eq == part.Length - 1)
            {
                throw new InputException("--roles", null, $"'{part}' is not ROLE=LABEL");
            }
            map[part[(eq + 1)..].Trim()] = ParseRole(part[..eq], "--roles");
        }
        return new RoleMap(map);
    }

    /// <summary>Reads one role name (interviewee or participant, interviewer, translator or interpreter); <paramref name="source"/> names where it came from in the error.</summary>
    public static SpeakerRole ParseRole(string role, string source) => role.Trim().ToLowerInvariant() switch
    {
        "interviewee" or "participant" => SpeakerRole.Interviewee,
        "interviewer" => SpeakerRole.Interviewer,
        "translator" or "interpreter" => SpeakerRole.Translator,
        var other => throw new InputException(source, null, $"unknown role '{other}' (interviewee, interviewer, translator)"),
    };

    public SpeakerRole RoleOf(string speaker)
    {
        if (_explicit.TryGetValue(speaker.Trim(), out var role))
        {
            return role;
        }
        if (_explicit.Count > 0 && _explicit.ContainsValue(SpeakerRole.Interviewee))
        {
            // The user named the interviewee: an unnamed label is not assumed to be them.
            return Guess(speaker) is SpeakerRole.Interviewee ? SpeakerRole.Unknown : Guess(speaker);
        }
        return Guess(speaker);
    }

    private static SpeakerRole Guess(string speaker)
    {
        var s = speaker.ToLowerInvariant();
        if (s.Contains("interviewer") || s.Contains("researcher") || s is "q" or "int")
        {
            return SpeakerRole.Interviewer;
        }
        if (s.Contains("translator") || s.Contains("interpreter"))
        {
            return SpeakerRole.Translator;
        }
        return string.IsNullOrWhiteSpace(s) ? SpeakerRole.Unknown : SpeakerRole.Interviewee;
    }
}
