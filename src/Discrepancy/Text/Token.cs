using System.Runtime.InteropServices;

namespace Discrepancy.Text;

/// <summary>What a token is made of.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters (and combining marks).</summary>
    Word,

    /// <summary>ASCII digits, possibly with '.' or ',' between digits.</summary>
    Number,

    /// <summary>Any other single character (or a surrogate pair).</summary>
    Punct,
}

/// <summary>Facts about a token's surroundings and shape.</summary>
[Flags]
internal enum TokenFlags : byte
{
    None = 0,

    /// <summary>Whitespace precedes the token.</summary>
    SpaceBefore = 1,

    /// <summary>A line break precedes the token.</summary>
    NewlineBefore = 2,

    /// <summary>The first character is an upper-case letter.</summary>
    Capitalized = 4,

    /// <summary>The token is glued to the previous token inside one letter-and-digit run ("RM" + "2.3", "5" + "th").</summary>
    GluedBefore = 8,

    /// <summary>The token is glued to the next token inside one letter-and-digit run.</summary>
    GluedAfter = 16,

    /// <summary>Every letter is upper case (and there are at least two).</summary>
    AllCaps = 32,
}

/// <summary>A token: a span of the source text with its kind and flags.</summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct Token(int Start, int Length, TokenKind Kind, TokenFlags Flags)
{
    public int End => Start + Length;

    public bool Has(TokenFlags flag) => (Flags & flag) != 0;

    /// <summary>True when nothing (no whitespace) separates this token from the previous one.</summary>
    public bool Tight => (Flags & TokenFlags.SpaceBefore) == 0;
}
