using Discrepancy.Claims;
using Discrepancy.Comparisons;
using Discrepancy.Text;

namespace Discrepancy.Normalization;

/// <summary>Pass 2: quantities.</summary>
internal sealed partial class Scanner
{
    /// <summary>The unit of jobs lost (dismissals, layoffs).</summary>
    private const string JobLosses = "jobs";

    private const decimal MaxMagnitude = 1e27m;

    /// <summary>One number inside a quantity phrase: digits with scale words, spelled-out words, or a vague magnitude.</summary>
    private struct NumberExpr
    {
        public int Start;
        public int End;
        public decimal Value;
        public decimal Scale;
        public bool FromDigits;
        public bool IsVague;
        public decimal VagueFrom;
        public decimal VagueTo;
        public ParsedNumber Parsed;
    }

    /// <summary>True when token <paramref name="k"/> is one of a change's closing words ("kepada", "to").</summary>
    private bool IsChangeCloser(int k, string[] closers) =>
        InRange(k) && Array.Exists(closers, c => _text.AsSpan(Tok(k).Start, Tok(k).Length).Equals(c, StringComparison.OrdinalIgnoreCase));

    private bool TryQuantity(int i, out int end)
    {
        end = i;
        var start = i;
        var k = i;
        bool approx = false, lower = false, upper = false, strict = false;
        string[]? closers = null;
        string[]? changeLinks = null;
        var openerAt = -1;
        if (Match(k, Role2.UpperBoundOfOne, out var within) && Match(within.End, Role2.OneOfUnit, out _))
        {
            upper = true;
            k = within.End;
        }

        for (var guard = 0; guard < 4; guard++)
        {
            if (!Match(k, Role.Approx | Role.LowerBound | Role.UpperBound | Role.RangeOpener, out var prefix))
            {
                break;
            }

            // "handed over Rp 2.5 billion", "turned over 300 files": the particle of a verb, not a bound; "suhu maksimum 34.8
            // darjah": the attribute of a measured noun, not a bound either. "menaikkan tarif dari
            // RM50 hingga RM250": the link to a change's second value, not a bound either.
            // "daripada 24.9 peratus kepada sehingga 60 peratus": a bound word right after the link is a bound again.
            // "anak berusia sembilan bulan sampai lima belas tahun": the link of a span from one unit of time to another, not a
            // bound of the second figure.
            // "taken over from 37 companies": a bound word right before the opener of a range is a verb's particle too.
            if (k == i && prefix.End == k + 1 && prefix.Is(Role.LowerBound | Role.UpperBound) &&
                (MatchEndingAt(k, Role2.OwnsBoundWord, out _) || (prefix.Lexeme.Is(Role.RangeConnector) && SpanOfTimeAcrossUnits(k, prefix.End)) ||
                 (Match(prefix.End, Role.RangeOpener, out var opener) && !opener.Is(Role.Approx | Role.LowerBound | Role.UpperBound)) ||
                 (_changeCloser is { } change && k >= change.At && k <= change.At + 2 && IsChangeCloser(k, change.Closers) &&
                  !(k > change.At && IsChangeCloser(k - 1, change.Closers)))))
            {
                start = k = prefix.End;
                continue;
            }

            if (prefix.Is(Role.RangeOpener) && !prefix.Is(Role.Approx | Role.LowerBound | Role.UpperBound))
            {
                closers = prefix.Lexeme.RangeClosers;
                changeLinks = prefix.Lexeme.ChangeClosers;
                openerAt = k;
            }
            else
            {
                approx |= prefix.Is(Role.Approx);
                lower |= prefix.Is(Role.LowerBound);
                upper |= prefix.Is(Role.UpperBound) && !prefix.Is(Role.LowerBound);
                strict |= prefix.Lexeme.Is(Role.Strict);
            }

            k = prefix.End;
        }

        // "within an hour", "kurang daripada sejam", "about a tonne": one of a unit after a bound or approximation word is a
        // figure; "more than a year ago" is a date.
        if ((lower || upper || approx) && k > start && Match(k, Role2.OneOfUnit, out var one) && one.Lexeme.Unit is { } oneUnit &&
            !Match(one.End, Role.CountedModifierAfter | Role.ModifierAfter, out _))
        {
            var (bounded, oneForm) = lower ? (QuantityInterval.AtLeast(1m, !strict), QuantityForm.LowerBound)
                : upper ? (QuantityInterval.AtMost(1m, !strict), QuantityForm.UpperBound)
                : (QuantityInterval.Exactly(1m), QuantityForm.Exact);
            _claims.Add(new QuantityClaim(SpanOf(start, one.End), SpanText(start, one.End), bounded, approx, oneForm, oneUnit));
            _lastMeasured = (oneUnit, start);
            _changeCloser = null;
            end = one.End;
            return true;
        }

        // "naik dari 5.000 menjadi 7.000" / "rose from 5 to 7" / "raised the permit fee from RM50 to RM250" / "menaikkan
        // bantuan kepada setiap isi rumah terjejas daripada RM3,000 kepada RM8,000": a change, not a range (the change verb
        // at most seven words before the opener, with no figure or punctuation between).
        var isChange = openerAt >= 0 && ChangeVerbBefore(openerAt);
        var changeClosers = isChange ? closers : null;
        if (isChange)
        {
            closers = null;
            if (start == openerAt)
            {
                start = openerAt + 1;
            }
        }

        // "minus 7 Celsius"
        var negative = false;
        if (Match(k, Role2.Negative, out var minus) && (IsNumber(minus.End) || Match(minus.End, Role.NumberWord, out _)) &&
            (IsWord(minus.Start) ? !Tok(minus.End).Tight : Tok(minus.End).Tight && IsNumber(minus.End) && (minus.Start == 0 || !Tok(minus.Start).Tight)))
        {
            negative = true;
            k = minus.End;
        }

        var figureStart = k;
        string? currency = null;
        if (Match(k, Role.Currency, out var currencyMatch) && (IsNumber(currencyMatch.End) || Match(currencyMatch.End, Role.NumberWord, out _)))
        {
            currency = currencyMatch.Lexeme.CurrencyUnit;
            k = currencyMatch.End;
        }

        if (!TryNumberExpr(k, allowGluedBefore: currency is not null, out var a))
        {
            return false;
        }

        var hasPrefix = start < a.Start && !(negative && start == minus.Start);
        if (a.FromDigits && !PassesDigitGuards(start, a, hasPrefix || currency is not null, out var skipTo))
        {
            end = skipTo;
            return skipTo > i;
        }

        // "a 20-point plan", "tembakan tiga angka": the number is part of a name.
        var labelAt = IsDash(a.End) && Tok(a.End).Tight ? a.End + 1 : a.End;
        if (!a.IsVague && currency is null && Match(labelAt, Role2.LabelAfter, out var labelAfter))
        {
            end = labelAfter.End;
            return true;
        }

        var j = a.End;
        var spanEnd = j;

        // "10 sen", "50 cents": a hundredth of the currency.
        var minorAmount = false;
        PhraseMatch minorMatch = default;
        if (currency is null && !a.IsVague && Match(j, Role2.MinorCurrency, out var minorUnit))
        {
            // "785 sen" stays 785 sen; only a range that ends in the major currency ("10 sen hingga RM1.50") converts it.
            minorAmount = true;
            minorMatch = minorUnit;
            currency = minorUnit.Lexeme.Key;
            j = minorUnit.End;
        }

        var percent = false;
        if (Match(j, Role.Percent, out var pct))
        {
            percent = true;
            if (IsPunct(j, '%'))
            {
                spanEnd = pct.End;
            }

            j = pct.End;
        }

        // "iaitu daripada Rp5.27 juta kepada kira-kira Rp5.63 juta": a link that only a change uses makes it one, verb or not.
        if (!isChange && changeLinks is not null && MatchCloser(j, changeLinks) > 0)
        {
            isChange = true;
            changeClosers = changeLinks;
            closers = null;
            if (start == openerAt)
            {
                start = openerAt + 1;
                hasPrefix = start < a.Start && !(negative && start == minus.Start);
            }
        }

        NumberExpr? second = null;
        var dashRange = false;
        var changedBy = false;
        if (!a.IsVague && !lower && !upper && !isChange)
        {
            var connectorEnd = -1;
            if (closers is not null)
            {
                connectorEnd = MatchCloser(j, closers);
            }
            else if (Match(j, Role.RangeConnector, out var connector))
            {
                changedBy = connector.Lexeme.Is(Role.ChangeTarget) && (MatchEndingAt(start, Role2.ChangedBy, out _) || MatchEndingAt(figureStart, Role2.ChangedBy, out _));
                connectorEnd = connector.End;
                dashRange = IsDash(j);
            }
            else if (Match(j, Role.Alternative, out var alternative))
            {
                connectorEnd = alternative.End;
            }

            if (connectorEnd > 0)
            {
                var m = connectorEnd;
                var innerApproximate = false;
                if (Match(m, Role.Approx, out var innerApprox))
                {
                    innerApproximate = true;
                    m = innerApprox.End;
                }

                var secondCurrency = false;
                var otherCurrency = false;
                if (Match(m, Role.Currency, out var innerCurrency) && IsNumber(innerCurrency.End))
                {
                    // "US$8,5 miliar atau sekitar Rp139 triliun": the same amount in two currencies is two figures.
                    otherCurrency = !minorAmount && currency is not null && !string.Equals(currency, innerCurrency.Lexeme.CurrencyUnit, StringComparison.Ordinal);
                    secondCurrency = true;
                    if (!otherCurrency)
                    {
                        currency ??= innerCurrency.Lexeme.CurrencyUnit;
                        m = innerCurrency.End;
                    }
                }

                // "fell 3.5% to $3,150": a percent and an amount are two figures, not a range.
                if (!otherCurrency && TryNumberExpr(m, allowGluedBefore: true, out var b) && !b.IsVague && b.FromDigits == a.FromDigits &&
                    !(percent && (secondCurrency || !Match(b.End, Role.Percent, out _))) &&
                    !(currency is not null && !secondCurrency && !percent && Match(b.End, Role.Percent, out _)) &&
                    !(minorAmount && secondCurrency && closers is null) &&
                    // "rose by RM4 to RM28", "fell by 2% to 5.3%": a done change whose two figures each carry their unit is the
                    // change and the new figure; "had fallen by 300 to 400 rupiah" is a range of the change.
                    !(changedBy && (secondCurrency || percent)))
                {
                    if (!secondCurrency && Match(b.End, Role2.MinorCurrency, out var minorSecond))
                    {
                        if (minorSecond.Lexeme.MinorUnit == currency)
                        {
                            b.Value /= 100m;
                            b.End = minorSecond.End;
                        }
                        else if (minorSecond.Lexeme.Key == currency)
                        {
                            b.End = minorSecond.End;
                        }
                    }

                    if (minorAmount && secondCurrency)
                    {
                        a.Value /= 100m;
                        currency = minorMatch.Lexeme.MinorUnit;
                    }

                    second = b;
                    approx |= innerApproximate;
                }
                else if (secondCurrency && percent)
                {
                    currency = null;
                }
            }
        }

        decimal? min = null, max = null;
        var form = QuantityForm.Exact;
        if (second is { } b2)
        {
            var low = a.Value;
            if (a.Scale == 1m && b2.Scale > 1m && low * b2.Scale <= b2.Value)
            {
                low *= b2.Scale;
            }

            // A scoreline continues a scoreline: "tewas 19-21, 21-17, 18-21".
            var afterScore = start >= 2 && IsPunct(start - 1, ',') && _labelled[start - 2];
            if (dashRange && (SeenBefore(start, Role.ScoreWord, 5) || afterScore || low >= b2.Value || IsDash(b2.End)))
            {
                // "in a 26-3 vote", "by a vote of 93-18": a vote tally is two exact counts.
                if (low >= b2.Value && !IsDash(b2.End) && a.Scale == 1m && b2.Scale == 1m && a.Parsed.IsPlainInteger && b2.Parsed.IsPlainInteger &&
                    !SeenBefore(start, Role.ScoreWord, 5) && !SeenAfter(b2.End, Role.ScoreWord, 3) && IsTally(start, b2.End))
                {
                    var tallyUnit = ResolveUnit(b2.End, start);
                    _claims.Add(new QuantityClaim(SpanOf(a.Start, a.End), SpanText(a.Start, a.End), new QuantityInterval(Canonical(a.Value), Canonical(a.Value)), false, QuantityForm.Exact, tallyUnit));
                    _claims.Add(new QuantityClaim(SpanOf(b2.Start, b2.End), SpanText(b2.Start, b2.End), new QuantityInterval(Canonical(b2.Value), Canonical(b2.Value)), false, QuantityForm.Exact, tallyUnit));
                }

                // "kalah 0-2", "won 4-2", "2-1", codes like "12-34-56": neither a range nor two counts.
                Label(a.Start, b2.End);
                end = b2.End;
                return true;
            }

            // "ATR 72-600", "Su-27 / F-16 style codes": a hyphenated pair right after a name is a model number.
            if (dashRange && a.Start == start && currency is null && !percent && start > 0 && IsWord(start - 1) &&
                _candidates[start - 1] is null && IsNameLike(start - 1) && !Match(b2.End, Role.UnitNoun, out _))
            {
                Label(a.Start, b2.End);
                end = b2.End;
                return true;
            }

            if (low < b2.Value)
            {
                min = low;
                max = b2.Value;
                form = QuantityForm.Range;
                j = b2.End;
                spanEnd = j;
                if (Match(j, Role.Percent, out var pct2))
                {
                    percent = true;
                    if (IsPunct(j, '%'))
                    {
                        spanEnd = pct2.End;
                    }

                    j = pct2.End;
                }
            }
        }

        if (form == QuantityForm.Exact)
        {
            if (a.IsVague)
            {
                min = a.VagueFrom;
                max = a.VagueTo - 1m;
                form = QuantityForm.Vague;
                approx = true;
            }
            else
            {
                if (!lower && !upper)
                {
                    // "10.000 lebih warga" is a bound, but "14 persen lebih tinggi" compares: after a percent the word must end the phrase.
                    // A post-posed bound of several words ("ke atas", "or more") must end the phrase or precede the counted noun:
                    // "denda RM2 juta ke atas bekas pengarah" is a fine imposed upon someone.
                    // "RM45,000 plus funeral costs": after an amount of money an adding word must end the phrase or precede a
                    // counted noun to be a bound; otherwise it adds something else.
                    if (Match(j, Role.LowerBoundAfter, out var lowerAfter) && !IsNumber(lowerAfter.End) && !(percent && IsWord(lowerAfter.End)) &&
                        !(currency is not null && Match(j, Role2.AddsAfter, out _) && IsWord(lowerAfter.End) && !Match(lowerAfter.End, Role.UnitNoun, out _)) &&
                        (lowerAfter.End - lowerAfter.Start == 1 || PhraseEnds(lowerAfter.End)))
                    {
                        lower = true;
                        spanEnd = j = lowerAfter.End;
                    }
                    else if (Match(j, Role.UpperBoundAfter, out var upperAfter) && !IsNumber(upperAfter.End) &&
                             (upperAfter.End - upperAfter.Start == 1 || PhraseEnds(upperAfter.End)))
                    {
                        upper = true;
                        spanEnd = j = upperAfter.End;
                    }
                }

                // "18 tahun ke atas", "enam tahun ke bawah": the bound word after the counted noun.
                if (!lower && !upper && Match(j, Role.UnitNoun, out var boundUnit) && !IsDash(j))
                {
                    if (Match(boundUnit.End, Role.LowerBoundAfter, out var lowerLate) && IsBoundEnd(lowerLate.End))
                    {
                        lower = true;
                    }
                    else if (Match(boundUnit.End, Role.UpperBoundAfter, out var upperLate) && IsBoundEnd(upperLate.End))
                    {
                        upper = true;
                    }
                }

                if (Match(j, Role.ApproxAfter, out var approxAfter) && (IsDash(j) ? Tok(j).Tight : true))
                {
                    approx = true;
                    spanEnd = j = approxAfter.End;
                }

                if (lower)
                {
                    (min, form) = (a.Value, QuantityForm.LowerBound);
                }
                else if (upper)
                {
                    (max, form) = (a.Value, QuantityForm.UpperBound);
                }
                else
                {
                    (min, max) = (a.Value, a.Value);
                }
            }
        }

        // Ratios are not counts: "tiga kali lipat", "three times the police figure".
        if (Match(j, Role.RatioAfter, out _) && !a.IsVague && a.Scale == 1m && a.Value <= 100m && second is null)
        {
            end = j;
            return true;
        }

        var unit = percent ? "percent" : currency;
        if (unit is null)
        {
            unit = ResolveUnit(j, start, a.IsVague);

            // "12 bodies ..., up from nine a day earlier", "412 containers ..., up from about 240": the earlier value of the
            // figure just told.
            if (unit is null && _lastCount is { } last && last.Token < start && !BreakBetween(last.Token, start) &&
                (MatchEndingAt(start, Role2.ChangeFrom, out _) || MatchEndingAt(a.Start, Role2.ChangeFrom, out _) ||
                 (MatchEndingAt(a.Start, Role.Approx | Role.LowerBound | Role.UpperBound, out var hedge) && MatchEndingAt(hedge.Start, Role2.ChangeFrom, out _))))
            {
                unit = last.Unit;
            }
        }

        // "1.500 orang", "RM3.000" in Malay or English copy that groups thousands the Indonesian way: one separator before
        // exactly three digits makes no fraction of whole things counted, nor a sum of money to the tenth of a cent
        // ("US$1.125" a litre stays a price).
        if (second is null && a.FromDigits && a.Scale == 1m && a.Parsed is { HasDecimals: true, HasGroups: false, Ambiguous: false } &&
            ThousandsAfterAll(a.Start, unit, currency is not null))
        {
            a.Value *= 1000m;
            (min, max) = (min * 1000m, max * 1000m);
            Diagnose(a.Start, a.End, DiagnosticCode.AmbiguousSeparator, "Three digits after the separator of a count or a sum of money: read as thousands.");
        }

        // "over three years", "over nearly 25 years": a period, not a lower bound ("took over 300 hours" stays one).
        if (form == QuantityForm.LowerBound && unit is not null && UnitScale.IsSpanOfTime(unit) && start < a.Start && Match(start, Role.DurationReading, out var during) &&
            (during.End == a.Start || MatchExact(during.End, a.Start, Role.Approx, out _)) && !MatchEndingAt(start, Role2.LastingVerb, out _))
        {
            (min, max, form, start) = (a.Value, a.Value, QuantityForm.Exact, during.End);
        }

        if (negative)
        {
            if (form != QuantityForm.Exact)
            {
                return false;
            }

            (min, max) = (-a.Value, -a.Value);
        }

        // "Citra Karimun 8 berinisial HS", "the ferry Citra Karimun 8 last Monday to 29": a unit found further on does not
        // make a name's number a count; only a counted word right after it does ("Karimun 8 orang").
        var attached = unit is not null && (percent || currency is not null || IsDash(j) ||
            Match(j, Role.UnitNoun | Role.Classifier | Role.OutcomeAfter | Role.UnitSkip, out _));

        // "Batam 431 orang, Tanjungpinang 168, Kabupaten Bintan 81 dan ...": the next items of a list of names and their
        // counts are counts of what its first item counts, not the model numbers of names.
        if (!attached && currency is null && !percent && second is null && _lastCount is { } item && ListItemAfterName(item.Token, start, j))
        {
            (unit, attached) = (item.Unit, true);
        }

        // "18 years for Suwandi, 16 for Rudianto and 14 for Hendarto": the later items of a parallel list, each followed by the
        // word that follows the first item's unit and then a name, count what the first item counts.
        if (!attached && unit is null && currency is null && !percent && second is null && _lastMeasured is { } first && ParallelItem(first.Token, start, j))
        {
            (unit, attached) = (first.Unit, true);
        }
        // "killed nine Indonesians and six Malaysians": a bare figure joined to the count just before it, past a name of at
        // most three words, counts what that count counts.
        if (!attached && unit is null && currency is null && !percent && second is null && _lastCount is { } joinedTo && JoinedToCount(joinedTo.Token, start))
        {
            (unit, attached) = (joinedTo.Unit, true);
        }

        if (!AcceptNumber(start, a, second is not null && form == QuantityForm.Range, hasPrefix, currency, percent, unit, attached))
        {
            return false;
        }

        if (a.Parsed.Ambiguous || (second is { } s2 && s2.Parsed.Ambiguous))
        {
            Diagnose(a.Start, a.End, DiagnosticCode.AmbiguousSeparator, "The separators fit the other number convention; read that way.");
        }

        // A slogan or title in quotes ("15 for 15") with nothing counted is not a figure; a range quoted is a spoken estimate
        // ("mungkin dua atau tiga lagi").
        if (unit is null && !hasPrefix && currency is null && second is null && IsInsideShortQuote(a.Start))
        {
            return false;
        }

        min = Canonical(min);
        max = Canonical(max);
        var interval = form switch
        {
            QuantityForm.LowerBound => QuantityInterval.AtLeast(min!.Value, !strict),
            QuantityForm.UpperBound => QuantityInterval.AtMost(max!.Value, !strict),
            _ => new QuantityInterval(min, max),
        };
        // "from five to eight years", "dari lima menjadi delapan tahun": the first value of a change, told bare, counts what
        // its second counts, when only its link ("to", "menjadi", "kepada sehingga") stands between them.
        if (unit is not null && _changeCloser is { } link && _claims.Count > 0 && _claims[^1] is QuantityClaim { Unit: null } bare &&
            start > link.At && start <= link.At + 2 && IsWord(link.At) && (start == link.At + 1 || IsWord(link.At + 1)))
        {
            _claims[^1] = bare with { Unit = unit };
        }

        _claims.Add(new QuantityClaim(SpanOf(start, spanEnd), SpanText(start, spanEnd), interval, approx, form, unit));
        _changeCloser = changeClosers is not null ? (spanEnd, changeClosers) : null;
        if (unit is not null && !percent && currency is null)
        {
            _lastMeasured = (unit, start);
            if (!UnitScale.IsSpanOfTime(unit))
            {
                _lastCount = (unit, start);
            }
        }

        end = spanEnd;
        return true;
    }

    /// <summary>
    /// True when the number token at <paramref name="k"/> has one separator followed by exactly three digits and counts whole
    /// things (any three digits) or money (three digits ending in "00"): its separator groups thousands.
    /// </summary>
    private bool ThousandsAfterAll(int k, string? unit, bool money)
    {
        var digits = Chars(k);
        var separator = digits.IndexOfAny('.', ',');
        if (separator < 1 || digits.Length - separator - 1 != 3 || digits[(separator + 1)..].IndexOfAny('.', ',') >= 0)
        {
            return false;
        }

        return money ? digits.EndsWith("00") : unit is not null && Comparisons.SlotBuilder.IsCountOfThings(unit);
    }

    /// <summary>
    /// True when the number at <paramref name="start"/> (ending before <paramref name="after"/>) is an item of a list whose
    /// earlier item, the count at <paramref name="previous"/>, also follows a name: one to three name-like words before it,
    /// opened by a comma or a joining word ("dan", "and"), and a comma, a joining word or the sentence's end after it.
    /// </summary>
    private bool ListItemAfterName(int previous, int start, int after)
    {
        if (previous < 1 || start - previous > 24 || !IsWord(previous - 1) || !IsNameLike(previous - 1) || BreakBetween(previous, start))
        {
            return false;
        }

        var name = start;
        while (name > previous + 1 && start - name < 3 && IsWord(name - 1) && IsNameLike(name - 1))
        {
            name--;
        }

        var opened = name < start && (IsPunct(name - 1, ',') || MatchEndingAt(name, Role2.NounJoiner, out _));
        var closed = after >= _count || IsPunct(after, ',') || IsSentenceBreak(after) || Match(after, Role2.NounJoiner, out _);
        return opened && closed;
    }

    /// <summary>
    /// True when the number at <paramref name="start"/> (ending before <paramref name="after"/>) is a later item of a parallel
    /// list whose first item is the figure at <paramref name="previous"/>: opened by a comma or a joining word, followed by a
    /// word and a name, where the same word follows the first item's unit a few tokens on and a name follows it too.
    /// </summary>
    private bool ParallelItem(int previous, int start, int after)
    {
        if (previous >= start || start - previous > 24 || BreakBetween(previous, start) || !IsWord(after) || !IsWord(after + 1) || !IsNameLike(after + 1) ||
            !(IsPunct(start - 1, ',') || MatchEndingAt(start, Role2.NounJoiner, out _)))
        {
            return false;
        }

        var word = Chars(after);
        for (var k = previous + 1; k <= previous + 4 && k < start; k++)
        {
            if (IsWord(k) && IsWord(k + 1) && IsNameLike(k + 1) && Chars(k).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a joining word ("and", "dan") stands right before <paramref name="start"/> and, before it, one to three
    /// name-like words right after the number of the figure at <paramref name="previous"/>: "nine Indonesians and six".
    /// </summary>
    private bool JoinedToCount(int previous, int start)
    {
        if (!MatchEndingAt(start, Role2.NounJoiner, out var joiner))
        {
            return false;
        }

        var k = joiner.Start - 1;
        var named = 0;
        while (named < 3 && k > previous && IsWord(k) && IsNameLike(k))
        {
            (k, named) = (k - 1, named + 1);
        }

        return named > 0 && k >= previous && k <= previous + 2;
    }

    /// <summary>True when tokens <paramref name="a"/> and <paramref name="b"/> touch, with no space between them.</summary>
    private bool Joined(int a, int b) => InRange(a) && InRange(b) && _tokens[a].End == _tokens[b].Start;

    /// <summary>
    /// True when a change verb ends at <paramref name="at"/> or at most seven words before it, past no number or punctuation;
    /// or, at most twenty tokens back, past exactly one aside set off by commas, the second comma right before the change's
    /// opener ("raised the sentence of Meiliana Sutanto, the former finance director of the smelter, from five to eight
    /// years"). A single comma ends the search: "bot tidak dapat turun ke laut, tauke rugi antara RM15,000 hingga RM20,000"
    /// is a range.
    /// </summary>
    private bool ChangeVerbBefore(int at)
    {
        var commas = 0;
        for (var k = at; k >= 0 && k >= at - (commas > 0 ? 20 : 7); k--)
        {
            if (MatchEndingAt(k, Role.ChangeVerb, out _))
            {
                return commas != 1;
            }

            if (k > 0 && (IsNumber(k - 1) || Tok(k - 1).Kind == TokenKind.Punct))
            {
                if (Tok(k - 1).Kind == TokenKind.Punct && _text[Tok(k - 1).Start] == ',' && (commas == 1 || (commas == 0 && k == at)))
                {
                    commas++;
                    k--;
                    continue;
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>True when a sentence break stands between tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    private bool BreakBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (IsSentenceBreak(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True at the end of a phrase: the end of the segment, punctuation, or a counted noun or classifier.</summary>
    private bool PhraseEnds(int i) =>
        !InRange(i) || Tok(i).Kind == TokenKind.Punct || Match(i, Role.UnitNoun | Role.Classifier, out _);

    /// <summary>True when a post-posed bound ("ke atas") ends the phrase: not "ke atas seorang ..." (upon someone).</summary>
    private bool IsBoundEnd(int i) =>
        !IsNumber(i) && !Match(i, Role.NumberWord | Role.Vague | Role.Currency | Role.Classifier | Role.UnitNoun, out _);

    /// <summary>True when a phrase with <paramref name="roles"/> starts within <paramref name="window"/> tokens from <paramref name="i"/> in the same sentence.</summary>
    private bool SeenAfter(int i, Role roles, int window)
    {
        for (var k = i; k < _count && k < i + window; k++)
        {
            if (IsSentenceBreak(k) || (k > i && _tokens[k].Has(TokenFlags.NewlineBefore)))
            {
                return false;
            }

            if (Match(k, roles, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a tally word ("vote", "suara", "undi") stands in the same sentence within 15 tokens of the pair.</summary>
    private bool IsTally(int start, int end)
    {
        for (var k = start - 1; k >= 0 && k >= start - 15 && !IsSentenceBreak(k) && !_tokens[k + 1].Has(TokenFlags.NewlineBefore); k--)
        {
            if (Match(k, Role2.TallyWord, out _))
            {
                return true;
            }
        }

        for (var k = end; k < _count && k < end + 15 && !IsSentenceBreak(k) && !(k > end && _tokens[k].Has(TokenFlags.NewlineBefore)); k++)
        {
            if (Match(k, Role2.TallyWord, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Capitalized mid-sentence, camel-case ("iPhone") or all capitals ("KRI"): a name, not a plain word.</summary>
    private bool IsNameLike(int i)
    {
        var token = Tok(i);
        if (token.Has(TokenFlags.AllCaps))
        {
            return true;
        }

        if (token.Has(TokenFlags.Capitalized))
        {
            return !IsSentenceInitial(i);
        }

        var chars = Chars(i);
        for (var k = 1; k < chars.Length; k++)
        {
            if (char.IsUpper(chars[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Removes trailing zeros a scale multiplication leaves ("2.3" x 1e9 = 2300000000.0 becomes 2300000000).</summary>
    private static decimal? Canonical(decimal? value) => value is { } v ? v / 1.000000000000000000000000000000000m : null;

    /// <summary>True when token <paramref name="i"/> sits inside a quotation of at most six tokens on each side.</summary>
    private bool IsInsideShortQuote(int i)
    {
        int open = -1, close = -1;
        for (var k = i - 1; k >= 0 && k >= i - 6; k--)
        {
            if (IsQuote(k))
            {
                open = k;
                break;
            }
        }

        for (var k = i + 1; k < _count && k <= i + 6; k++)
        {
            if (IsQuote(k))
            {
                close = k;
                break;
            }
        }

        return open >= 0 && close >= 0;
    }

    private bool IsQuote(int i) =>
        Tok(i).Kind == TokenKind.Punct && _text[Tok(i).Start] is '"' or '“' or '”' or '«' or '»';

    /// <summary>The end of a range closer ("dan", "and", "hingga") from <paramref name="closers"/> at token <paramref name="j"/>, or -1.</summary>
    private int MatchCloser(int j, string[] closers)
    {
        var candidates = InRange(j) ? _candidates[j] : null;
        if (candidates is null)
        {
            return -1;
        }

        foreach (var phrase in candidates)
        {
            if (Array.IndexOf(closers, phrase.Lexeme.Key) < 0 || !MatchExact(j, j + phrase.Tokens.Length, Role.RangeCloser, out _))
            {
                continue;
            }

            return j + phrase.Tokens.Length;
        }

        return -1;
    }

    /// <summary>Reasons a run of digits is not a quantity at all, checked before anything else.</summary>
    private bool PassesDigitGuards(int start, NumberExpr a, bool hasPrefixOrCurrency, out int skipTo)
    {
        skipTo = a.End;
        var p = a.Parsed;

        // Phone numbers and codes: a leading zero ("0821", "(0274)"), a chain "0821-4455-7788", and what follows
        // such a number directly ("03-8888 1234", "(0274) 512889", "112 atau 0821-..."); not a figure opened by a bound or
        // an approximation ("jalur 3 tidak lebih dari 40 km per jam").
        if (p.LeadingZero || (start == a.Start && FollowsLabelledNumber(start)))
        {
            while (IsDash(skipTo) && Tok(skipTo).Tight && IsNumber(skipTo + 1))
            {
                skipTo += 2;
            }

            if (IsPunct(skipTo, ')') && IsNumber(skipTo + 1))
            {
                skipTo++;
            }

            while (IsNumber(skipTo) && Chars(skipTo).Length >= 3 && Tok(skipTo).Kind == TokenKind.Number && AllDigits(Chars(skipTo)))
            {
                skipTo++;
            }

            Label(a.Start, skipTo);
            return false;
        }

        if (IsDash(a.End) && Tok(a.End).Tight && IsNumber(a.End + 1) && IsDash(a.End + 2) && Tok(a.End + 2).Tight && IsNumber(a.End + 3))
        {
            skipTo = a.End + 4;
            Label(a.Start, skipTo);
            return false;
        }

        // Area codes and country codes: "(504) 658-2299", "+62 812-9000-4411".
        if (p.IsPlainInteger && IsPunct(a.Start - 1, '(') && IsPunct(a.End, ')') && IsNumber(a.End + 1) && IsDash(a.End + 2) && Tok(a.End + 2).Tight && IsNumber(a.End + 3))
        {
            Label(a.Start, a.End);
            return false;
        }

        if (p.IsPlainInteger && IsPunct(a.Start - 1, '+') && Tok(a.Start).Tight && !(a.Start >= 2 && Tok(a.Start - 1).Tight && Tok(a.Start - 2).Kind != TokenKind.Punct) &&
            IsNumber(a.End) && AllDigits(Chars(a.End)))
        {
            Label(a.Start, a.End);
            return false;
        }

        // Slashed numbers that are not dates: "Page 2/3", "(1/3)", "Jalan SS 2/24", "24/7".
        if ((IsPunct(a.End, '/') && Tok(a.End).Tight && IsNumber(a.End + 1) && Tok(a.End + 1).Tight) ||
            (a.Start >= 2 && IsPunct(a.Start - 1, '/') && Tok(a.Start).Tight && Tok(a.Start - 1).Tight && Tok(a.Start - 2).Kind == TokenKind.Number))
        {
            skipTo = IsPunct(a.End, '/') ? a.End + 2 : a.End;
            Label(a.Start, skipTo);
            return false;
        }

        // What hangs on a label number: "ayat (1)", "135(1)(d)", "menit ke-45+1".
        if (a.Start >= 2 && (IsPunct(a.Start - 1, '(') || IsPunct(a.Start - 1, '+')) && Tok(a.Start).Tight &&
            ((_labelled[a.Start - 2] && Tok(a.Start - 1).Tight) || (IsPunct(a.Start - 1, '(') && MatchEndingAt(a.Start - 1, Role.LabelBefore, out _))))
        {
            Label(a.Start, a.End);
            return false;
        }

        if (hasPrefixOrCurrency)
        {
            return true;
        }

        // "5G", "4G": a mobile network's generation, not grams.
        if (IsMobileGeneration(a.Start))
        {
            skipTo = a.Start + 2;
            Label(a.Start, skipTo);
            return false;
        }

        // "ke-4", "Tomo-357", "Covid-19", "U-23", and the tail of "4455-7788" or "2-2".
        if (a.Start >= 2 && IsDash(a.Start - 1) && Tok(a.Start).Tight && Tok(a.Start - 1).Tight &&
            Tok(a.Start - 2).Kind is TokenKind.Word or TokenKind.Number)
        {
            Label(a.Start, a.End);
            return false;
        }

        // "Nomor 7", "Pasal 27", "Resolution 2231", "call 112", "versi 2.0", "No. 7", "lantai 14" — but "gedung 24 lantai"
        // counts floors: a counted noun right after the number (other than a period of time) makes it a count.
        // "agreed to ship 25,000 to 30,000 tonnes": a number grouped in thousands, or the first of a range of counted nouns, is
        // no label.
        if (MatchEndingAt(start, Role.LabelBefore, out _) && !IsCountOfNoun(a.End) && !a.Parsed.HasGroups &&
            !(Match(a.End, Role.RangeConnector, out var rangeTo) && IsNumber(rangeTo.End) && IsCountOfNoun(rangeTo.End + 1)))
        {
            if (IsDash(a.End) && Tok(a.End).Tight && IsNumber(a.End + 1))
            {
                skipTo = a.End + 2;
            }

            // "Page 1 of 4", "Halaman 2 dari 3"
            if (Match(skipTo, Role2.LabelLink, out var labelLink) && IsNumber(labelLink.End))
            {
                skipTo = labelLink.End + 1;
            }

            Label(a.Start, skipTo);
            return false;
        }

        return true;
    }

    /// <summary>True when token <paramref name="i"/> is one digit glued to a capital "G" that ends the word: "5G", "4G".</summary>
    private bool IsMobileGeneration(int i) =>
        IsNumber(i) && Chars(i).Length == 1 && char.IsAsciiDigit(Chars(i)[0]) && IsWord(i + 1) && Tok(i + 1).Tight && Chars(i + 1) is "G" &&
        !(InRange(i + 2) && Tok(i + 2).Tight && Tok(i + 2).Kind is TokenKind.Word or TokenKind.Number);

    /// <summary>True when a counted noun that is not a period of time follows directly ("24 lantai", but not "7 Tahun 2017").</summary>
    private bool IsCountOfNoun(int i) =>
        Match(i, Role.UnitNoun, out var noun) && !Tok(i).Has(TokenFlags.Capitalized) && noun.Lexeme.Unit is { } unit && !UnitScale.IsSpanOfTime(unit) &&
        !Match(i, Role.DateUnit | Role.GenericUnit, out _);

    private void Label(int from, int to)
    {
        for (var k = from; k < to && k < _count; k++)
        {
            _labelled[k] = true;
        }
    }

    /// <summary>True when a phone number or label number stands right before (after ")" or "or").</summary>
    private bool FollowsLabelledNumber(int start)
    {
        var previous = start - 1;
        if (IsPunct(previous, ')'))
        {
            previous--;
        }
        else if (MatchEndingAt(start, Role.Alternative, out var alternative))
        {
            previous = alternative.Start - 1;
        }

        return previous >= 0 && Tok(previous).Kind == TokenKind.Number && _labelled[previous];
    }

    /// <summary>Last checks that need the whole phrase: years, spelled-out "one", model names.</summary>
    private bool AcceptNumber(int start, NumberExpr a, bool isRange, bool hasPrefix, string? currency, bool percent, string? unit, bool unitAttached)
    {
        if (hasPrefix || currency is not null || percent || isRange)
        {
            return true;
        }

        if (a.FromDigits)
        {
            var p = a.Parsed;

            // A bare year-like number with nothing counted is a year or a label, not a quantity ("Tiket Mudik 2025").
            if (unit is null && p.IsPlainInteger && p.IntegerDigits == 4 && a.Scale == 1m && a.Value is >= 1900 and <= 2100)
            {
                return false;
            }

            // A number right after an unknown name-like word is a model or a name: "Windows 11", "Boeing 737", "iPhone 16", "KRI 357".
            // Digits grouped in thousands are a count, never a model: a title-cased headline's "Tarik 1.320 Kemasan".
            if (!unitAttached && a.Scale == 1m && !p.HasGroups && start > 0 && IsWord(start - 1) && _candidates[start - 1] is null && IsNameLike(start - 1))
            {
                return false;
            }

            // Six or more digits with no thousands separator and nothing counted: a code, an ID or a phone number.
            if (unit is null && p.IsPlainInteger && p.IntegerDigits >= 6)
            {
                return false;
            }

            return true;
        }

        if (a.IsVague)
        {
            return true;
        }

        // "tingkatan dua", "Form Two": a label before a spelled-out number too.
        if (MatchEndingAt(start, Role.LabelBefore, out _))
        {
            return false;
        }

        // A spelled-out number hyphenated to the word before it is half of a compound, not a count ("kedua-dua negara", both).
        if (!a.FromDigits && a.Start >= 2 && IsDash(a.Start - 1) && IsWord(a.Start - 2) && Joined(a.Start - 2, a.Start - 1) && Joined(a.Start - 1, a.Start))
        {
            return false;
        }

        // "Seorang maut", "Seorang penyokong ... maut manakala 21 lagi cedera": the indefinite "seorang" counts only the dead,
        // hurt or missing it is told with; elsewhere it is an article ("kata seorang pejabat", "salah seorang mangsa").
        if (a.Value == 1m && Match(a.Start, Role2.Indefinite, out var indefinite) && indefinite.End == a.End &&
            (unit is not ("deaths" or "injured" or "missing") || MatchEndingAt(start, Role.SingularBlocker, out _) || Match(a.End, Role2.Partitive, out _)))
        {
            return false;
        }

        // Spelled-out "one" counts only before a counted noun and not as a pronoun ("salah satu", "one of", "no one"), nor
        // after a partitive ("three members of one family": whose members they are).
        if (a.Value == 1m && MatchExact(a.Start, a.End, Role.Singular, out _) &&
            (unit is null || MatchEndingAt(start, Role.SingularBlocker, out _) || Match(a.End, Role2.Partitive, out _) ||
             (start > 0 && Match(start - 1, Role2.Partitive, out var of) && of.End == start)))
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// Multiplies a vague magnitude by the scale words that follow it ("puluhan ribu", "ratusan juta", "several hundred
    /// thousand"), each of a thousand or more, while the upper end stays within <see cref="MaxMagnitude"/>.
    /// </summary>
    private void ScaleVague(ref int j, ref decimal from, ref decimal to)
    {
        while (Match(j, Role.Scale | Role.Multiplier, out var scaleMatch))
        {
            var factor = scaleMatch.Is(Role.Scale) ? scaleMatch.Lexeme.ScaleValue : scaleMatch.Lexeme.MultiplierValue;
            if (factor < 1000m || to > MaxMagnitude / factor)
            {
                break;
            }

            from *= factor;
            to *= factor;
            j = scaleMatch.End;
        }
    }

    /// <summary>
    /// True when a figure with a unit of time ends right before the connector at <paramref name="connector"/> and a figure
    /// with a unit of time starts at <paramref name="next"/> ("sembilan bulan sampai lima belas tahun").
    /// </summary>
    private bool SpanOfTimeAcrossUnits(int connector, int next) =>
        MatchEndingAt(connector, Role.DateUnit, out var unitBefore) && unitBefore.Start > 0 &&
        (InRange(unitBefore.Start - 1) && (Tok(unitBefore.Start - 1).Kind == TokenKind.Number || _consumed[unitBefore.Start - 1]) || MatchEndingAt(unitBefore.Start, Role.NumberWord, out _)) &&
        TryNumberExpr(next, allowGluedBefore: false, out var figure) && Match(figure.End, Role.DateUnit, out _);

    private bool TryNumberExpr(int k, bool allowGluedBefore, out NumberExpr expr)
    {
        expr = default;
        if (!InRange(k) || _consumed[k])
        {
            return false;
        }

        if (IsNumber(k))
        {
            var token = Tok(k);
            if (token.Has(TokenFlags.GluedBefore) && !allowGluedBefore)
            {
                return false;
            }

            var parsed = NumberParser.Parse(Chars(k), _lang.GroupSeparator, _lang.DecimalSeparator);
            if (!parsed.Ok)
            {
                if (parsed.Overflow)
                {
                    Diagnose(k, k + 1, DiagnosticCode.NumberOverflow, "The number is too large to represent; no claim was made.");
                }

                return false;
            }

            var j = k + 1;
            if (token.Has(TokenFlags.GluedAfter) && !Match(j, Role.Scale | Role.UnitNoun | Role.Percent, out _))
            {
                // "5th", "24H2", "10am": digits glued to letters that are not a scale, unit or percent.
                return false;
            }

            var value = parsed.Value;
            var scale = 1m;
            while (Match(j, Role.Scale, out var scaleMatch) && !(Tok(j).Has(TokenFlags.GluedBefore) && Match(j, Role.UnitNoun, out var glued) && glued.End > scaleMatch.End))
            {
                if (value > MaxMagnitude / scaleMatch.Lexeme.ScaleValue)
                {
                    Diagnose(k, scaleMatch.End, DiagnosticCode.NumberOverflow, "The number is too large to represent; no claim was made.");
                    return false;
                }

                value *= scaleMatch.Lexeme.ScaleValue;
                scale *= scaleMatch.Lexeme.ScaleValue;
                j = scaleMatch.End;
            }

            expr = new NumberExpr { Start = k, End = j, Value = value, Scale = scale, FromDigits = true, Parsed = parsed };
            return true;
        }

        if (Match(k, Role.Vague, out var vague))
        {
            var from = vague.Lexeme.VagueFrom;
            var to = vague.Lexeme.VagueTo;
            var j = vague.End;
            if (_lang.RequiresVagueLink)
            {
                // English: "thousands of", "tens of thousands of"; a magnitude of several words needs no link ("several hundred
                // people", "a few thousand").
                if (!Match(j, Role.VagueLink, out var link))
                {
                    if (j - k < 2)
                    {
                        return false;
                    }

                    // "several hundred thousand".
                    ScaleVague(ref j, ref from, ref to);
                }
                else if (Match(link.End, Role.Vague, out var inner) && IsPowerOfTen(inner.Lexeme.VagueFrom) && inner.Lexeme.VagueFrom > 1)
                {
                    from *= inner.Lexeme.VagueFrom;
                    to *= inner.Lexeme.VagueFrom;
                    j = inner.End;
                }
            }
            else
            {
                // Indonesian and Malay: "puluhan ribu", "ratusan juta".
                ScaleVague(ref j, ref from, ref to);
            }

            expr = new NumberExpr { Start = k, End = j, IsVague = true, VagueFrom = from, VagueTo = to, Scale = 1m };
            return true;
        }

        if (TryWordNumber(k, out var words, out var end))
        {
            var scale = 1m;
            if (words >= 1m && words == decimal.Truncate(words) && Match(end, Role2.FractionAfter, out var fraction))
            {
                // "eight and a half hours", "delapan setengah jam", "two and a half million"; "a million and a half",
                // "sejuta setengah": a half of the multiplier the number ends with.
                var unit = 1m;
                while (words % (unit * 1000m) == 0m && unit * 1000m <= MaxMagnitude)
                {
                    unit *= 1000m;
                }

                words += fraction.Lexeme.FractionValue * unit;
                end = fraction.End;
                while (Match(end, Role.Scale, out var scaleMatch) && words <= MaxMagnitude / scaleMatch.Lexeme.ScaleValue)
                {
                    words *= scaleMatch.Lexeme.ScaleValue;
                    scale *= scaleMatch.Lexeme.ScaleValue;
                    end = scaleMatch.End;
                }
            }

            expr = new NumberExpr { Start = k, End = end, Value = words, Scale = scale };
            return true;
        }

        return false;
    }

    private static bool IsPowerOfTen(decimal value)
    {
        if (value < 10m)
        {
            return false;
        }

        while (value >= 10m && value % 10m == 0m)
        {
            value /= 10m;
        }

        return value == 1m;
    }

    /// <summary>
    /// Spelled-out numbers with one engine for every pack: digit words set a pending value, tens words add,
    /// teen suffixes add ten ("dua belas"), small multipliers multiply the pending value ("tiga ratus", "two hundred"),
    /// large multipliers close a group ("dua puluh ribu", "twelve thousand").
    /// </summary>
    private bool TryWordNumber(int k, out decimal value, out int end)
    {
        value = 0;
        end = k;
        decimal total = 0, section = 0, pending = 0;
        var any = false;
        var needMultiplier = false;
        var lastWasTens = false;
        var goodEnd = k;
        // The last large multiplier and where the number stood right after it: "four million and seven million" is two numbers.
        var (lastLarge, largeEnd, largeTotal) = (decimal.MaxValue, k, 0m);
        var j = k;
        while (true)
        {
            if (any && IsDash(j) && Tok(j).Tight && InRange(j + 1) && Tok(j + 1).Tight && Match(j + 1, Role.NumberWord, out _))
            {
                j++;
            }

            if (!Match(j, Role.NumberWord | Role.Tens | Role.TeenSuffix | Role.Multiplier | Role.Conjunction, out var m))
            {
                break;
            }

            if (!IsWord(j))
            {
                break;
            }

            var lexeme = m.Lexeme;
            if (m.Is(Role.Multiplier))
            {
                if (!any)
                {
                    break;
                }

                var factor = lexeme.MultiplierValue;
                if (factor >= 1000m && factor >= lastLarge)
                {
                    // Large multipliers only fall within one number: the words since the last one start another number.
                    (total, section, pending, goodEnd, needMultiplier) = (largeTotal, 0m, 0m, largeEnd, false);
                    break;
                }

                if (factor >= 1000m)
                {
                    var basis = section + pending;
                    if (basis == 0)
                    {
                        basis = 1;
                    }

                    if (basis > MaxMagnitude / factor)
                    {
                        break;
                    }

                    total += basis * factor;
                    section = 0;
                    pending = 0;
                    (lastLarge, largeEnd, largeTotal) = (factor, m.End, total);
                }
                else if (pending != 0)
                {
                    section += pending * factor;
                    pending = 0;
                }
                else if (section != 0)
                {
                    section *= factor;
                }
                else
                {
                    section += factor;
                }

                needMultiplier = false;
                lastWasTens = false;
            }
            else if (m.Is(Role.TeenSuffix))
            {
                if (pending == 0 || pending >= 10)
                {
                    break;
                }

                section += pending + 10;
                pending = 0;
                lastWasTens = false;
            }
            else if (m.Is(Role.Tens))
            {
                if (pending != 0 || lastWasTens)
                {
                    break;
                }

                section += lexeme.TensValue;
                lastWasTens = true;
            }
            else if (m.Is(Role.NumberWord))
            {
                if (pending != 0 || needMultiplier)
                {
                    break;
                }

                var v = lexeme.Number;

                // "sejuta setengah": a fraction word after a number is read as a fraction of it by the caller.
                if (any && v < 1m)
                {
                    break;
                }

                if ((lexeme.Roles & Role.NeedMultiplier) != 0)
                {
                    if (any)
                    {
                        break;
                    }

                    pending = v == 0 ? 1 : v;
                    needMultiplier = true;
                    any = true;
                    j = m.End;
                    continue;
                }

                if (v >= 1000m)
                {
                    if (any)
                    {
                        break;
                    }

                    total += v;
                }
                else if (v >= 100m)
                {
                    if (section != 0)
                    {
                        break;
                    }

                    section += v;
                }
                else
                {
                    pending = v;
                }

                lastWasTens = false;
            }
            else
            {
                // A conjunction inside a number ("one hundred and five") counts only if a number word follows.
                if (!any)
                {
                    break;
                }

                j = m.End;
                continue;
            }

            any = true;
            j = m.End;
            goodEnd = j;
        }

        if (!any || goodEnd == k || needMultiplier)
        {
            return false;
        }

        value = total + section + pending;
        end = goodEnd;
        return true;
    }

    /// <summary>
    /// What the subject ending at <paramref name="end"/> counts: an outcome it tells ("the number of people killed"), else the
    /// noun right after a count word opening it ("jumlah korban ..."), else the nearest counted noun no number of its own
    /// counts ("kes denggi kumulatif di Johor"); at most eight words back (sixteen for the count word), in one clause.
    /// </summary>
    private string? SubjectUnit(int end)
    {
        for (var back = end - 1; InClauseBack(back, end, 8); back--)
        {
            if (Match(back, Role.OutcomeAfter, out var told) && told.End <= end)
            {
                return told.Lexeme.OutcomeAfterUnit;
            }
        }

        // "Jumlah korban tragedi kabin kereta gantung yang terjatuh ... meningkat kepada tiga orang": a subject opened by a
        // count word counts the noun right after it, not a noun of its modifiers; a noun that says little by itself
        // ("korban") is left to the count word read later.
        for (var back = end - 1; InClauseBack(back, end, 16); back--)
        {
            if (Match(back, Role.CountIntro, out var intro) && intro.End < end && Match(intro.End, Role.UnitNoun, out var head) &&
                head.End <= end && head.Lexeme.Unit is { } headed && !UnitScale.IsSpanOfTime(headed))
            {
                // "Jumlah pekerja yang maut ... meningkat kepada sembilan orang": an outcome right after the head (past a
                // relative word) says what befell those counted.
                for (var k = head.End; k < end && k <= head.End + 1 && !(Tok(k).Kind == TokenKind.Punct && !IsDash(k)); k++)
                {
                    if (Match(k, Role.OutcomeAfter, out var befell) && befell.End <= end)
                    {
                        return befell.Lexeme.OutcomeAfterUnit;
                    }
                }

                return MatchExact(head.Start, head.End, Role.GenericUnit, out _) ? null : headed;
            }
        }

        for (var back = end - 1; InClauseBack(back, end, 8); back--)
        {
            if (Match(back, Role.UnitNoun, out var noun) && noun.End <= end &&
                !MatchExact(noun.Start, noun.End, Role.GenericUnit, out _) && !(back > 0 && IsNumber(back - 1)) &&
                noun.Lexeme.Unit is { } named && !UnitScale.IsSpanOfTime(named))
            {
                return named;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the figure starting at <paramref name="start"/> is the whole a number before it is a part of: a partitive
    /// word (and a determiner) between them ("11 of the 312", "11 daripada 312").
    /// </summary>
    private bool WholeOfPart(int start)
    {
        var k = start - 1;
        if (k > 0 && Match(k, Role.SingularBlocker, out var determiner) && determiner.End == start)
        {
            k--;
        }

        return k > 0 && Match(k, Role2.Partitive, out var of) && of.End == k + 1 && (IsNumber(k - 1) || _consumed[k - 1]);
    }

    /// <summary>True while <paramref name="back"/>, walking back from <paramref name="end"/>, is at most <paramref name="reach"/> tokens back in the same clause.</summary>
    private bool InClauseBack(int back, int end, int reach) =>
        back >= 0 && back >= end - reach && !IsSentenceBreak(back) && !(Tok(back).Kind == TokenKind.Punct && !IsDash(back));

    /// <summary>
    /// A plain lower-case word of three letters or more that the language does not know (or knows only as a verb of reaching):
    /// a modifier of the counted noun after it ("remittance users", "dog brain samples").
    /// </summary>
    private bool PlainModifier(int k) =>
        IsWord(k) && !Tok(k).Has(TokenFlags.Capitalized) && Tok(k).Length >= 3 && !Match(k, (Role)ulong.MaxValue, out _) &&
        !Match(k, (Role2)uint.MaxValue & ~Role2.ReachVerb, out _);

    /// <summary>
    /// True when a death outcome follows the counted noun ending at <paramref name="nounEnd"/>, at most one word on past
    /// up to three words of a name ("Empat PMI Asal Lombok Timur Tewas").
    /// </summary>
    private bool DiedAfter(int nounEnd)
    {
        // "Three members of one family died": a short partitive phrase after the noun (up to three words) says whose members
        // they are.
        var reach = nounEnd < _count && Match(nounEnd, Role2.Partitive, out _) ? 5 : 2;
        for (int k = nounEnd, t = 0, named = 0; t < reach && k < _count && !(Tok(k).Kind == TokenKind.Punct && !IsDash(k)); t++, k++)
        {
            if (Match(k, Role.OutcomeAfter, out var outcome))
            {
                return outcome.Lexeme.OutcomeAfterUnit == "deaths";
            }

            if (named < 3 && IsWord(k) && IsNameLike(k))
            {
                (t, named) = (t - 1, named + 1);
            }
        }

        return false;
    }

    /// <summary>
    /// The counted thing after a number: the noun (skipping classifiers and adjectives), refined by an outcome
    /// word ("orang tewas" = deaths, "killed ... people" = deaths) or by a count introduced earlier
    /// ("jumlah prajurit ... 10.000 orang" = troops). After a vague magnitude, a modifier may follow its partitive ("thousands
    /// of ecstasy pills").
    /// </summary>
    private string? ResolveUnit(int after, int phraseStart, bool vague = false)
    {
        // "a 36-strong rescue team", "a 5,000-strong force": the size of a group counts its members.
        if (IsDash(after) && Joined(after - 1, after) && Joined(after, after + 1) && Match(after + 1, Role2.SizeJoiner, out var joiner))
        {
            for (var g = joiner.End; g < _count && g <= joiner.End + 2 && IsWord(g); g++)
            {
                if (Match(g, Role2.GroupNoun, out var group))
                {
                    return group.Lexeme.GroupUnit;
                }
            }
        }

        string? unit = null;
        var generic = false;
        var nounEnd = after;
        var k = after;
        var modifierMayFollow = false;
        for (var skipped = 0; k < _count && skipped <= 3;)
        {
            if (Tok(k).Kind == TokenKind.Punct && !IsDash(k))
            {
                break;
            }

            if (Match(k, Role.Classifier, out var classifier) && Match(classifier.End, Role.UnitNoun, out var afterClassifier))
            {
                unit = afterClassifier.Lexeme.Unit;
                generic = MatchExact(afterClassifier.Start, afterClassifier.End, Role.GenericUnit, out _);
                nounEnd = afterClassifier.End;
                break;
            }

            // "13 lainnya dari Kabupaten Majene": past a skipped word, a capitalized noun opens a name, not what is counted.
            if (Match(k, Role.UnitNoun, out var noun) && !(skipped > 0 && k > after && Tok(k).Has(TokenFlags.Capitalized) && !Tok(k - 1).Has(TokenFlags.Capitalized)))
            {
                unit = noun.Lexeme.Unit;
                generic = MatchExact(noun.Start, noun.End, Role.GenericUnit, out _);
                nounEnd = noun.End;

                // "dua anak gajah", "tiga orang utan": a generic word for people right before an animal's name counts animals.
                if (generic && Match(noun.End, Role.UnitNoun, out var animal) && string.Equals(animal.Lexeme.Unit, "animals", StringComparison.Ordinal))
                {
                    (unit, generic, nounEnd) = ("animals", false, animal.End);
                }

                break;
            }

            if (Match(k, Role.UnitSkip | Role.Classifier, out var skip))
            {
                k = skip.End;
                skipped++;
                // "of the disputed deaths", not "of them children": a modifier follows a determiner, not a bare partitive,
                // unless the partitive joins a vague magnitude to its noun ("tens of thousands of ecstasy pills").
                modifierMayFollow = !Match(skip.Start, Role2.Partitive, out _) || (vague && skip.Start == after);
                continue;
            }

            // "2.1 million remittance users", "at least 3.9 million unique users", "three of the disputed deaths": one plain
            // word the language does not know (or knows only as a verb of reaching: "five top officials"), right before the
            // counted noun or a skipped word and the noun ("283 stranded Indonesian pilgrims"), after the number or a
            // skipped word, modifies it.
            if ((k == after || modifierMayFollow) && _lang.ModifiersBeforeNoun > 0 && PlainModifier(k) &&
                (Match(k + 1, Role.UnitNoun, out _) || (Match(k + 1, Role.UnitSkip, out var between) && Match(between.End, Role.UnitNoun, out _)) ||
                 (k == after && _lang.ModifiersBeforeNoun > 1 && PlainModifier(k + 1) && Match(k + 2, Role.UnitNoun, out _))))
            {
                // A second plain modifier may follow only the first one right after the number ("28 dog brain samples").
                modifierMayFollow = k == after && !Match(k + 1, Role.UnitNoun | Role.UnitSkip, out _);
                k++;
                skipped++;
                continue;
            }

            // "at least 12,000 5G sites": a network's generation before the noun is a modifier.
            if (IsMobileGeneration(k) && skipped < 2)
            {
                k += 2;
                skipped++;
                continue;
            }

            // "45-metre", "a 14-day status": the unit joined to the number by a hyphen.
            if (k == after && IsDash(k) && Joined(k - 1, k) && Joined(k, k + 1))
            {
                k++;
                continue;
            }

            // "40 search-and-rescue specialists": a hyphenated modifier is one skipped word.
            if (IsWord(k) && IsDash(k + 1) && Joined(k, k + 1) && Joined(k + 1, k + 2) && IsWord(k + 2) && skipped < 2)
            {
                k += 3;
                while (IsDash(k) && Joined(k - 1, k) && Joined(k, k + 1) && IsWord(k + 1))
                {
                    k += 2;
                }

                skipped++;
                continue;
            }

            if (IsWord(k) && Tok(k).Has(TokenFlags.Capitalized) && !Tok(k).Has(TokenFlags.NewlineBefore) && skipped < 2)
            {
                // "five Sulawesi cement makers": a plain modifier may follow the name of a place.
                modifierMayFollow = true;
                k++;
                skipped++;
                continue;
            }

            break;
        }

        // "penamatan 8,400 pekerja", "the dismissal of 8,400 workers": workers whose dismissal is told before them are jobs lost,
        // whatever they are called (a verb that kills or injures keeps the noun: "menewaskan 30 tentara" counts troops).
        if (unit is not null && !generic && MatchEndingAt(phraseStart, Role.OutcomeBefore, out var dismissal) && dismissal.Lexeme.OutcomeBeforeUnit == JobLosses)
        {
            return JobLosses;
        }

        if (unit is not null && !generic)
        {
            // "Empat pasien meninggal dunia", "five patients had died": whoever they were, people who died are the dead (animals
            // that died stay animals: a cull's toll is read with its outcome as the scope).
            // "Seorang lelaki berusia 47 tahun ... meninggal dunia": a span of time is an age, not the dead.
            return unit != "animals" && !Match(nounEnd - 1, Role.DateUnit, out _) && DiedAfter(nounEnd) ? "deaths" : unit;
        }

        // "11 of the 312 workers living there were injured": what befell them befell the part told before the whole; the
        // whole counts what it names.
        if (unit is not null && WholeOfPart(phraseStart))
        {
            return unit;
        }

        // "mengevakuasi 97 penumpang dalam keadaan selamat": an outcome right after the noun says more than the verb before.
        var scan = unit is not null ? nounEnd : after;
        if (Match(scan, Role.OutcomeAfter, out var attachedOutcome))
        {
            return attachedOutcome.Lexeme.OutcomeAfterUnit;
        }

        // "The quake killed at least 3,600 people", "injured more than 5,000", "menewaskan lima belas orang".
        if (MatchEndingAt(phraseStart, Role.OutcomeBefore, out var before))
        {
            return before.Lexeme.OutcomeBeforeUnit;
        }

        // "Tujuh orang tewas", "dua belas lainnya luka-luka", "56 people were injured", up to three words on: "Enam warga
        // masih dinyatakan hilang".
        var passed = 0;
        for (var t = 0; t < 3 && scan < _count; t++)
        {
            if (Match(scan, Role.OutcomeAfter, out var outcome))
            {
                return outcome.Lexeme.OutcomeAfterUnit;
            }

            // "killed nine Indonesians and six Malaysians and injured more than 20": a joining word right before an outcome
            // opens another predicate, whose outcome is not this figure's.
            if ((Tok(scan).Kind == TokenKind.Punct && !IsDash(scan)) || (Match(scan, Role2.NounJoiner, out var opens) && Match(opens.End, Role.OutcomeAfter, out _)))
            {
                break;
            }

            // "103 penumpang dan anak kapal diselamatkan", "Dua rakyat Malaysia disahkan maut": a noun joined to the counted
            // one and a name after it are part of what is counted.
            if (unit is not null && passed < 3 && Match(scan, Role2.NounJoiner, out var joined) && Match(joined.End, Role.UnitNoun, out var partner))
            {
                (scan, t, passed) = (partner.End, t - 1, passed + 1);
                continue;
            }

            if (unit is not null && passed < 3 && IsWord(scan) && IsNameLike(scan))
            {
                (scan, t, passed) = (scan + 1, t - 1, passed + 1);
                continue;
            }

            scan = Match(scan, Role.UnitSkip, out var skipWord) ? skipWord.End : scan + 1;
        }

        // "9.000 buruh di pabrik milik Korea kehilangan pekerjaan": further on, only a phrase of two or more words is
        // specific enough to be the outcome.
        for (var t = 0; t < 5 && scan < _count && !(Tok(scan).Kind == TokenKind.Punct && !IsDash(scan)) && !IsNumber(scan); t++, scan++)
        {
            if (Match(scan, Role.OutcomeAfter, out var outcome) && outcome.End - outcome.Start >= 2)
            {
                return outcome.Lexeme.OutcomeAfterUnit;
            }
        }

        // "raising the death toll to 16", "jumlah korban tewas mencapai 56": the count named before the figure; further back
        // when the figure is what a change led to ("The death toll from Monday's earthquake in Indonesia's West Sulawesi
        // province rose to 37").
        var changeTarget = MatchEndingAt(phraseStart, Role.ChangeTarget, out var target);
        // The reach counts words, so a date in parentheses on the way ("Kamis (22/10) malam") costs what it says.
        var countReach = changeTarget ? 22 : 14;
        for (int back = phraseStart - 1, words = 0; back >= 0 && words < countReach && !IsSentenceBreak(back); back--)
        {
            if (Match(back, Role.CountNoun, out var countNoun) && countNoun.End <= phraseStart)
            {
                return countNoun.Lexeme.CountNounUnit;
            }

            words += Tok(back).Kind == TokenKind.Punct ? 0 : 1;
        }

        // "jumlah mangsa yang ditemui meninggal dunia meningkat kepada 26 orang", "the number of people killed rose to 26",
        // "kes denggi di Johor meningkat kepada 1,402", "cases could reach 1,500": the count the subject of a change or of a
        // verb of reaching names.
        var subjectEnd = -1;
        if (changeTarget)
        {
            var verb = target.Start;
            while (verb > 0 && verb >= target.Start - 2 && !MatchEndingAt(verb, Role.ChangeVerb, out _))
            {
                verb--;
            }

            if (MatchEndingAt(verb, Role.ChangeVerb, out var change))
            {
                subjectEnd = change.Start;
            }
        }
        else if (unit is null && MatchEndingAt(phraseStart, Role2.ReachVerb, out var reach))
        {
            subjectEnd = reach.Start;
        }

        // "bringing the vehicles seized in the case to fourteen", "menjadikan jumlah yang ditahan empat orang": the count a
        // verb of bringing names, between the verb and the figure, rather than mere people.
        if (subjectEnd < 0 && (unit is null || generic))
        {
            var end = changeTarget ? target.Start : phraseStart;
            for (var back = end - 1; InClauseBack(back, end, 8); back--)
            {
                if (Match(back, Role2.CauseVerb, out var cause) && cause.End < end)
                {
                    subjectEnd = end;
                    break;
                }
            }
        }

        if (subjectEnd >= 0 && SubjectUnit(subjectEnd) is { } subject)
        {
            return subject;
        }

        // "school-meal poisoning cases near 600", "arrests top 200": a counted noun right before a figure that names none.
        if (unit is null && MatchEndingAt(phraseStart, Role.UnitNoun, out var lead) && !MatchExact(lead.Start, lead.End, Role.GenericUnit, out _) &&
            lead.Lexeme.Unit is { } leading && !UnitScale.IsSpanOfTime(leading))
        {
            return leading;
        }

        // "jumlah prajurit ... mencapai 10.000 orang", "jumlah penumpang mencapai 143 orang", "The number of personnel ...
        // has been scaled back to about 350": the count named earlier in the sentence; for a figure without any noun, only
        // a few words before it ("Jumlah pengguna terjejas kini dianggarkan 2.36 juta").
        var introReach = unit is not null || changeTarget ? 20 : 8;
        // The reach counts words, not the commas of an apposition ("jumlah perusahaan pemegang persetujuan ekspor versi KKP,
        // yakni 12").
        for (int back = phraseStart - 1, words = 0; back >= 0 && words < introReach && !IsSentenceBreak(back); back--)
        {
            words += Tok(back).Kind == TokenKind.Punct ? 0 : 1;
            if (Match(back, Role.CountIntro, out var intro) && intro.End < phraseStart)
            {
                for (var n = intro.End; n <= intro.End + 1 && n < phraseStart; n++)
                {
                    if (Match(n, Role.UnitNoun, out var named) && !string.Equals(named.Lexeme.Unit, unit, StringComparison.Ordinal) &&
                        (unit is null || !MatchExact(named.Start, named.End, Role.GenericUnit, out _) || !string.Equals(named.Lexeme.Unit, "people", StringComparison.Ordinal)))
                    {
                        return named.Lexeme.Unit;
                    }
                }
            }
        }

        return unit;
    }
}
