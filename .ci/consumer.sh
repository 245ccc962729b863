#!/usr/bin/env bash
# Consumer check: the packages work for someone outside this repository.
# 1. pack Discrepancy and Discrepancy.Cli to a temp folder and check what is inside;
# 2. a throwaway console app (outside the repository) adds Discrepancy from that folder, uses services.AddDiscrepancy()
#    to normalize an Indonesian and an English sentence and to check two short articles; the claims must appear;
# 3. the tool installs from that folder alone and `discrepancy check --format json` prints a discrepancy-report/1.
# Package sources: the temp folder is added beside the machine's own sources (no URL is written anywhere).
# The packages get a unique prerelease version so no cached or published package can stand in for the fresh one.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd -P)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work="$(mktemp -d "${TMPDIR:-/tmp}/discrepancy-consumer.XXXXXX")"
work="$(cd "$work" && pwd -P)"
case "$work/" in "$repo"/*) echo "FAIL: temp folder $work is inside the repository"; exit 1 ;; esac

base_version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' src/Discrepancy/Discrepancy.csproj | head -1)"
version="${base_version:-0.0.0}-consumer.$(date -u +%s).$$"
global_packages="$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: *//p' | head -1)"
cleanup() {
  rm -rf "$work"
  # Only the entries this run created (the version is unique to it).
  if [ -n "$global_packages" ]; then
    rm -rf "$global_packages/discrepancy/$version" "$global_packages/discrepancy.cli/$version"
    rmdir "$global_packages/discrepancy" "$global_packages/discrepancy.cli" 2>/dev/null || true
  fi
}
trap cleanup EXIT

step() { printf '\n== consumer [%ss]: %s\n' "$((SECONDS - started))" "$*"; }
check() { printf '   ok: %s\n' "$*"; }
fail() { printf 'FAIL (consumer): %s\n' "$*"; exit 1; }
started=$SECONDS

feed="$work/feed"
mkdir -p "$feed"

step "pack Discrepancy and Discrepancy.Cli $version to $feed"
# bin/obj go to the temp folder (the repository's own build output is left alone). Analyzers are skipped here only:
# they do not change the output, and .ci/run's test and CLI build steps already run them (halves the pack time).
pack() { dotnet pack "$1" -c Release -o "$feed" -p:Version="$version" -p:RunAnalyzers=false --artifacts-path "$work/artifacts" -v q -nologo; }
pack src/Discrepancy
pack src/Discrepancy.Cli
for file in "Discrepancy.$version.nupkg" "Discrepancy.$version.snupkg" "Discrepancy.Cli.$version.nupkg"; do
  [ -f "$feed/$file" ] || fail "$file was not produced"
  check "$file"
done

python3 - "$feed" "$version" <<'PY'
import re, sys, zipfile
feed, version = sys.argv[1], sys.argv[2]
problems = []

def nuspec(z):
    name = next(n for n in z.namelist() if n.endswith(".nuspec"))
    return z.read(name).decode("utf-8")

def need(condition, what):
    if condition:
        print(f"   ok: {what}")
    else:
        problems.append(what)

with zipfile.ZipFile(f"{feed}/Discrepancy.{version}.nupkg") as z:
    names = set(z.namelist())
    spec = nuspec(z)
    need("README.md" in names and "<readme>README.md</readme>" in spec, "library: README.md packed and declared")
    need("lib/net10.0/Discrepancy.dll" in names, "library: lib/net10.0/Discrepancy.dll")
    need("lib/net10.0/Discrepancy.xml" in names, "library: XML docs lib/net10.0/Discrepancy.xml")
    need('<license type="expression">MIT</license>' in spec, "library: license expression MIT")
    need(re.search(r'<repository type="git"', spec) is not None, "library: repository type git")
    need(re.search(r"<tags>[^<]+</tags>", spec) is not None, "library: tags")
    need(re.search(r"<description>[^<]{20,}</description>", spec) is not None, "library: description")
    deps = set(re.findall(r'<dependency id="([^"]+)"', spec))
    need({"Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Options"} <= deps,
         "library: depends on Microsoft.Extensions.DependencyInjection.Abstractions and Microsoft.Extensions.Options")
    need("Microsoft.Extensions.DependencyInjection" not in deps, "library: does not depend on the DI container")
with zipfile.ZipFile(f"{feed}/Discrepancy.{version}.snupkg") as z:
    need("lib/net10.0/Discrepancy.pdb" in z.namelist(), "symbols: lib/net10.0/Discrepancy.pdb")
with zipfile.ZipFile(f"{feed}/Discrepancy.Cli.{version}.nupkg") as z:
    names = set(z.namelist())
    spec = nuspec(z)
    need('<packageType name="DotnetTool"' in spec, "tool: package type DotnetTool")
    need("tools/net10.0/any/DotnetToolSettings.xml" in names, "tool: DotnetToolSettings.xml")
    need("tools/net10.0/any/Discrepancy.dll" in names, "tool: carries the library (installs from one package)")
    need('<license type="expression">MIT</license>' in spec and "README.md" in names, "tool: license and README")
if problems:
    print("FAIL (consumer): package contents: " + "; ".join(problems))
    sys.exit(1)
PY

step "throwaway console app in $work/app (outside the repository)"
app="$work/app"
mkdir -p "$app"
cd "$app"
dotnet new console --name Consumer --output . --no-restore >/dev/null
# The local folder is added to the machine's sources: no <clear/>, no URL.
cat > nuget.config <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="discrepancy-consumer-local" value="$feed" />
  </packageSources>
</configuration>
EOF
di_version="$(sed -n 's/.*Include="Microsoft\.Extensions\.DependencyInjection" Version="\([^"]*\)".*/\1/p' "$repo/Directory.Packages.props")"
[ -n "$di_version" ] || fail "no Microsoft.Extensions.DependencyInjection version in Directory.Packages.props"
dotnet add package Discrepancy --version "$version" >/dev/null
check "added Discrepancy $version from the local folder"
dotnet add package Microsoft.Extensions.DependencyInjection --version "$di_version" >/dev/null
check "added Microsoft.Extensions.DependencyInjection $di_version"

cat > Program.cs <<'EOF'
using Discrepancy;
using Microsoft.Extensions.DependencyInjection;

var services = new ServiceCollection();
services.AddDiscrepancy(options => options.NameMatchThreshold = 85);
using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

var published = new DateOnly(2024, 12, 2);
var normalizer = provider.GetRequiredService<IClaimNormalizer>();
Print(normalizer.Normalize("Pyongyang disebut mengirim sekitar 10.000 hingga 12.000 tentara ke Kursk.", "id", published));
Print(normalizer.Normalize("Officials said more than 11,000 troops had arrived in Kursk.", "en", published));

var checker = provider.GetRequiredService<IDiscrepancyChecker>();
var report = checker.Check(
[
    new ArticleSource("a_id.txt", "Menteri Pertahanan Rusia Andrei Belousov tiba di Pyongyang pada Jumat (29/11/2024). Sekitar 10.000 hingga 12.000 tentara Korea Utara sudah berada di Kursk, kata pejabat Korea Selatan.")
    {
        Published = published,
        Language = "id",
    },
    new ArticleSource("b_en.txt", "Russian Defence Minister Andrey Belousov arrived in Pyongyang on Friday, November 29, 2024. More than 11,000 North Korean troops are in Kursk, South Korean officials said.")
    {
        Published = published,
        Language = "en",
    },
]);
foreach (var claim in report.Claims)
{
    Console.WriteLine($"report claim {claim.Id} ({claim.ArticleId}): {claim.Claim}");
}

var json = provider.GetServices<IReportWriter>().Single(w => w.Format == "json");
using var text = new StringWriter();
json.Write(report, text);
Console.WriteLine($"report: {report.Claims.Length} claims, {report.Events.Length} events, {report.Findings.Length} findings; json {text.ToString().Length} chars");
Console.WriteLine(text.ToString().Contains("\"schema\": \"discrepancy-report/1\"", StringComparison.Ordinal) ? "report schema: discrepancy-report/1" : "report schema: missing");

static void Print(NormalizationResult result)
{
    foreach (var claim in result.Claims)
    {
        Console.WriteLine(claim is Discrepancy.Claims.QuantityClaim q
            ? $"{result.Language}: \"{q.Text}\" {q.Value} unit={q.Unit} approx={q.IsApproximate}"
            : $"{result.Language}: \"{claim.Text}\" {claim}");
    }
}
EOF

step "build and run the consumer"
dotnet build -c Release -v q -nologo >"$work/app-build.log" 2>&1 || { cat "$work/app-build.log"; fail "the consumer app does not build"; }
dotnet bin/Release/net10.0/Consumer.dll | tee "$work/app.out"
expect() {
  # expect <what> <fixed string>...: one output line must contain every string.
  local what="$1"; shift
  local lines
  lines="$(cat "$work/app.out")"
  for needle in "$@"; do
    lines="$(printf '%s\n' "$lines" | grep -F -- "$needle" || true)"
  done
  [ -n "$lines" ] || fail "expected $what: a line with $*"
  check "$what"
}
expect "Indonesian range 'sekitar 10.000 hingga 12.000 tentara'" "id:" "[10000, 12000]" "unit=troops" "approx=True"
expect "English lower bound 'more than 11,000 troops'" "en:" "(11000, +inf)" "unit=troops"
expect "the checker's report holds the Indonesian claim" "report claim" "a_id.txt" "[10000, 12000]"
expect "the checker's report holds the English claim" "report claim" "b_en.txt" "(11000, +inf)"
expect "the report serializes as discrepancy-report/1" "report schema: discrepancy-report/1"

step "install the tool from the local folder only"
cd "$work"
# A config with no sources: --add-source names the only place the tool may come from.
cat > "$work/tool-nuget.config" <<'EOF'
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
  </packageSources>
</configuration>
EOF
dotnet tool install Discrepancy.Cli --version "$version" --tool-path "$work/tools" --configfile "$work/tool-nuget.config" --add-source "$feed" >/dev/null
[ -x "$work/tools/discrepancy" ] || fail "the tool did not install a 'discrepancy' command"
check "dotnet tool install Discrepancy.Cli $version (local folder only)"
"$work/tools/discrepancy" check --format json >"$work/report.json"
grep -q '"schema": "discrepancy-report/1"' "$work/report.json" || fail "discrepancy check --format json did not print a discrepancy-report/1"
check "discrepancy check --format json (embedded sample corpus): $(wc -c <"$work/report.json") bytes, schema discrepancy-report/1"

echo
echo "consumer check passed in $((SECONDS - started)) s"
