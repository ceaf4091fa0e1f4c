namespace Extraction.Patterns;

/// <summary>A named capture of a match: tokens [<paramref name="FirstToken"/>, <paramref name="EndToken"/>) and their text.</summary>
internal sealed record PatternCapture(string Name, int FirstToken, int EndToken, string Text);

/// <summary>What <see cref="PatternSet.Explain"/> reports: which pattern matched which tokens, with its captures.</summary>
/// <param name="Pattern">The pattern's name.</param>
/// <param name="Produces">What the pattern stands for.</param>
/// <param name="FirstToken">First token of the match.</param>
/// <param name="EndToken">One past its last token.</param>
/// <param name="Text">The matched text as written.</param>
/// <param name="Captures">The captures that took part in the match, in the pattern's order.</param>
internal sealed record PatternMatch(string Pattern, PatternKind Produces, int FirstToken, int EndToken, string Text, IReadOnlyList<PatternCapture> Captures)
{
    /// <summary>The capture called <paramref name="name"/>, or null.</summary>
    public PatternCapture? Capture(string name)
    {
        foreach (var capture in Captures)
            if (capture.Name == name) return capture;
        return null;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Pattern} [{FirstToken},{EndToken}) \"{Text}\"" + string.Concat(Captures.Select(c => $" {c.Name}=\"{c.Text}\""));
}
