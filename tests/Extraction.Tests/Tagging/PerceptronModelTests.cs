using Extraction.Tagging;

namespace Extraction.Tests.Tagging;

internal sealed class PerceptronModelTests
{
    /// <summary>A model of 13 labels (the NER label count) with a few hundred random non-zero buckets.</summary>
    private static PerceptronModel RandomModel(int labels, out uint[] features)
    {
        const int bits = 10;
        var random = new Random(7);
        var weights = new float[(1 << bits) * labels];
        for (var b = 0; b < 1 << bits; b += 3)
            for (var c = 0; c < labels; c++) weights[b * labels + c] = (float)(random.NextDouble() * 2 - 1) * (c + 1);
        features = Enumerable.Range(0, 60).Select(_ => (uint)random.Next()).ToArray();
        return new PerceptronModel("test", 1, bits, Enumerable.Range(0, labels).Select(i => "L" + i).ToArray(), weights, new Dictionary<string, int>());
    }

    [TestCase(13)]
    [TestCase(17)]
    [TestCase(8)]
    [TestCase(30)]
    public void Padded_vector_scores_equal_scalar_scores_bit_for_bit(int labels)
    {
        var model = RandomModel(labels, out var features);
        Assert.That(model.Stride, Is.GreaterThanOrEqualTo(labels));
        var scalar = new float[labels];
        var vector = new float[model.Stride];
        model.Score(features, scalar);
        model.Score(features, vector);
        Assert.That(vector[..labels], Is.EqualTo(scalar));
        Assert.That(vector[labels..], Is.All.EqualTo(0f), "padding lanes stay zero");

        // The scalar reference: the same additions, feature by feature, in order.
        var expected = new float[labels];
        foreach (var f in features)
        {
            var row = model.Row(FeatureHash.Bucket(f, model.BucketBits));
            for (var c = 0; c < labels; c++) expected[c] += row[c];
        }
        Assert.That(scalar, Is.EqualTo(expected));
    }

    [TestCase(13)]
    [TestCase(17)]
    [TestCase(30)]
    public void Adding_onto_start_scores_equals_copying_them_then_adding(int labels)
    {
        var model = RandomModel(labels, out var features);
        var start = new float[model.Stride];
        model.Score(features[..40], start);
        var copied = start.ToArray();
        model.Add(features[40..], copied);
        var written = new float[model.Stride];
        model.Add(features[40..], start, written);
        var scalar = new float[labels];
        model.Add(features[40..], start.AsSpan(0, labels), scalar);
        Assert.Multiple(() =>
        {
            Assert.That(written, Is.EqualTo(copied));
            Assert.That(scalar, Is.EqualTo(copied[..labels]));
            Assert.That(start, Is.Not.EqualTo(copied), "the start scores are not changed");
        });
    }

    [Test]
    public void Rows_survive_a_write_and_read()
    {
        var model = RandomModel(13, out _);
        using var file = new MemoryStream();
        model.Write(file);
        file.Position = 0;
        var reread = PerceptronModel.Read(file, "memory", "test", 1);
        Assert.That(reread.RowCount, Is.EqualTo(model.RowCount));
        for (var b = 0; b < 1 << model.BucketBits; b++)
            Assert.That(reread.Row(b).ToArray(), Is.EqualTo(model.Row(b).ToArray().Select(w => (float)(Half)w).ToArray()));
    }
}
