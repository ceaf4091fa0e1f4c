using Extraction.Tagging;

namespace Extraction.Training;

/// <summary>
/// Textbook averaged perceptron over hashed feature buckets: each weight keeps its running total and the time of its
/// last change, so averaging is exact without touching every weight at every step.
/// </summary>
internal sealed class PerceptronTrainer
{
    private readonly int _labels;
    private readonly int _bits;
    private readonly float[] _weights;
    private readonly double[] _totals;
    private readonly int[] _stamps;
    private int _time;

    public PerceptronTrainer(int labels, int bucketBits)
    {
        _labels = labels;
        _bits = bucketBits;
        var size = (1 << bucketBits) * labels;
        _weights = new float[size];
        _totals = new double[size];
        _stamps = new int[size];
    }

    /// <summary>Current (not averaged) scores.</summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
        {
            var row = FeatureHash.Bucket(f, _bits) * _labels;
            for (var c = 0; c < _labels; c++) scores[c] += _weights[row + c];
        }
    }

    /// <summary>One training instance: moves weights toward <paramref name="truth"/> and away from <paramref name="guess"/>.</summary>
    public void Update(ReadOnlySpan<uint> features, int truth, int guess)
    {
        _time++;
        if (truth == guess) return;
        foreach (var f in features)
        {
            var row = FeatureHash.Bucket(f, _bits) * _labels;
            Change(row + truth, 1f);
            Change(row + guess, -1f);
        }
    }

    private void Change(int index, float delta)
    {
        _totals[index] += (double)(_time - _stamps[index]) * _weights[index];
        _stamps[index] = _time;
        _weights[index] += delta;
    }

    /// <summary>The averaged weights, with magnitudes under <paramref name="prune"/> set to zero.</summary>
    public float[] Averaged(float prune)
    {
        var result = new float[_weights.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var total = _totals[i] + (double)(_time - _stamps[i]) * _weights[i];
            var value = (float)(total / Math.Max(1, _time));
            result[i] = Math.Abs(value) < prune ? 0f : value;
        }
        return result;
    }
}
