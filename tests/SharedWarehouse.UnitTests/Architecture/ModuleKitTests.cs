using System.Text.RegularExpressions;
using SharedWarehouse.Web;

namespace SharedWarehouse.UnitTests.Architecture;

/// A module is one folder under src/Modules: the build finds its projects by convention (src/Modules/Directory.Build.*,
/// wildcard references in the host and the migrations projects), the scripts find it from the folders. The lists that
/// still exist (the registry, the solution, the migrations folders) must name every module folder, and nothing may
/// quietly repeat the convention in a module's own .csproj, where copies drift.
public sealed partial class ModuleKitTests
{
    private static readonly DirectoryInfo Root = RepositoryRoot.Directory;

    private static IReadOnlyList<string> Folders { get; } =
        Directory.GetDirectories(Path.Combine(Root.FullName, "src", "Modules")).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> ModuleFolders => new(Folders);

    [Fact]
    public void The_registry_runs_exactly_the_module_folders()
    {
        string.Join(", ", ModulesRegistry.All.Select(m => m.Name).Order(StringComparer.Ordinal))
            .ShouldBe(string.Join(", ", Folders), "ModulesRegistry.All against the folders of src/Modules");
    }

    [Theory]
    [MemberData(nameof(ModuleFolders))]
    public void A_module_folder_holds_its_project_its_English_texts_and_is_in_the_solution(string module)
    {
        var project = $"SharedWarehouse.Modules.{module}";
        var folder = Path.Combine(Root.FullName, "src", "Modules", module, project);
        File.Exists(Path.Combine(folder, project + ".csproj")).ShouldBeTrue($"{folder}/{project}.csproj");
        File.Exists(Path.Combine(folder, "i18n.en-US.json")).ShouldBeTrue($"{folder}/i18n.en-US.json");

        var solution = File.ReadAllText(Path.Combine(Root.FullName, "SharedWarehouse.sln"));
        foreach (var csproj in Directory.GetFiles(Path.Combine(Root.FullName, "src", "Modules", module), "*.csproj", SearchOption.AllDirectories))
            solution.ShouldContain(Path.GetRelativePath(Root.FullName, csproj).Replace('/', '\\'), Case.Sensitive,
                $"{csproj} is not in SharedWarehouse.sln, which scripts/test.sh builds (scripts/new-module.sh adds it)");
    }

    [Theory]
    [MemberData(nameof(ModuleFolders))]
    public void A_module_has_migrations_for_both_providers(string module)
    {
        foreach (var provider in new[] { "Sqlite", "PostgreSql" })
        {
            var folder = Path.Combine(Root.FullName, "src", "Migrations", $"SharedWarehouse.Migrations.{provider}", module);
            Directory.Exists(folder).ShouldBeTrue($"{folder} (scripts/add-migration.sh Initial {module})");
            Directory.GetFiles(folder, "*ModelSnapshot.cs").ShouldHaveSingleItem(folder);
        }
    }

    [Theory]
    [MemberData(nameof(ModuleFolders))]
    public void A_module_project_repeats_none_of_the_conventional_wiring(string module)
    {
        foreach (var csproj in Directory.GetFiles(Path.Combine(Root.FullName, "src", "Modules", module), "*.csproj", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(csproj);
            var ownContracts = Path.GetFileNameWithoutExtension(csproj) + ".Contracts.csproj";
            Conventional().Matches(text).Select(m => m.Value).ShouldBeEmpty($"{csproj}: src/Modules/Directory.Build.targets already adds these");
            text.ShouldNotContain(ownContracts, Case.Sensitive, $"{csproj}: the own Contracts reference is added by convention");
        }
    }

    [Theory]
    [InlineData("src/Host/SharedWarehouse.Web/SharedWarehouse.Web.csproj")]
    [InlineData("src/Migrations/SharedWarehouse.Migrations.Sqlite/SharedWarehouse.Migrations.Sqlite.csproj")]
    [InlineData("src/Migrations/SharedWarehouse.Migrations.PostgreSql/SharedWarehouse.Migrations.PostgreSql.csproj")]
    public void Projects_outside_the_modules_reference_them_by_the_folder_wildcard_only(string csproj)
    {
        var references = ModuleReference().Matches(File.ReadAllText(Path.Combine(Root.FullName, csproj))).Select(m => m.Groups[1].Value).ToList();
        references.ShouldBe([@"..\..\Modules\*\SharedWarehouse.Modules.*\SharedWarehouse.Modules.*.csproj"]);
    }

    [GeneratedRegex(@"<(FrameworkReference|InternalsVisibleTo|AddRazorSupportForMvc)\b|<EmbeddedResource[^>]*i18n|BuildingBlocks\.csproj""")]
    private static partial Regex Conventional();

    [GeneratedRegex(@"<ProjectReference Include=""([^""]*Modules[^""]*)""")]
    private static partial Regex ModuleReference();
}
