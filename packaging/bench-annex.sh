#!/usr/bin/env bash
# Annex benchmark, cold, as a referent runs it: the packaged launcher's `annex ID --draft --out F`
# (a new process each time), and when LibreOffice (`soffice`) is installed, LibreOffice converting
# to PDF an equivalent document made from the same annex: the same report written as HTML (every
# list of the annex a table with one row per element — communes, actions, indicators, payments,
# signature blocks —, the other values as lines, a new page for the missions, the finances and
# the signatures; see src/test/java/fr/referentcpts/bench/AnnexAsHtml.java). Equivalent in
# content (tables, rows, text), not in layout or fonts: the page counts of both are printed.
# Turns alternate (N of each, after one warm-up of each), so a change of machine load hits both
# alike; prints the medians of the wall time, the CPU time (user+sys) and the peak resident
# memory (« Maximum resident set size » of /usr/bin/time -v), and the ratio of the pair.
#
#   mvn -B -Ppackage package -DskipTests     # target/jpackage/image/referent-cpts (else the jar:
#   mvn -B package -DskipTests               # target/referent-cpts.jar, run with JAVA or java ≥ 25)
#   mvn -B test-compile                      # the HTML writer of the equivalent document
#   packaging/bench-annex.sh [-n RUNS] [-i IMAGE] [-d DATA_DIR] [-k CASE_ID]
#
# Defaults: 10 runs of each, the demonstration case files (demo load, made once in
# target/bench-annex-data), the first case whose annexes print (signed contracts first).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=10
image=target/jpackage/image/referent-cpts
data=target/bench-annex-data
case_id=
while getopts "n:i:d:k:h" option; do
  case $option in
    n) runs=$OPTARG ;;
    i) image=$OPTARG ;;
    d) data=$OPTARG ;;
    k) case_id=$OPTARG ;;
    *) sed -n '2,20p' "$0"; exit 2 ;;
  esac
done

if [[ ! -x /usr/bin/time ]]; then
  echo "/usr/bin/time manque (paquet Debian « time » : apt-get install time)." >&2
  exit 2
fi
java_bin=${JAVA:-java}
java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { print $2 }'; }
if [[ $(java_major "$java_bin" 2>/dev/null || echo 0) -lt 25 ]]; then
  for candidate in /usr/lib/jvm/*25*/bin/java "${JAVA_HOME:-/nonexistent}/bin/java"; do
    if [[ -x $candidate && $(java_major "$candidate") -ge 25 ]]; then java_bin=$candidate; break; fi
  done
fi
launcher=$image/bin/$(basename "$image")
if [[ -x $launcher ]]; then
  app=("$launcher")
  what="lanceur installé $launcher"
elif [[ -f target/referent-cpts.jar ]]; then
  app=("$java_bin" -jar target/referent-cpts.jar)
  what="JAR target/referent-cpts.jar ($java_bin, sans cache AOT : pas d’application installée dans $image)"
else
  echo "Ni lanceur $launcher ni target/referent-cpts.jar : construire d’abord (mvn -B -Ppackage package -DskipTests)." >&2
  exit 2
fi

if [[ ! -f $data/referent-cpts.mv.db ]]; then
  mkdir -p "$data"
  "${app[@]}" demo load --data-dir "$data" >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ -z $case_id ]]; then
  "${app[@]}" cases list --json --data-dir "$data" >"$work/cases.json"
  candidates=$(for stage in FOLLOW_UP SIGNATURE CLOSED HEALTH_PROJECT; do
    grep -B3 "\"stage\" : \"$stage\"" "$work/cases.json" | grep -o '"id" : "[0-9a-f-]*"' | cut -d'"' -f4
  done)
  for id in $candidates; do
    if "${app[@]}" annex "$id" --draft --out "$work/probe.pdf" --data-dir "$data" >/dev/null 2>&1; then
      case_id=$id
      break
    fi
  done
  [[ -n $case_id ]] || { echo "Aucun dossier de $data n’imprime ses annexes." >&2; exit 1; }
fi
pages() { grep -a -c '/Type */Page[^s]' "$1" || true; }

soffice_bin=$(command -v soffice || command -v libreoffice || true)
if [[ -n $soffice_bin ]]; then
  if [[ -d target/test-classes/fr/referentcpts/bench && -f target/referent-cpts.jar ]]; then
    tables=$("$java_bin" -cp "target/referent-cpts.jar:target/lib/*:target/test-classes" \
      fr.referentcpts.bench.AnnexAsHtml "$data" "$case_id" "$work/annexe.html")
  else
    echo "Document équivalent : il faut target/referent-cpts.jar et target/test-classes (mvn -B package -DskipTests)." >&2
    soffice_bin=
  fi
fi

# $1: annex | office → appends "wall_ms cpu_ms rss_kib" to $work/$1
one_run() {
  local command
  if [[ $1 == annex ]]; then
    command=("${app[@]}" annex "$case_id" --draft --out "$work/annexe.pdf" --data-dir "$data")
  else
    command=("$soffice_bin" --headless --norestore "-env:UserInstallation=file://$work/lo-profile"
      --convert-to pdf:writer_pdf_Export --infilter="HTML (StarWriter)" --outdir "$work/lo" "$work/annexe.html")
  fi
  if ! /usr/bin/time -v -o "$work/time" "${command[@]}" >"$work/out" 2>&1; then
    echo "Échec ($1) :" >&2; cat "$work/out" "$work/time" >&2; exit 1
  fi
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = (n == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2] }
    /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident set size/ { rss = $2 }
    END { printf "%d %d %d\n", wall * 1000, (user + sys) * 1000, rss }' "$work/time" >>"$work/$1"
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
column_median() { cut -d' ' -f"$2" "$work/$1" | median; }

echo "Annexes (projet, --draft) du dossier $case_id de $data, par le $what ; $runs lancements de chaque."
echo "Charge de la machine au départ : $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ?) ($(nproc) cœurs)"
one_run annex
echo "PDF de l’application : $(grep -o '[0-9]* pages' "$work/out" | head -1), $(stat -c %s "$work/annexe.pdf") octets"
if [[ -n $soffice_bin ]]; then
  one_run office
  echo "Document équivalent (HTML, $tables) converti par $("$soffice_bin" --version 2>/dev/null | head -1) :" \
    "$(pages "$work/lo/annexe.pdf") pages, $(stat -c %s "$work/lo/annexe.pdf") octets"
else
  echo "LibreOffice (soffice) n’est pas installé : seule l’application est mesurée."
fi
rm -f "$work/annex" "$work/office" # the warm-up runs above: file cache, LibreOffice's profile
# the pair's order changes at every turn: the second launch of a pair was measured slower than
# the first on this machine, whatever the program
for turn in $(seq "$runs"); do
  if [[ -n $soffice_bin ]] && (( turn % 2 == 0 )); then one_run office; fi
  one_run annex
  if [[ -n $soffice_bin ]] && (( turn % 2 )); then one_run office; fi
done

printf '\n%-34s %12s %12s %14s\n' "" "durée" "CPU" "mémoire (pic)"
row() {
  printf '%-34s %9s ms %9s ms %10s Mio\n' "$2" "$(column_median "$1" 1)" "$(column_median "$1" 2)" \
    "$(( $(column_median "$1" 3) / 1024 ))"
}
row annex "annex (application)"
if [[ -n $soffice_bin ]]; then
  row office "LibreOffice (document équivalent)"
  awk -v a="$(column_median annex 1)" -v o="$(column_median office 1)" \
    'BEGIN { printf "rapport des durées application / LibreOffice : %.2f\n", a / o }'
fi
echo "(médianes ; charge à la fin : $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ?))"
