using System.Text;

namespace Extraction.Patterns;

/// <summary>
/// Kebab-case names from C# identifiers, so that code asks for a pattern, a set or a <see cref="PatternKind"/> by an
/// enum member (<c>CaptionCue</c> → <c>caption-cue</c>) rather than by a string a typo would break silently.
/// </summary>
internal static class PatternNames
{
    /// <summary>The kebab-case form of a PascalCase identifier.</summary>
    public static string Kebab(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && builder.Length > 0) builder.Append('-');
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>The kebab-case name of an enum member.</summary>
    public static string Of<TEnum>(TEnum member) where TEnum : struct, Enum => Kebab(member.ToString());

    /// <summary>One item per member of <typeparamref name="TEnum"/>, looked up by the member's kebab-case name, indexed by its value.</summary>
    /// <remarks>The members must be numbered 0, 1, 2… (the default).</remarks>
    public static T[] ByMember<TEnum, T>(Func<string, T> lookup) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(m => lookup(Of(m))).ToArray();
}
