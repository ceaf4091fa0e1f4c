using Extraction.Internal;

namespace Extraction.Tests.Internal;

/// <summary>
/// The span-keyed lookup of the tokenizer, lexicon and tagger tables: the .NET 9+ path (what these tests run on) and the
/// .NET 8 hash table, checked against each other and against a string dictionary with the same comparer.
/// </summary>
public sealed class SpanLookupTests
{
    private static readonly KeyValuePair<string, int>[] Entries =
    [
        new("l", 1), new("jusqu", 2), new("Élysée", 3), new("é", 4), new("rendez-vous", 5), new("n°", 6), new("etc.", 7),
        new("ᵉ", 8), new("Saint-Étienne", 9), new("aujourd'hui", 10), new("ÉTÉ", 11), new("x", 12),
    ];

    private static readonly string[] Probes =
    [
        "l", "L", "jusqu", "JUSQU", "jusq", "jusqua", "Élysée", "élysée", "ÉLYSÉE", "elysee", "é", "É", "e", "rendez-vous",
        "Rendez-Vous", "n°", "N°", "etc.", "ETC.", "etc", "ᵉ", "saint-étienne", "aujourd'hui", "aujourd’hui", "été", "x", "X",
        "", " ", "l ", "absent", new string('a', 300),
    ];

    private static IEnumerable<TestCaseData> Comparisons()
    {
        yield return new TestCaseData(false).SetArgDisplayNames("ordinal");
        yield return new TestCaseData(true).SetArgDisplayNames("ordinal-ignore-case");
    }

    [TestCaseSource(nameof(Comparisons))]
    public void Both_paths_agree_with_a_string_dictionary(bool ignoreCase)
    {
        var reference = new Dictionary<string, int>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var (key, value) in Entries) reference[key] = value;
        var lookup = SpanLookup<int>.Create(Entries, ignoreCase);
        var table = new SpanHashTable<int>(Entries, ignoreCase);

        Assert.Multiple(() =>
        {
            Assert.That(lookup.Count, Is.EqualTo(reference.Count));
            Assert.That(table.Count, Is.EqualTo(reference.Count));
            foreach (var probe in Probes)
            {
                // Look up a slice of a longer buffer, as the tokenizer does, so no probe is the stored string instance.
                var span = ("«" + probe + "»").AsSpan(1, probe.Length);
                var expected = reference.TryGetValue(probe, out var value);
                Assert.That(lookup.TryGetValue(span, out var fromLookup), Is.EqualTo(expected), "SpanLookup " + probe);
                Assert.That(table.TryGetValue(span, out var fromTable), Is.EqualTo(expected), "SpanHashTable " + probe);
                Assert.That(lookup.ContainsKey(span), Is.EqualTo(expected), "SpanLookup.ContainsKey " + probe);
                Assert.That(table.ContainsKey(span), Is.EqualTo(expected), "SpanHashTable.ContainsKey " + probe);
                if (!expected) continue;
                Assert.That(fromLookup, Is.EqualTo(value), "SpanLookup value " + probe);
                Assert.That(fromTable, Is.EqualTo(value), "SpanHashTable value " + probe);
            }
        });
    }

    [TestCaseSource(nameof(Comparisons))]
    public void A_repeated_key_keeps_its_last_value_on_both_paths(bool ignoreCase)
    {
        KeyValuePair<string, int>[] entries = [new("Paris", 1), new("paris", 2), new("Paris", 3)];
        var lookup = SpanLookup<int>.Create(entries, ignoreCase);
        var table = new SpanHashTable<int>(entries, ignoreCase);
        Assert.Multiple(() =>
        {
            Assert.That(lookup.Count, Is.EqualTo(ignoreCase ? 1 : 2));
            Assert.That(table.Count, Is.EqualTo(lookup.Count));
            Assert.That(lookup.TryGetValue("PARIS", out var a) ? a : -1, Is.EqualTo(ignoreCase ? 3 : -1));
            Assert.That(table.TryGetValue("PARIS", out var b) ? b : -1, Is.EqualTo(ignoreCase ? 3 : -1));
            Assert.That(lookup.TryGetValue("Paris", out var c) ? c : -1, Is.EqualTo(3));
            Assert.That(table.TryGetValue("Paris", out var d) ? d : -1, Is.EqualTo(3));
        });
    }

    [TestCaseSource(nameof(Comparisons))]
    public void Parallel_arrays_build_the_same_table_with_an_indexer(bool ignoreCase)
    {
        var reference = new Dictionary<string, int>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var (key, value) in Entries) reference[key] = value;
        // A repeated key (the first entry again, in upper case) keeps its last value, as with the pairs.
        var keys = Entries.Select(e => e.Key).Append(Entries[0].Key.ToUpperInvariant()).ToArray();
        var values = Entries.Select(e => e.Value).Append(99).ToArray();
        reference[keys[^1]] = 99;
        var table = new SpanHashTable<int>(keys, values, ignoreCase);
        Assert.Multiple(() =>
        {
            Assert.That(table.Count, Is.EqualTo(reference.Count));
            foreach (var probe in Probes)
            {
                var span = ("«" + probe + "»").AsSpan(1, probe.Length);
                if (reference.TryGetValue(probe, out var value)) Assert.That(table[span], Is.EqualTo(value), probe);
                else Assert.That(() => table[probe.AsSpan()], Throws.TypeOf<KeyNotFoundException>(), probe);
            }
            Assert.That(() => new SpanHashTable<int>(keys, values[1..], ignoreCase), Throws.ArgumentException);
        });
    }

    [Test]
    public void Empty_and_large_tables_answer_every_probe()
    {
        var empty = new SpanHashTable<int>([], ignoreCase: true);
        Assert.That(empty.ContainsKey("x"), Is.False);
        Assert.That(SpanLookup.CreateSet([], ignoreCase: false).ContainsKey(""), Is.False);

        // Enough keys to resize many times; every stored key is found and none of the absent ones.
        var keys = Enumerable.Range(0, 20_000).Select(i => "lieu-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var set = SpanLookup.CreateSet(keys, ignoreCase: false);
        var table = new SpanHashTable<bool>(keys.Select(k => KeyValuePair.Create(k, true)), ignoreCase: false);
        Assert.Multiple(() =>
        {
            Assert.That(set.Count, Is.EqualTo(keys.Length));
            Assert.That(table.Count, Is.EqualTo(keys.Length));
            Assert.That(keys.Count(k => set.ContainsKey(k) && table.ContainsKey(k)), Is.EqualTo(keys.Length));
            Assert.That(keys.Count(k => set.ContainsKey(k + "x") || table.ContainsKey(k + "x")), Is.Zero);
        });
    }

    [Test]
    public void A_lookup_allocates_nothing_on_either_path()
    {
        var lookup = SpanLookup<int>.Create(Entries, ignoreCase: true);
        var table = new SpanHashTable<int>(Entries, ignoreCase: true);
        var text = "Il est allé jusqu'à l'ÉLYSÉE aujourd'hui.";
        var hits = 0;
        for (var i = 0; i < 10; i++) hits += Probe(lookup, table, text); // warm up (JIT, tiering)
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++) hits += Probe(lookup, table, text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(hits, Is.EqualTo(1010 * 4));
        Assert.That(allocated, Is.Zero);
    }

    private static int Probe(SpanLookup<int> lookup, SpanHashTable<int> table, string text)
    {
        var hits = 0;
        var span = text.AsSpan();
        if (lookup.ContainsKey(span.Slice(12, 5))) hits++; // jusqu
        if (table.ContainsKey(span.Slice(12, 5))) hits++;
        if (lookup.TryGetValue(span.Slice(22, 6), out _)) hits++; // ÉLYSÉE
        if (table.TryGetValue(span.Slice(22, 6), out _)) hits++;
        if (table.ContainsKey(span.Slice(0, 2))) hits++; // Il: absent
        return hits;
    }
}
