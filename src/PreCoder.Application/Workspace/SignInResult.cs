using PreCoder.Core.Coding;

namespace PreCoder.Application.Workspace;

/// <summary>The answer to a sign-in: the outcome, and for a success who signed in with which role.</summary>
public sealed record SignInResult(SignInOutcome Outcome, string? Coder = null, CoderRole Role = CoderRole.Coder, DateTimeOffset? LockedUntil = null);
