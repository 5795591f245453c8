#!/usr/bin/env bash
# Creates a new module as one folder, ready to build and test:
#
#   scripts/new-module.sh NAME 中文名 [LAYER]     e.g. scripts/new-module.sh Returns 售后 Channels
#
# NAME is PascalCase (Returns, FlashSale); LAYER is a ModuleLayer (default Channels: see
# src/BuildingBlocks/SharedWarehouse.BuildingBlocks/Modules/ModuleLayer.cs and docs/adr/0012-module-kit.md).
# It writes src/Modules/NAME/ (module and Contracts projects, IModule with its layer, DbContext in schema
# lower(NAME), a first query through the dispatcher, an admin page with its navigation entry, English texts),
# its slice tests (SQLite and PostgreSQL) and web tests, the Initial migration for both providers, and adds the
# projects to SharedWarehouse.sln and the module to ModulesRegistry.cs (the one line outside the folder).
# Then: bash scripts/test.sh, or build and run the generated tests (the script prints the commands).
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
name=${1:-}; title=${2:-}; layer=${3:-Channels}
[ -n "$name" ] && [ -n "$title" ] || usage
[[ $name =~ ^[A-Z][A-Za-z0-9]+$ ]] || { echo "NAME must be PascalCase letters and digits: $name" >&2; exit 2; }
grep -q "^    $layer,$" src/BuildingBlocks/SharedWarehouse.BuildingBlocks/Modules/ModuleLayer.cs \
  || { echo "unknown layer $layer (see ModuleLayer.cs)" >&2; exit 2; }
[ ! -e "src/Modules/$name" ] || { echo "src/Modules/$name already exists" >&2; exit 2; }

schema=$(tr '[:upper:]' '[:lower:]' <<<"$name")
slug=$(sed -E 's/([a-z0-9])([A-Z])/\1-\2/g' <<<"$name" | tr '[:upper:]' '[:lower:]')
ns=SharedWarehouse.Modules.$name
dir=src/Modules/$name/$ns
contracts=src/Modules/$name/$ns.Contracts
mkdir -p "$dir/Data" "$dir/Features/Overview" "$dir/Web" "$dir/Areas/Admin/Controllers" "$dir/Areas/Admin/Views/$name" "$contracts"

cat >"$dir/$ns.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk.Razor">
  <!-- ASP.NET Core, the own Contracts, the English texts and the test projects' access come from
       src/Modules/Directory.Build.targets. Add here only packages and the Contracts of lower-layer modules. -->
</Project>
EOF

cat >"$contracts/$ns.Contracts.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <!-- What other modules may see of $name: integration events, read APIs and DTOs. -->
</Project>
EOF

cat >"$dir/${name}Module.cs" <<EOF
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Web;
using $ns.Data;
using $ns.Web;

namespace $ns;

/// $title.
public sealed class ${name}Module : IModule
{
    public string Name => "$name";
    public string Schema => ${name}DbContext.SchemaName;
    public ModuleLayer Layer => ModuleLayer.$layer;
    public Type DbContextType => typeof(${name}DbContext);

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<${name}DbContext>(Schema);
        services.AddRequestHandlersFrom(typeof(${name}Module).Assembly);
        services.AddScoped<INavigationContributor, ${name}Navigation>();
    }
}
EOF

cat >"$dir/Data/${name}DbContext.cs" <<EOF
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Persistence;

namespace $ns.Data;

/// The module's tables, all in schema "$schema" (SQLite: prefix "${schema}_"), with its outbox and inbox.
public sealed class ${name}DbContext(DbContextOptions<${name}DbContext> options) : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "$schema";
}
EOF

cat >"$dir/Features/Overview/Get${name}Overview.cs" <<EOF
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using $ns.Data;

namespace $ns.Features.Overview;

/// What the admin page shows: the events this module has published that still wait for delivery.
public sealed record Get${name}Overview : IQuery<${name}Overview>;

public sealed record ${name}Overview(int UndeliveredEvents);

internal sealed class Get${name}OverviewHandler(${name}DbContext db) : IRequestHandler<Get${name}Overview, ${name}Overview>
{
    public async Task<${name}Overview> Handle(Get${name}Overview request, CancellationToken ct) =>
        new(await db.OutboxMessages.CountAsync(m => m.ProcessedUtc == null, ct));
}
EOF

cat >"$dir/Web/${name}Navigation.cs" <<EOF
using System.Security.Claims;
using SharedWarehouse.BuildingBlocks.Web;

namespace $ns.Web;

internal sealed class ${name}Navigation : INavigationContributor
{
    public Task<IEnumerable<NavItem>> GetItemsAsync(ClaimsPrincipal user, CancellationToken ct) =>
        Task.FromResult<IEnumerable<NavItem>>(user.IsInRole(Roles.Admin) ? [new NavItem(NavArea.Admin, NavSection.Home, "$title", "/admin/$slug", 90)] : []);
}
EOF

cat >"$dir/Areas/_ViewImports.cshtml" <<EOF
@using SharedWarehouse.BuildingBlocks.Web
@using $ns.Features.Overview
@using Microsoft.AspNetCore.Mvc.Localization
@inject IViewLocalizer L
@addTagHelper *, Microsoft.AspNetCore.Mvc.TagHelpers
EOF

cat >"$dir/Areas/Admin/Controllers/${name}Controller.cs" <<EOF
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using $ns.Features.Overview;

namespace $ns.Areas.Admin.Controllers;

[Area("Admin")]
[Authorize(Roles = Roles.Admin)]
[Route("admin/$slug")]
public sealed class ${name}Controller(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await sender.Send(new Get${name}Overview(), ct));
}
EOF

cat >"$dir/Areas/Admin/Views/$name/Index.cshtml" <<EOF
@model ${name}Overview
@{ ViewData["Title"] = L["$title"].Value; }
<h1 class="h3 mb-3" data-testid="module-title">@L["$title"]</h1>
<p>@L["待投递的模块事件"]: <span data-testid="undelivered">@Model.UndeliveredEvents</span></p>
EOF

cat >"$dir/i18n.en-US.json" <<EOF
{
  "$title": "$(sed -E 's/([a-z0-9])([A-Z])/\1 \2/g' <<<"$name")",
  "待投递的模块事件": "Module events waiting for delivery"
}
EOF

mkdir -p "tests/SharedWarehouse.SliceTests/$name"
cat >"tests/SharedWarehouse.SliceTests/$name/${name}OverviewSlices.cs" <<EOF
using $ns.Features.Overview;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.$name;

/// The module's first query runs through the real dispatcher on its migrated schema, on both providers.
public abstract class ${name}OverviewSlices(AppFixture app)
{
    [Fact]
    public async Task A_new_module_has_no_undelivered_events()
    {
        (await app.SendAsync(new Get${name}Overview())).UndeliveredEvents.ShouldBe(0);
    }
}

public sealed class ${name}OverviewSlicesOnSqlite(SqliteApp app) : ${name}OverviewSlices(app), IClassFixture<SqliteApp>;

public sealed class ${name}OverviewSlicesOnPostgreSql(PostgreSqlApp app) : ${name}OverviewSlices(app), IClassFixture<PostgreSqlApp>;
EOF

cat >"tests/SharedWarehouse.WebTests/${name}PageTests.cs" <<EOF
using System.Net;
using SharedWarehouse.WebTests.Infrastructure;

namespace SharedWarehouse.WebTests;

[Collection(WebCollection.Name)]
public sealed class ${name}PageTests(SharedWarehouseFactory factory)
{
    [Fact]
    public async Task An_admin_opens_the_page_from_the_menu_and_a_buyer_is_refused()
    {
        var admin = await factory.AdminAsync();
        var home = await admin.GetAsync("/admin");
        home.Document.QuerySelector("a[href='/admin/$slug']").ShouldNotBeNull("the admin menu links the module's page");
        var page = await admin.GetAsync("/admin/$slug");
        page.Status.ShouldBe(HttpStatusCode.OK, page.ToString());
        page.TestId("module-title").ShouldBe("$title");

        var buyer = await factory.BuyerAsync();
        (await buyer.GetAsync("/admin/$slug")).Location!.ShouldStartWith("/account/denied");
    }
}
EOF

# The one line outside the folder: the host runs the module (ModuleKitTests fail until it does).
registry=src/Host/SharedWarehouse.Web/ModulesRegistry.cs
python3 - "$registry" "$name" <<'EOF'
import sys
path, name = sys.argv[1], sys.argv[2]
text = open(path).read()
text = text.replace("\nnamespace SharedWarehouse.Web;", f"using SharedWarehouse.Modules.{name};\n\nnamespace SharedWarehouse.Web;", 1).replace("\n\nusing SharedWarehouse.Modules", "\nusing SharedWarehouse.Modules", 1)
text = text.replace("\n    ];", f"\n        new {name}Module(),\n    ];", 1)
open(path, "w").write(text)
EOF

dotnet sln SharedWarehouse.sln add --solution-folder "src/Modules/$name" "$dir/$ns.csproj" "$contracts/$ns.Contracts.csproj" >/dev/null
bash scripts/add-migration.sh Initial "$name"

echo
echo "Module $name created. Files outside src/Modules/$name:"
git status --porcelain -- . ":!src/Modules/$name" | sed 's/^/  /'
echo "Next: dotnet build tests/SharedWarehouse.WebTests -c Release && dotnet test tests/SharedWarehouse.WebTests -c Release --no-build --filter ${name}PageTests"
