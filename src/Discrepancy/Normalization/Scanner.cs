using Discrepancy.Claims;
using Discrepancy.Text;

namespace Discrepancy.Normalization;

/// <summary>A phrase found in the text: its lexeme, the roles it plays here, and its token range.</summary>
internal readonly record struct PhraseMatch(Lexeme Lexeme, Role Roles, int Start, int End)
{
    public bool Is(Role role) => (Roles & role) != 0;
}

/// <summary>
/// Finds claims in one text with one language. Not thread-safe: one scanner per call. Text is processed in
/// segments (lines, long lines cut at a non-word boundary) so memory stays proportional to a segment.
/// Pass 1 finds dates and clock times; pass 2 finds quantities among the tokens dates did not take.
/// </summary>
internal sealed partial class Scanner
{
    private const int SegmentTarget = 8192;

    private readonly string _text;
    private readonly CompiledLanguage _lang;
    private readonly DateOnly? _reference;
    private readonly List<Claim> _claims;
    private readonly List<NormalizationDiagnostic> _diagnostics;
    private readonly List<Token> _tokens;
    private Phrase[]?[] _candidates;
    private bool[] _consumed;
    private bool[] _labelled;
    private Role[] _startRoles;
    private Role2[] _startRoles2;
    private int _count;

    /// <summary>The counted thing of the segment's last figure and its first token, for "up from nine".</summary>
    private (string Unit, int Token)? _lastCount;

    /// <summary>The last figure read with a unit of any kind (durations too, not money or percentages): the first item of a parallel list.</summary>
    private (string Unit, int Token)? _lastMeasured;

    /// <summary>Where the first value of a change ends and the words that lead to its second ("dari RM50 hingga RM250").</summary>
    private (int At, string[] Closers)? _changeCloser;

    public Scanner(string text, CompiledLanguage language, DateOnly? reference, List<Claim> claims, List<NormalizationDiagnostic> diagnostics)
    {
        _text = text;
        _lang = language;
        _reference = reference;
        _claims = claims;
        _diagnostics = diagnostics;
        var buffers = ScanBuffers.Rent();
        _tokens = buffers.Tokens;
        _candidates = buffers.Candidates;
        _consumed = buffers.Consumed;
        _labelled = buffers.Labelled;
        _startRoles = buffers.StartRoles;
        _startRoles2 = buffers.StartRoles2;
    }

    public void Run(CancellationToken cancellationToken)
    {
        try
        {
            var position = 0;
            var length = _text.Length;
            while (position < length)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var end = SegmentEnd(position);
                ScanSegment(position, end);
                position = end;
            }
        }
        finally
        {
            ScanBuffers.Return(new ScanBuffers(_tokens, _candidates, _consumed, _labelled, _startRoles, _startRoles2), _count);
        }
    }

    private int SegmentEnd(int start)
    {
        var length = _text.Length;
        var limit = Math.Min(length, start + SegmentTarget);
        var newline = _text.AsSpan(start, limit - start).IndexOf('\n');
        if (newline >= 0)
        {
            return start + newline + 1;
        }

        if (limit == length)
        {
            return length;
        }

        // A long line: cut after the first sentence end past the target; failing that (within 4,096 characters)
        // at whitespace; failing that wherever a letter-or-digit run does not continue. No token is ever split.
        var window = Math.Min(length, limit + 4096);
        for (var k = limit; k + 1 < window; k++)
        {
            if (_text[k] is '.' or '!' or '?' or ';' && char.IsWhiteSpace(_text[k + 1]))
            {
                return k + 2;
            }
        }

        for (var k = limit; k < length; k++)
        {
            if (char.IsWhiteSpace(_text[k]))
            {
                return k + 1;
            }

            if (k - limit > 256 && !IsRunChar(_text[k - 1]) && !IsRunChar(_text[k]))
            {
                return k;
            }
        }

        return length;
    }

    private static bool IsRunChar(char c) => char.IsLetterOrDigit(c) || c is '.' or ',' || char.IsSurrogate(c);

    private void ScanSegment(int start, int stop)
    {
        _tokens.Clear();
        _lastCount = null;
        _lastMeasured = null;
        _changeCloser = null;
        Tokenizer.Tokenize(_text, start, stop, _tokens);
        _count = _tokens.Count;
        if (_count == 0)
        {
            return;
        }

        if (_candidates.Length < _count)
        {
            var size = Math.Max(_count, _candidates.Length * 2);
            _candidates = new Phrase[]?[size];
            _consumed = new bool[size];
            _labelled = new bool[size];
            _startRoles = new Role[size];
            _startRoles2 = new Role2[size];
        }

        for (var i = 0; i < _count; i++)
        {
            var token = _tokens[i];
            var group = token.Kind == TokenKind.Number ? null : _lang.Group(_text.AsSpan(token.Start, token.Length));
            _candidates[i] = group?.Phrases;
            _startRoles[i] = group is null ? Role.None : group.Roles;
            _startRoles2[i] = group is null ? Role2.None : group.Roles2;
            _consumed[i] = false;
            _labelled[i] = false;
        }

        _lastDateEnd = -1;
        _actionDateEnd = -1;
        SkipRelatedHeadlines();
        for (var i = 0; i < _count;)
        {
            if (!_consumed[i] && MayStartDate(i) && TryDateOrTime(i, out var dateEnd))
            {
                Consume(i, dateEnd);
                i = dateEnd;
            }
            else
            {
                i++;
            }
        }

        for (var i = 0; i < _count;)
        {
            if (!_consumed[i] && MayStartQuantity(i) && TryQuantity(i, out var quantityEnd))
            {
                Consume(i, quantityEnd);
                i = quantityEnd;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>
    /// "Baca juga: 5 Fakta Banjir ...", "Related: 5 things to know ... |": the headline of another article carries no claim
    /// of this one. From a sentence-initial cue followed by a colon to the end of the sentence, nothing is read.
    /// </summary>
    private void SkipRelatedHeadlines()
    {
        for (var i = 0; i < _count; i++)
        {
            if (_candidates[i] is null || !IsSentenceInitial(i) || !Match(i, Role2.HeadlineIntro, out var intro) || !IsPunct(intro.End, ':'))
            {
                continue;
            }

            var k = intro.End + 1;
            while (k < _count && !IsSentenceBreak(k) && !_tokens[k].Has(TokenFlags.NewlineBefore))
            {
                _consumed[k] = true;
                k++;
            }

            i = k;
        }
    }

    /// <summary>Roles a phrase can have to open a date or clock time (read off the first Match of each date recognizer).</summary>
    private const Role DateStart = Role.Weekday | Role.WeekdayPrefix | Role.WeekdayModifierBefore | Role.Month | Role.ModifierBefore |
        Role.Weekend | Role.Fuzzy | Role.Season | Role.RelativeDay | Role.EarlierThis | Role.DateUnit | Role.NumberWord | Role.Tens | Role.TimeBefore |
        Role.AnchoredDay;

    private const Role2 DateStart2 = Role2.Period | Role2.Ordinal | Role2.EveBefore;

    /// <summary>Roles a phrase can have to open a quantity.</summary>
    private const Role QuantityStart = Role.Approx | Role.LowerBound | Role.UpperBound | Role.RangeOpener | Role.Currency | Role.Vague | Role.NumberWord | Role.Tens;

    private const Role2 QuantityStart2 = Role2.Negative | Role2.UpperBoundOfOne;

    // Most words open nothing: one look at the union of their phrases' roles skips every recognizer.
    // A number opens a date or clock time only if it is short ("22", "2025", "05.00") or a dotted date ("22.03.2025"):
    // "10.000" never does.
    // A word opens one only if a phrase with a start role really matches there ("the end of", not every "the").
    private bool MayStartDate(int i)
    {
        var token = _tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            return token.Length <= 5 || (token.Length is >= 8 and <= 10 && _text.AsSpan(token.Start, token.Length).Count('.') == 2);
        }

        return ((_startRoles[i] & DateStart) != 0 && Match(i, DateStart, out _)) ||
               ((_startRoles2[i] & DateStart2) != 0 && Match(i, DateStart2, out _));
    }

    private bool MayStartQuantity(int i) =>
        _tokens[i].Kind == TokenKind.Number ||
        ((_startRoles[i] & QuantityStart) != 0 && Match(i, QuantityStart, out _)) ||
        ((_startRoles2[i] & QuantityStart2) != 0 && Match(i, QuantityStart2, out _));

    private void Consume(int start, int end)
    {
        for (var k = start; k < end && k < _count; k++)
        {
            _consumed[k] = true;
        }
    }

    // ---- token helpers -------------------------------------------------------------------------------

    private Token Tok(int i) => _tokens[i];

    private ReadOnlySpan<char> Chars(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    private bool InRange(int i) => (uint)i < (uint)_count;

    private bool IsNumber(int i) => InRange(i) && _tokens[i].Kind == TokenKind.Number && !_consumed[i];

    private bool IsWord(int i) => InRange(i) && _tokens[i].Kind == TokenKind.Word;

    private bool IsPunct(int i, char c) =>
        InRange(i) && _tokens[i].Kind == TokenKind.Punct && _tokens[i].Length == 1 && _text[_tokens[i].Start] == c;

    private bool IsDash(int i) => IsPunct(i, '-') || IsPunct(i, '–') || IsPunct(i, '—');

    /// <summary>True when token <paramref name="i"/> ends a sentence or clause for context look-ups.</summary>
    private bool IsSentenceBreak(int i) =>
        InRange(i) && _tokens[i].Kind == TokenKind.Punct && _tokens[i].Length == 1 && _text[_tokens[i].Start] is '.' or '!' or '?' or ';' or '|' or '•';

    /// <summary>True when token <paramref name="i"/> begins a sentence (or a line).</summary>
    private bool IsSentenceInitial(int i)
    {
        if (i == 0 || _tokens[i].Has(TokenFlags.NewlineBefore))
        {
            return true;
        }

        var previous = _tokens[i - 1];
        return previous.Kind == TokenKind.Punct && _text[previous.Start] is '.' or '!' or '?' or ':' or '"' or '“' or '”' or '\'' or '(' or '-' or '–' or '—' or '|' or '•';
    }

    private string SpanText(int startToken, int endToken) =>
        _text.Substring(_tokens[startToken].Start, _tokens[endToken - 1].End - _tokens[startToken].Start);

    private TextSpan SpanOf(int startToken, int endToken) =>
        TextSpan.FromBounds(_tokens[startToken].Start, _tokens[endToken - 1].End);

    /// <summary>The longest phrase starting at token <paramref name="i"/> that plays one of <paramref name="roles"/>.</summary>
    private bool Match(int i, Role roles, out PhraseMatch match) => MatchCore(i, -1, roles, out match);

    /// <summary>A phrase starting at token <paramref name="i"/> and ending exactly before token <paramref name="end"/>.</summary>
    private bool MatchExact(int i, int end, Role roles, out PhraseMatch match) => MatchCore(i, end, roles, out match);

    /// <summary>A phrase playing one of <paramref name="roles"/> that ends exactly before token <paramref name="end"/>.</summary>
    private bool MatchEndingAt(int end, Role roles, out PhraseMatch match)
    {
        for (var start = end - 1; start >= 0 && start >= end - 5; start--)
        {
            if (MatchExact(start, end, roles, out match))
            {
                return true;
            }
        }

        match = default;
        return false;
    }

    private bool MatchCore(int i, int exactEnd, Role roles, out PhraseMatch match)
    {
        match = default;
        if (!InRange(i) || _consumed[i])
        {
            return false;
        }

        var candidates = _candidates[i];
        if (candidates is null)
        {
            return false;
        }

        foreach (var phrase in candidates)
        {
            var lexeme = phrase.Lexeme;
            var effective = lexeme.Roles & roles;
            if (effective == 0 || !Fits(i, exactEnd, phrase))
            {
                continue;
            }

            if ((lexeme.Roles & Role.CapitalizedOnly) != 0 && (effective & (Role.Month | Role.Weekday)) != 0 &&
                !_tokens[i].Has(TokenFlags.Capitalized))
            {
                effective &= ~(Role.Month | Role.Weekday);
                if (effective == 0)
                {
                    continue;
                }
            }

            match = new PhraseMatch(lexeme, effective, i, i + phrase.Tokens.Length);
            return true;
        }

        return false;
    }

    /// <summary>The longest phrase starting at token <paramref name="i"/> that plays one of the further <paramref name="roles"/>.</summary>
    private bool Match(int i, Role2 roles, out PhraseMatch match)
    {
        match = default;
        if (!InRange(i) || _consumed[i])
        {
            return false;
        }

        var candidates = _candidates[i];
        if (candidates is null)
        {
            return false;
        }

        foreach (var phrase in candidates)
        {
            if ((phrase.Lexeme.Roles2 & roles) == 0 || !Fits(i, -1, phrase))
            {
                continue;
            }

            match = new PhraseMatch(phrase.Lexeme, phrase.Lexeme.Roles, i, i + phrase.Tokens.Length);
            return true;
        }

        return false;
    }

    /// <summary>A phrase with one of the further <paramref name="roles"/> that ends exactly before token <paramref name="end"/>.</summary>
    private bool MatchEndingAt(int end, Role2 roles, out PhraseMatch match)
    {
        for (var start = end - 1; start >= 0 && start >= end - 5; start--)
        {
            if (Match(start, roles, out match) && match.End == end)
            {
                return true;
            }
        }

        match = default;
        return false;
    }

    /// <summary>True when the tokens from <paramref name="i"/> spell <paramref name="phrase"/> (ending before <paramref name="exactEnd"/> if given).</summary>
    private bool Fits(int i, int exactEnd, Phrase phrase)
    {
        var n = phrase.Tokens.Length;
        if (i + n > _count || (exactEnd >= 0 && i + n != exactEnd))
        {
            return false;
        }

        for (var k = 1; k < n; k++)
        {
            var t = _tokens[i + k];
            if (_consumed[i + k] || t.Has(TokenFlags.NewlineBefore) || (phrase.Tight[k] && !t.Tight) ||
                !_text.AsSpan(t.Start, t.Length).Equals(phrase.Tokens[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when a phrase with <paramref name="roles"/> appears within <paramref name="window"/> tokens before <paramref name="i"/> in the same sentence.</summary>
    private bool SeenBefore(int i, Role roles, int window)
    {
        for (var k = i - 1; k >= 0 && k >= i - window; k--)
        {
            if (IsSentenceBreak(k) || _tokens[k + 1].Has(TokenFlags.NewlineBefore))
            {
                return false;
            }

            if (MatchCore(k, -1, roles, out var m) && m.End <= i)
            {
                return true;
            }
        }

        return false;
    }

    private void Diagnose(int startToken, int endToken, DiagnosticCode code, string message) =>
        _diagnostics.Add(new NormalizationDiagnostic(SpanOf(startToken, endToken), code, message));
}

/// <summary>
/// The scanner's working arrays, kept per thread between calls so a call allocates only its results. They are
/// returned cleared of phrase references; arrays that grew past 64K tokens are dropped rather than kept.
/// </summary>
internal sealed class ScanBuffers(List<Token> tokens, Phrase[]?[] candidates, bool[] consumed, bool[] labelled, Role[] startRoles, Role2[] startRoles2)
{
    private const int KeepLimit = 65_536;

    [ThreadStatic]
    private static ScanBuffers? cached;

    public List<Token> Tokens { get; } = tokens;

    public Phrase[]?[] Candidates { get; } = candidates;

    public bool[] Consumed { get; } = consumed;

    public bool[] Labelled { get; } = labelled;

    public Role[] StartRoles { get; } = startRoles;

    public Role2[] StartRoles2 { get; } = startRoles2;

    public static ScanBuffers Rent()
    {
        var buffers = cached;
        cached = null;
        return buffers ?? new ScanBuffers(new List<Token>(512), new Phrase[]?[512], new bool[512], new bool[512], new Role[512], new Role2[512]);
    }

    public static void Return(ScanBuffers buffers, int used)
    {
        if (buffers.Candidates.Length > KeepLimit)
        {
            return;
        }

        Array.Clear(buffers.Candidates, 0, Math.Min(used, buffers.Candidates.Length));
        buffers.Tokens.Clear();
        cached = buffers;
    }
}
