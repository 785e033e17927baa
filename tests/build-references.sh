#!/usr/bin/env bash
# Times the clean build of an application with 100 referenced assemblies, 10 of which cite 5 papers each (they carry
# citation records), with the bibliography files on: once collecting the references' citations (the default) and once
# with PaperBibliographyIncludeReferences=false, alternating, against the package packed from this checkout.
#
#   bash tests/build-references.sh            # 3 rounds
#   ROUNDS=5 bash tests/build-references.sh
#
# The 90 plain assemblies are compiled with the SDK's csc; the 10 citing ones are one library built 10 times under
# different assembly names. Each timed build is `dotnet build -c Release --no-restore` after deleting bin/ and obj/
# outputs of the app (restore not timed), no build server (UseSharedCompilation=false, as on these machines). The
# generator's part of the collection (reading each reference) is in ReferencedCitationsBenchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${ROUNDS:-3}"
source tests/local-package.sh refs
write_nuget_config "$work"

sdk="$(dirname "$(dotnet --list-sdks | awk '/^10\./ { v=$1; p=$2 } END { gsub(/[\[\]]/, "", p); print p "/" v "/x" }')")"
refs="$(ls -d "$(dirname "$(dirname "$sdk")")"/packs/Microsoft.NETCore.App.Ref/10.*/ref/net10.0 | tail -1)"
mkdir -p "$work/refs"
echo "== 90 plain assemblies (csc)"
for i in $(seq 0 89); do
  echo "public static class Plain$i { public static int Value => $i; }" > "$work/refs/Plain$i.cs"
  dotnet "$sdk/Roslyn/bincore/csc.dll" -nologo -t:library -nostdlib -r:"$refs/System.Runtime.dll" -out:"$work/refs/Plain$i.dll" "$work/refs/Plain$i.cs" > /dev/null
done

echo "== 10 citing assemblies (the generator writes their records)"
mkdir -p "$work/citing"
cp "$work/nuget.config" "$work/citing/"
cat > "$work/citing/Citing.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><UseSharedCompilation>false</UseSharedCompilation></PropertyGroup>
  <ItemGroup><PackageReference Include="EfficientArchitectures" Version="$version" /></ItemGroup>
</Project>
EOF
cat > "$work/citing/Cites.cs" <<'EOF'
using EfficientArchitectures;
[assembly: Cites(Papers.Ids.Mamba)]
[assembly: Cites("2411.13676")]
[assembly: Cites("2405.21060")]
[assembly: Cites("2402.19427")]
[assembly: Cites("2307.08621")]
EOF
dotnet restore "$work/citing" -v q > /dev/null
for i in $(seq 0 9); do
  dotnet build "$work/citing" -c Release --no-restore -nodeReuse:false -tl:off -v q -p:AssemblyName="Citing$i" -o "$work/refs/citing$i" > "$work/citing.log" 2>&1 || { cat "$work/citing.log"; exit 1; }
  cp "$work/refs/citing$i/Citing$i.dll" "$work/refs/"
done

echo "== the application"
app="$work/app"
mkdir -p "$app"
cp "$work/nuget.config" "$app/"
{
  echo '<Project Sdk="Microsoft.NET.Sdk">'
  echo "  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><UseSharedCompilation>false</UseSharedCompilation>"
  echo "    <PaperBibliographyFile>refs.bib</PaperBibliographyFile><PaperCslJsonFile>refs.json</PaperCslJsonFile></PropertyGroup>"
  echo "  <ItemGroup><PackageReference Include=\"EfficientArchitectures\" Version=\"$version\" /></ItemGroup>"
  echo "  <ItemGroup>"
  for f in "$work"/refs/*.dll; do echo "    <Reference Include=\"$f\" />"; done
  echo "  </ItemGroup>"
  echo '</Project>'
} > "$app/App.csproj"
cat > "$app/Program.cs" <<'EOF'
[assembly: EfficientArchitectures.Cites(EfficientArchitectures.Papers.Ids.Hymba)]
System.Console.WriteLine(App.CitedPapers.FromReferences.Count + " referenced citation(s)");
EOF
dotnet restore "$app" -v q > /dev/null

time_build() { # include
  rm -rf "$app/bin" "$app/obj/Release"
  local start end
  start=$(date +%s.%N)
  dotnet build "$app" -c Release --no-restore -nodeReuse:false -tl:off -v q -p:PaperBibliographyIncludeReferences="$1" > "$work/app.log" 2>&1 || { cat "$work/app.log"; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

on=(); off=()
for r in $(seq 1 "$rounds"); do
  off+=("$(time_build false)")
  on+=("$(time_build true)")
  echo "round $r: without collection ${off[-1]} s, with ${on[-1]} s"
done
entries=$(grep -c '^@' "$app/refs.bib")
echo "last build: $(dotnet "$app/bin/Release/net10.0/App.dll"); refs.bib holds $entries entries"
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
m_off=$(median "${off[@]}"); m_on=$(median "${on[@]}")
echo "median clean build: without collection $m_off s, with $m_on s, ratio $(echo "scale=3; $m_on / $m_off" | bc) (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
