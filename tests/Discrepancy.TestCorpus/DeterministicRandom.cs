namespace Discrepancy.TestCorpus;

/// <summary>
/// A <see cref="Random"/> whose sequence is fixed by this file alone: SplitMix64 (Steele, Lea and Flood, 2014) with
/// multiply-shift range reduction, using only integer arithmetic. A seeded <c>new Random(seed)</c> is stable in
/// practice, but .NET documents that its algorithm may change between major versions; the benchmark corpus must be
/// byte-for-byte identical on every machine, runtime and culture, so the generator owns its algorithm.
/// </summary>
public sealed class DeterministicRandom : Random
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    private ulong _state;

    /// <summary>Creates a generator whose whole sequence is determined by <paramref name="seed"/>.</summary>
    public DeterministicRandom(int seed)
        : base(seed)
    {
        // Scramble the seed once so that neighbouring seeds (1, 2, 3...) start far apart.
        _state = Mix(((ulong)(uint)seed * Golden) ^ 0xD1B54A32D192ED03UL);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        _state += Golden;
        return Mix(_state);
    }

    /// <inheritdoc />
    public override int Next()
    {
        while (true)
        {
            var value = (int)(NextUInt64() >> 33);
            if (value != int.MaxValue)
            {
                return value;
            }
        }
    }

    /// <inheritdoc />
    public override int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (int)Below((ulong)maxValue);
    }

    /// <inheritdoc />
    public override int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return (int)(minValue + (long)Below((ulong)((long)maxValue - minValue)));
    }

    /// <inheritdoc />
    public override long NextInt64()
    {
        while (true)
        {
            var value = (long)(NextUInt64() >> 1);
            if (value != long.MaxValue)
            {
                return value;
            }
        }
    }

    /// <inheritdoc />
    public override long NextInt64(long maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (long)Below((ulong)maxValue);
    }

    /// <inheritdoc />
    public override long NextInt64(long minValue, long maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return minValue + (long)Below((ulong)maxValue - (ulong)minValue);
    }

    /// <inheritdoc />
    public override double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <inheritdoc />
    public override float NextSingle() => (NextUInt64() >> 40) * (1.0f / (1U << 24));

    /// <inheritdoc />
    public override void NextBytes(byte[] buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        NextBytes(buffer.AsSpan());
    }

    /// <inheritdoc />
    public override void NextBytes(Span<byte> buffer)
    {
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = (byte)(NextUInt64() >> 56);
        }
    }

    /// <inheritdoc />
    protected override double Sample() => NextDouble();

    /// <summary>A value in [0, <paramref name="bound"/>) by Lemire's multiply-shift with rejection (no modulo bias).</summary>
    private ulong Below(ulong bound)
    {
        if (bound <= 1)
        {
            return 0;
        }

        var threshold = (0UL - bound) % bound;
        while (true)
        {
            var x = NextUInt64();
            var high = Math.BigMul(x, bound, out var low);
            if (low >= threshold)
            {
                return high;
            }
        }
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
