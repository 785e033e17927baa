# Sourced by build-scale.sh and build-references.sh: packs the EfficientArchitectures package from this checkout into
# a scratch feed, as a user gets it, and writes the nuget.config a consumer project restores it with.
#
#   source tests/local-package.sh <label>    # from the repository root; <label> goes into the package version
#
# Sets: work (a scratch folder, removed on exit unless KEEP=1), version (the packed package's version),
# NUGET_PACKAGES (a fresh package folder, so every run restores the package it just packed). Defines:
# write_nuget_config <dir> (the scratch feed first, then nuget.org, the user's package folder as a fallback).
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1

work="$(mktemp -d)"
[ "${KEEP:-}" = 1 ] && echo "keeping $work" || trap 'rm -rf "$work"' EXIT
version="0.1.0-$1.$(date -u +%Y%m%d%H%M%S).$$"
fallback="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
export NUGET_PACKAGES="$work/packages"

echo "== packing EfficientArchitectures $version"
dotnet pack src/EfficientArchitectures/EfficientArchitectures.csproj -c Release -o "$work/feed" \
  --artifacts-path "$work/artifacts" -p:VersionPrefix="$version" -nodeReuse:false -tl:off -v q > "$work/pack.log" 2>&1 \
  || { cat "$work/pack.log"; exit 1; }

write_nuget_config() { # dir
  cat > "$1/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
  </packageSources>
  <fallbackPackageFolders>
    <add key="user" value="$fallback" />
  </fallbackPackageFolders>
</configuration>
CONFIG
}
