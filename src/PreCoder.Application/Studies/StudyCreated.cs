using PreCoder.Store.Studies;

namespace PreCoder.Application.Studies;

/// <summary>Where the study is, whether this call created it (false: it existed and was left as it was), and its store.</summary>
public sealed record StudyCreated(string Path, bool Created, StoreProvider Provider);
