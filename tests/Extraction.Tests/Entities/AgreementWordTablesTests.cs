using Extraction.Entities;
using Extraction.Lexicons;
using Extraction.Patterns;
using Extraction.Relations;
using Extraction.Temporal;

namespace Extraction.Tests.Entities;

/// <summary>The shape of the agreement stages' word-set tables: they load, every set the stages ask for exists, no set is empty or repeats an entry.</summary>
public sealed class AgreementWordTablesTests
{
    private static readonly string[] Tables = [AgreementMentionFinder.WordsResource, AgreementAssembler.WordsResource];

    [Test]
    public void The_stages_find_every_set_they_ask_for() => Assert.Multiple(() =>
    {
        // the constructors read every set they use: a renamed or missing set throws here
        Assert.That(() => new AgreementMentionFinder(EntityLexicon.Default, WordSets.Load(AgreementMentionFinder.WordsResource), TemporalDefinitions.Default), Throws.Nothing);
        Assert.That(() => new AgreementAssembler(EntityLexicon.Default, WordSets.Load(AgreementAssembler.WordsResource)), Throws.Nothing);
    });

    [TestCaseSource(nameof(Tables))]
    public void Every_set_is_non_empty_without_repeated_entries_and_says_why(string resource)
    {
        var table = ResourceTable.Load(resource);
        var sets = WordSets.From([table]);
        int setColumn = table.Column("set"), whyColumn = table.Column("why");
        Assert.Multiple(() =>
        {
            Assert.That(sets.Names, Is.Not.Empty);
            foreach (var name in sets.Names)
            {
                Assert.That(sets[name], Is.Not.Empty, name);
                Assert.That(sets.Ordered(name), Is.Unique, name);
            }
            foreach (var row in table.Rows)
                Assert.That(row[whyColumn].Trim(), Is.Not.Empty, row[setColumn]);
        });
    }

    [Test]
    public void A_stage_over_a_table_missing_one_of_its_sets_fails_at_construction()
    {
        var table = ResourceTable.Parse("tiny.tsv", new StringReader("set\twords\twhy\ndemonstratives\tce | cet\ttest\n"));
        Assert.That(() => new AgreementMentionFinder(EntityLexicon.Default, WordSets.From([table]), TemporalDefinitions.Default),
            Throws.TypeOf<InvalidDataException>().With.Message.Contains("tiny.tsv"));
    }

    [Test]
    public void The_assembler_over_a_patterns_file_missing_one_of_its_rows_fails_at_construction()
    {
        const string Tiny = "name\tpattern\tproduces\texample\texpected\n"
                            + "pair-of-parties\tdeux (?<parties>pays)\tparty-list\tLes deux pays ont signé.\tparties=pays\n";
        var patterns = new PatternSet("tiny.tsv", PatternFile.Parse("tiny.tsv", new StringReader(Tiny), null).Select(r => r.Pattern).ToArray());
        Assert.That(() => new AgreementAssembler(EntityLexicon.Default, WordSets.Load(AgreementAssembler.WordsResource), patterns),
            Throws.TypeOf<InvalidDataException>().With.Message.Contains("tiny.tsv"));
    }
}
