using Extraction.Lexicons;
using Extraction.Patterns;
using Extraction.Tagging;

namespace Extraction.Tests.Patterns;

public sealed class TokenPatternTests
{
    private static readonly WordSets Sets = WordSets.From([ResourceTable.Parse("test.tsv",
        new StringReader("set\twords\twhy\nsigning-participles\tsigné|signée|paraphé\ttest\n"))]);

    private static TokenPattern Compile(string pattern, string name = "p") =>
        new PatternCompiler(s => Sets.Names.Contains(s) ? Sets[s] : null).Compile(name, PatternKind.NameBoundary, pattern);

    /// <summary>The first match of <paramref name="pattern"/> in <paramref name="text"/>, as "match|capture=text|…".</summary>
    private static string First(string pattern, string text, bool[]? names = null)
    {
        var match = PatternSet.Matches(Compile(pattern), PatternTestDocuments.Bare(text, names)).FirstOrDefault();
        return match is null ? "none" : string.Join("|", new[] { match.Text }.Concat(match.Captures.Select(c => $"{c.Name}={c.Text}")));
    }

    [TestCase("signé par", "L'accord a été signé par Paris.", "signé par")]
    [TestCase("@signing-participles par", "Le texte est paraphé par Rome.", "paraphé par")]
    [TestCase("signé|signée par", "La charte est signée par Rome.", "signée par")]
    [TestCase("Cap Cap", "hier Jean Dupont parlait", "Jean Dupont")]
    [TestCase("ALLCAPS", "le président SASSOU parlait", "SASSOU")]
    [TestCase("Lower Cap", "Jean voit Paul", "voit Paul")]
    [TestCase("_ _ Punct", "Il dit non.", "dit non .")]
    [TestCase("\\( Cap \\)", "le parti (Renouveau) vote", "(Renouveau)")]
    [TestCase("Signing Lower", "Les deux ministres ont paraphé hier la convention.", "paraphé hier")]
    [TestCase("Signing", "Le texte a été adopté puis ratifié.", "none")]
    public void PredicatesMatchTheirTokens(string pattern, string text, string expected) =>
        Assert.That(First(pattern, text), Is.EqualTo(expected.Replace(" .", ".")));

    // An attempt is rejected early unless the token it would consume first passes a first test; a pattern that can
    // begin with an optional element, a run or an anchor must still find what a full attempt finds.
    [TestCase("le? Cap", "alors Jean vint", "Jean")]
    [TestCase("( le | la ) Cap", "voici la Chine", "la Chine")]
    [TestCase("(?<art>le)? Cap", "voici le Chien", "le Chien|art=le")]
    [TestCase("Cap*+ vint", "alors Jean Paul vint", "Jean Paul vint")]
    [TestCase("^ Cap", "alors Jean vint. Paul part", "Paul")]
    [TestCase("Cap $", "Jean vint voir Paul", "Paul")]
    [TestCase("Cap Cap", "Jean. Paul", "none")] // the first test passes, the sentence ends
    public void AttemptsAreFilteredByTheirFirstToken(string pattern, string text, string expected) =>
        Assert.That(First(pattern, text), Is.EqualTo(expected));

    [TestCase("Cap+", "alors Jean Paul Marie Dupont vint", "Jean Paul Marie Dupont")]
    [TestCase("le Cap*", "le chien", "le")]
    [TestCase("le Cap?", "le Chien Noir", "le Chien")]
    [TestCase("Cap{2}", "alors Jean Paul Marie vint", "Jean Paul")]
    [TestCase("Cap{2,3}", "alors Jean Paul Marie Dupont vint", "Jean Paul Marie")]
    [TestCase("Cap{2,}", "alors Jean Paul Marie Dupont vint", "Jean Paul Marie Dupont")]
    [TestCase("Cap{3}", "alors Jean Paul vint", "none")]
    public void QuantifiersAreGreedyAndBounded(string pattern, string text, string expected) =>
        Assert.That(First(pattern, text), Is.EqualTo(expected));

    [Test]
    public void TheLongestAlternativeWinsThenTheFirst()
    {
        Assert.That(First("( chef | chef de l' ) Cap", "le chef de l'Etat parlait"), Is.EqualTo("chef de l'Etat"));
        Assert.That(First("(?<a>Cap) | (?<b>Cap)", "alors Jean vint"), Is.EqualTo("Jean|a=Jean"));
    }

    [Test]
    public void GreedyQuantifiersBacktrackToLetTheRestMatch() =>
        Assert.That(First("(?<first>Cap+) (?<last>Cap)", "alors Jean Paul Dupont vint"), Is.EqualTo("Jean Paul Dupont|first=Jean Paul|last=Dupont"));

    [Test]
    public void TheLeftmostMatchComesFirstAndMatchesDoNotOverlap()
    {
        var matches = PatternSet.Matches(Compile("Cap Cap?"), PatternTestDocuments.Bare("Jean Paul Marie vint avec Luc")).Select(m => m.Text);
        Assert.That(matches, Is.EqualTo(new[] { "Jean Paul", "Marie", "Luc" }));
    }

    [Test]
    public void NamedCapturesReportTheirTokenRanges()
    {
        var document = PatternTestDocuments.Bare("Le texte est signé par Jean Dupont et Ana Ruiz.");
        var match = PatternSet.Matches(Compile("signé par (?<first>Cap+) et (?<second>Cap+)"), document).Single();
        Assert.That(match.Capture("first")!.Text, Is.EqualTo("Jean Dupont"));
        Assert.That(match.Capture("second")!.Text, Is.EqualTo("Ana Ruiz"));
        Assert.That(match.Capture("second")!.EndToken - match.Capture("second")!.FirstToken, Is.EqualTo(2));
    }

    [Test]
    public void NegationExcludesTokens()
    {
        Assert.That(First("!Cap&Word Cap", "Jean voit Paul"), Is.EqualTo("voit Paul"));
        Assert.That(First("!le Cap", "le Chien et un Chat"), Is.EqualTo("un Chat"));
    }

    [Test]
    public void AnchorsHoldAtTheSentenceBounds()
    {
        Assert.That(First("^ Cap", "Jean vint. Paul partit."), Is.EqualTo("Jean"));
        Assert.That(First("Cap $", "Jean vint voir Paul"), Is.EqualTo("Paul"));
        Assert.That(First("^ par Cap", "Il vint par Paris."), Is.EqualTo("none"));
    }

    [Test]
    public void AMatchStaysInsideItsSentence() =>
        Assert.That(First("vint Punct Cap", "Jean vint. Paul partit."), Is.EqualTo("none"));

    [Test]
    public void LayersAndTagsAreTested()
    {
        var names = new[] { false, true, true, false };
        Assert.That(First("InName+", "Hier Jean Dupont parlait", names), Is.EqualTo("Jean Dupont"));
        var pos = new[] { UposTag.DET, UposTag.PROPN, UposTag.VERB };
        var document = PatternTestDocuments.Bare("Le Maroc vote", pos: pos);
        Assert.That(PatternSet.Matches(Compile("POS=PROPN POS=VERB"), document).Single().Text, Is.EqualTo("Maroc vote"));
        Assert.That(First("Honorific Cap", "Selon M. Dupont"), Is.EqualTo("M. Dupont"));
        Assert.That(First("Initial", "John F. Kennedy"), Is.EqualTo("F."));
    }

    [Test]
    public void NoMatchGivesMinusOne()
    {
        var pattern = Compile("signé par");
        Span<int> captures = stackalloc int[pattern.SlotCount];
        Assert.That(pattern.MatchAt(PatternTestDocuments.Bare("Rien ici."), 0, captures), Is.EqualTo(-1));
    }

    [Test]
    public void NestedLoopsStayLinear()
    {
        var text = string.Join(" ", Enumerable.Repeat("Jean", 400)) + " vint";
        Assert.That(First("(Cap* Cap*)* vint", text), Does.EndWith("vint"));
    }

    [Test]
    public void BetweenPatternsTheLongestWinsThenTheFirstListed()
    {
        var set = new PatternSet("test", [Compile("chef", "short"), Compile("chef de l' Cap", "long"), Compile("chef de l' Cap", "same"), Compile("!chef", "other")]);
        var document = PatternTestDocuments.Bare("le chef de l'Etat parlait");
        Assert.That(set.LongestAt(document, 1, PatternKind.NameBoundary)!.Pattern, Is.EqualTo("long"));
        Assert.That(set.LongestAt(document, 1, PatternKind.Role), Is.Null);
        Assert.That(set.MatchesAt("short", document, 1) && !set.MatchesAt("short", document, 0), Is.True);
        Assert.That(() => set["missing"], Throws.TypeOf<InvalidDataException>().With.Message.Contains("No pattern 'missing' in test"));
    }

    [Test]
    public void AMatchSpansAtMostMaxMatchTokens()
    {
        var text = string.Join(" ", Enumerable.Repeat("Jean", 5000));
        Assert.That(First("Cap+", text).Split(' '), Has.Length.EqualTo(TokenPattern.MaxMatchTokens));
        var anchored = PatternSet.Matches(Compile("Cap+ $"), PatternTestDocuments.Bare(text)).First();
        Assert.That(anchored.FirstToken, Is.EqualTo(5000 - TokenPattern.MaxMatchTokens), "the sentence end is out of reach before");
    }

    [Test]
    public void OneCompiledPatternServesSeveralThreads()
    {
        var pattern = Compile("(?<who>Cap+) et (?<other>Cap+)");
        var expected = PatternSet.Matches(pattern, PatternTestDocuments.Bare("Hier Jean Dupont et Ana Ruiz et Paul Roy sont venus.")).Select(m => m.ToString()).ToArray();
        var results = new string[8][];
        Parallel.For(0, results.Length, k =>
            results[k] = PatternSet.Matches(pattern, PatternTestDocuments.Bare("Hier Jean Dupont et Ana Ruiz et Paul Roy sont venus.")).Select(m => m.ToString()).ToArray());
        Assert.That(expected, Has.Length.EqualTo(1));
        Assert.That(results, Has.All.EqualTo(expected));
    }

    [Test]
    public void APossessiveRunTakesEveryPassingTokenAndGivesNoneBack()
    {
        Assert.That(First("par (?<agents>!;*+)", "Signé par Jean Dupont et Ana Ruiz ; Paul vint."), Is.EqualTo("par Jean Dupont et Ana Ruiz|agents=Jean Dupont et Ana Ruiz"));
        // a greedy * gives one token back to let "Cap" match; a possessive run keeps it and the pattern fails
        Assert.That(First("vint _* Cap", "vint Jean Paul"), Is.EqualTo("vint Jean Paul"));
        Assert.That(First("vint _*+ Cap", "vint Jean Paul"), Is.EqualTo("none"));
        Assert.That(First("vint !Cap*+", "vint Jean"), Is.EqualTo("vint"), "a run may take no token");
    }

    [Test]
    public void APatternWithAPossessiveRunReachesTheEndOfItsSentence()
    {
        var text = "par " + string.Join(" ", Enumerable.Repeat("Jean", 5000)) + " ; Paul";
        var match = PatternSet.Matches(Compile("par (?<agents>!;*+) ;"), PatternTestDocuments.Bare(text)).Single();
        Assert.That(match.Capture("agents")!.EndToken - match.Capture("agents")!.FirstToken, Is.EqualTo(5000));
        Assert.That(First("vint !;*+ $", "Jean vint ici. Paul partit ;"), Is.EqualTo("vint ici."), "it still stops at its sentence end");
    }

    [Test]
    public void TheSpanLayersOfAViewAreTestedAndItSharesTheFacts()
    {
        var document = PatternTestDocuments.Bare("Hier le ministre Jean Dupont signa l'accord de pêche.");
        var layers = new TokenFlags[document.Tokens.Count];
        PatternDocument.Mark(layers, 1, 3, TokenFlags.InRole);
        PatternDocument.Mark(layers, 3, 5, TokenFlags.InPerson, TokenFlags.PersonStart);
        PatternDocument.Mark(layers, 6, 10, TokenFlags.InAgreement);
        var view = document.WithLayers(layers);
        string Text(string pattern, PatternDocument d) => PatternSet.Matches(Compile(pattern), d).FirstOrDefault()?.Text ?? "none";
        Assert.Multiple(() =>
        {
            Assert.That(Text("InRole+", view), Is.EqualTo("le ministre"));
            Assert.That(Text("PersonStart InPerson*", view), Is.EqualTo("Jean Dupont"));
            Assert.That(Text("!PersonStart&InPerson", view), Is.EqualTo("Dupont"));
            Assert.That(Text("InAgreement+", view), Is.EqualTo("l'accord de pêche"));
            Assert.That(Text("InPerson", document), Is.EqualTo("none"), "the document itself has no layers");
            Assert.That(view.FlagsAt(3) & ~TokenFlags.Layers, Is.EqualTo(document.FlagsAt(3) & ~TokenFlags.Layers));
        });
        Assert.That(() => document.WithLayers(new TokenFlags[2]), Throws.ArgumentException);
        Assert.That(() => document.WithLayers(Enumerable.Repeat(TokenFlags.Cap, document.Tokens.Count).ToArray()), Throws.ArgumentException.With.Message.Contains("no layer"));
    }

    /// <summary>The leftward match of <paramref name="pattern"/> back from token <paramref name="anchor"/>, as "match|capture=text|…".</summary>
    private static string Before(string pattern, string text, int anchor)
    {
        var compiled = Compile(pattern);
        var document = PatternTestDocuments.Bare(text);
        var slots = new int[compiled.SlotCount];
        var start = compiled.MatchBefore(document, anchor, slots);
        if (start < 0) return "none";
        var captures = compiled.CaptureNames.Select((name, k) => slots[2 * k] < 0 ? null : $"{name}={document.Tokens.Surface(slots[2 * k], slots[2 * k + 1])}");
        return string.Join("|", new[] { document.Tokens.Surface(start, anchor) }.Concat(captures.OfType<string>()));
    }

    [TestCase("< (?<a>Cap) (?<b>Cap) ,", "alors Jean Paul, ministre", 4, "Jean Paul,|a=Jean|b=Paul")]
    [TestCase("< Cap+ ,", "alors Jean Paul Marie, ministre", 5, "Jean Paul Marie,")]
    [TestCase("< (?<first>Cap+) (?<last>Cap)", "alors Jean Paul Dupont vint", 4, "Jean Paul Dupont|first=Jean Paul|last=Dupont")]
    [TestCase("< Cap ( et Cap )*", "Jean et Paul et Luc vinrent", 5, "Jean et Paul et Luc")]
    [TestCase("< Cap ,", "Jean vint. Paul, ministre", 4, "none")]
    [TestCase("< Cap", "Jean vint. Paul, ministre", 4, "Paul")]
    [TestCase("< ^ Cap", "alors Jean vint", 2, "none")]
    [TestCase("< !,*+ ,", "Il vint et dit , puis", 5, "Il vint et dit ,")]
    public void ALeftwardPatternIsReadInTextOrderAndMatchedBackFromItsAnchor(string pattern, string text, int anchor, string expected) =>
        Assert.That(Before(pattern, text, anchor).Replace(" ,", ","), Is.EqualTo(expected.Replace(" ,", ",")));

    [Test]
    public void ALeftwardMatchStaysInTheAnchorsSentenceAndAPatternIsMatchedOneWayOnly()
    {
        var document = PatternTestDocuments.Bare("Jean vint. Paul partit.");
        Span<int> slots = stackalloc int[0];
        var leftward = Compile("< Cap");
        Assert.That(leftward.MatchBefore(document, 3, slots), Is.EqualTo(-1), "token 3 opens its sentence: nothing before it there");
        Assert.That(leftward.MatchEndingAt(document, 1, slots), Is.EqualTo(0));
        Assert.That(leftward.Leftward && !Compile("Cap").Leftward, Is.True);
        Assert.That(() => leftward.MatchAt(document, 0, new int[0]), Throws.InvalidOperationException);
        Assert.That(() => Compile("Cap").MatchBefore(document, 1, new int[0]), Throws.InvalidOperationException);
        Assert.That(PatternSet.Matches(leftward, document).Select(m => m.Text), Is.EqualTo(new[] { "Jean", "Paul" }), "read back from each boundary, returned in text order");
    }

    [Test]
    public void RoleStartAndPersonEndAreLayersOfAView()
    {
        var document = PatternTestDocuments.Bare("Hier le ministre Jean Dupont signa.");
        var layers = new TokenFlags[document.Tokens.Count + 7]; // a pooled array may be longer than the document
        PatternDocument.Mark(layers, 2, 3, TokenFlags.InRole, TokenFlags.RoleStart);
        PatternDocument.Mark(layers, 3, 5, TokenFlags.InPerson, TokenFlags.PersonStart, TokenFlags.PersonEnd);
        var view = document.WithLayers(layers);
        string Text(string pattern) => PatternSet.Matches(Compile(pattern), view).FirstOrDefault()?.Text ?? "none";
        Assert.Multiple(() =>
        {
            Assert.That(Text("RoleStart"), Is.EqualTo("ministre"));
            Assert.That(Text("PersonEnd"), Is.EqualTo("Dupont"));
            Assert.That(Text("< PersonStart InPerson&!PersonStart* PersonEnd"), Is.EqualTo("Jean Dupont"));
        });
    }

    [Test]
    public void TheLayerAndLookupBitsDoNotOverlap()
    {
        var looked = TokenFlags.Looked;
        Assert.Multiple(() =>
        {
            Assert.That(looked & (TokenFlags.Layers | TokenFlags.Lookups | TokenFlags.Computed), Is.EqualTo(TokenFlags.None));
            Assert.That(TokenFlags.Layers & TokenFlags.Lookups, Is.EqualTo(TokenFlags.None));
            Assert.That(System.Numerics.BitOperations.PopCount((ulong)looked), Is.EqualTo(System.Numerics.BitOperations.PopCount((ulong)TokenFlags.Lookups)));
        });
    }

    [TestCase("(Cap Cap)*+", "'*+' (a possessive run) follows one token predicate")]
    [TestCase("( Cap", "unbalanced parenthesis")]
    [TestCase("Cap )", "unbalanced parenthesis")]
    [TestCase("Cap{3,1}", "bad quantifier '{3,1}'")]
    [TestCase("Cap{x}", "bad quantifier")]
    [TestCase("Cap{2", "bad quantifier")]
    [TestCase("@no-such-set", "unknown word set '@no-such-set'")]
    [TestCase("Capitalized", "unknown predicate 'Capitalized'")]
    [TestCase("POS=NOPE", "unknown POS tag 'NOPE'")]
    [TestCase("Signé", "unknown predicate")]
    [TestCase("siGné", "not folded")]
    [TestCase("Cap?", "can match no token")]
    [TestCase("( | Cap)", "empty sequence")]
    [TestCase("(?<x>Cap) (?<x>Cap)", "defined twice")]
    [TestCase("(?<X>Cap)", "bad capture name")]
    [TestCase("a||b", "empty term")]
    public void MalformedPatternsFailWithTheReason(string pattern, string reason) =>
        Assert.That(() => Compile(pattern), Throws.TypeOf<FormatException>().With.Message.Contains(reason));
}
