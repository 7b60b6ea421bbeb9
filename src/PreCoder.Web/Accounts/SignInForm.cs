namespace PreCoder.Web.Accounts;

/// <summary>The sign-in form's fields.</summary>
public sealed class SignInForm
{
    public string Name { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary>The local page to return to after signing in.</summary>
    public string? ReturnUrl { get; set; }
}
