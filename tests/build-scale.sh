#!/usr/bin/env bash
# Times a clean Release build of a console app that declares a PaperCatalog of 28 (the real catalog), 1,000, 10,000
# and 100,000 rows, against the EfficientArchitectures package packed from this checkout (as a user gets it).
#
#   bash tests/build-scale.sh                       # sizes 28 1000 10000 100000, the project's default C# version
#   SIZES="28 1000 10000" bash tests/build-scale.sh
#   LANGVERSION=7.3 bash tests/build-scale.sh       # the packed ulong[] data shape C# 7.3-10 consumers get
#
# Each size: a fresh project, restored first (not timed), then `dotnet build -c Release --no-restore` timed on its
# own (no build server: UseSharedCompilation=false, as on these machines), then the app is run and must print the
# paper count. Synthetic rows are shaped like the real catalog's (badges, title link, authors, figure, links; ~420 bytes).
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
sizes="${SIZES:-28 1000 10000 100000}"
langversion="${LANGVERSION:-}"
source tests/local-package.sh scale

write_catalog() { # rows file
  awk -v rows="$1" 'BEGIN {
    print "# Synthetic catalog\n\n## Hybrid models\n"
    print "| Title & Authors | Introduction | Links |"
    print "|:--|  :----: | :---:|"
    for (i = 0; i < rows; i++) {
      id = sprintf("%02d%02d.%05d", 24 + int(i / 1200000), (int(i / 100000) % 12) + 1, i % 100000)
      printf "|[![Star](https://img.shields.io/github/stars/o/r%d.svg?style=social&label=Star)](https://github.com/o/r%d) ", i, i
      printf "![Publish](https://img.shields.io/badge/Conference-ICLR'"'"'25-blue) <br>[Title %d: A Hybrid-head Architecture for Small Language Models]", i
      printf "(https://arxiv.org/abs/%s) <br> Author A, Author B, Author C |<img width=\"1002\" alt=\"image\" src=\"figures/f%d.png\"> ", id, i
      printf "|[Paper](https://arxiv.org/pdf/%s)|\n", id
    }
  }' > "$2"
}

results=()
notes=()
base=""
for rows in $sizes; do
  dir="$work/consumer$rows"
  mkdir -p "$dir"
  if [ "$rows" = 28 ]; then
    cp catalog/efficient_architecture_llm.md "$dir/papers.md"
  else
    write_catalog "$rows" "$dir/papers.md"
  fi

  write_nuget_config "$dir"
  cat > "$dir/Consumer.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RootNamespace>Consumer</RootNamespace>
    ${langversion:+<LangVersion>$langversion</LangVersion>}
    <UseSharedCompilation>false</UseSharedCompilation>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="EfficientArchitectures" Version="$version" />
    <PaperCatalog Include="papers.md" />
  </ItemGroup>
</Project>
EOF
  cat > "$dir/Program.cs" <<'EOF'
namespace Consumer
{
    internal static class Program
    {
        private static void Main()
        {
            var last = Papers.All[Papers.All.Count - 1];
            EfficientArchitectures.Paper? found;
            var byArxiv = last.Arxiv != null && Papers.TryGetByArxivId("https://arxiv.org/abs/" + last.Arxiv.Id + "v2", out found) && found == last;
            System.Console.WriteLine(Papers.All.Count + " papers; last " + last.Id + "; by id " + (Papers.FindById(last.Id) == last) + "; by arXiv " + byArxiv);
        }
    }
}
EOF
  [ -n "$langversion" ] && sed -i 's/EfficientArchitectures.Paper? found/EfficientArchitectures.Paper found/; s/<Nullable>enable<\/Nullable>//' "$dir/Program.cs" "$dir/Consumer.csproj"

  (cd "$dir" && dotnet restore -nodeReuse:false -tl:off -v q > restore.log 2>&1) || { cat "$dir/restore.log"; exit 1; }
  # Wall time, and the CPU time of the build and every process it waited for (csc included): on a shared machine
  # the CPU time is the steadier figure.
  TIMEFORMAT='%R %U %S'
  { time (cd "$dir" && dotnet build -c Release --no-restore -nodeReuse:false -tl:off -v q > build.log 2>&1) ; } 2> "$dir/time.txt" \
    || { tail -30 "$dir/build.log"; exit 1; }
  read -r real user sys < "$dir/time.txt"
  seconds=$(awk -v r="$real" 'BEGIN { printf "%.1f", r }')
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
  output="$(cd "$dir" && dotnet bin/Release/net10.0/Consumer.dll)"
  case "$output" in
    "$rows papers;"*"by id True; by arXiv True") ;;
    *) echo "consumer with $rows rows printed: $output"; exit 1 ;;
  esac
  [ -z "$base" ] && base="$seconds" && base_cpu="$cpu"
  ratio=$(awk -v s="$seconds" -v b="$base" 'BEGIN { printf "%.1f", s / b }')
  cpu_ratio=$(awk -v s="$cpu" -v b="$base_cpu" 'BEGIN { printf "%.1f", s / b }')
  source_mb=$(awk -v b="$(stat -c %s "$dir/papers.md")" 'BEGIN { printf "%.1f", b / 1048576 }')
  warnings=$(grep -c "warning EA0026" "$dir/build.log" || true)
  results+=("| $rows | $source_mb MB | $seconds s | ${ratio}x | $cpu s | ${cpu_ratio}x |")
  [ "$warnings" != 0 ] && notes+=("$rows rows: warning EA0026, 65,000 properties; every paper is in All and the lookups")
  echo "$rows rows: $seconds s wall, $cpu s CPU ($output)"
  [ "${KEEP:-}" = 1 ] || rm -rf "$dir"
done

echo
echo "Clean Release build of a net10.0 console app (C# ${langversion:-default}), $(nproc) cores, $(date -u +%Y-%m-%d):"
echo "| Rows | Catalog | Build (wall) | vs first | Build (CPU) | vs first |"
echo "|-----:|--------:|-------------:|---------:|------------:|---------:|"
printf '%s\n' "${results[@]}"
[ ${#notes[@]} -eq 0 ] || printf '%s\n' "${notes[@]}"
