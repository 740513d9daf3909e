#!/usr/bin/env bash
# Command-line commands, cold (a new process each time, as a referent or a script runs them):
# `cases list` on a data folder of generated case files, and `funding --input F --format text`
# on the contract of README « Ligne de commande » (no database opened). Turns alternate (N of
# each, after one warm-up), and the medians of the wall time, the CPU time (user + system) and the
# peak resident memory (« Maximum resident set size » of /usr/bin/time -v) are printed.
# On a data folder last closed by the window, `cases list` prints the list that close kept without
# opening the base (README « Liste gardée à la fermeture »; after bench-startup.sh without -b, the
# shared default folder was last closed by the window); with no referent-cpts.list it reads the base.
#
#   mvn -B -Ppackage package -DskipTests     # target/jpackage/image/referent-cpts (else the jar:
#   mvn -B package -DskipTests               # target/referent-cpts.jar, run with JAVA or java ≥ 25)
#   packaging/bench-cli.sh [-n RUNS] [-c CASES] [-i IMAGE] [-d DATA_DIR]
#
# Defaults: 10 runs of each, 1 000 case files (demo generate --seed 2026, made once in
# target/jpackage/bench-data-CASES, shared with bench-startup.sh), the Linux app image if built,
# else the jar.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=10
cases=1000
image=target/jpackage/image/referent-cpts
data=
while getopts "n:c:i:d:h" option; do
  case $option in
    n) runs=$OPTARG ;;
    c) cases=$OPTARG ;;
    i) image=$OPTARG ;;
    d) data=$OPTARG ;;
    *) sed -n '2,18p' "$0"; exit 2 ;;
  esac
done
data=${data:-target/jpackage/bench-data-$cases}
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
  app=("$java_bin" --enable-native-access=ALL-UNNAMED -jar target/referent-cpts.jar)
  what="JAR target/referent-cpts.jar ($java_bin, sans cache AOT : pas d’application installée dans $image)"
else
  echo "Ni lanceur $launcher ni target/referent-cpts.jar : construire d’abord (mvn -B -Ppackage package -DskipTests)." >&2
  exit 2
fi
if [[ ! -f $data/referent-cpts.mv.db ]]; then
  mkdir -p "$data"
  "${app[@]}" demo generate --count "$cases" --seed 2026 --data-dir "$data" >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/contrat.json" <<'JSON'
{"population": 105452, "signatureDate": "2026-03-15", "rulesVersion": "ACI-2019",
 "sizeClassOverride": null, "defaultAchievement": 1.0,
 "missions": [{"code": "ACCESS", "startDate": "2026-03-15", "snpOrientation": true},
              {"code": "PATHWAYS", "startDate": "2026-09-01"}],
 "achievement": [{"mission": "ACCESS", "contractYear": 1, "rate": 0.8}]}
JSON

names=(list funding)
command_of() {
  case $1 in
    list) echo cases list --data-dir "$data" ;;
    funding) echo funding --input "$work/contrat.json" --format text ;;
  esac
}
one_run() { # $1: a name of $names → appends "wall_ms cpu_ms rss_kib" to $work/$1
  local arguments
  read -r -a arguments <<<"$(command_of "$1")"
  if ! /usr/bin/time -v -o "$work/time" "${app[@]}" "${arguments[@]}" >"$work/out" 2>&1; then
    echo "Échec ($1) :" >&2; cat "$work/out" "$work/time" >&2; exit 1
  fi
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = (n == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2] }
    /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident set size/ { rss = $2 }
    END { printf "%d %d %d\n", wall * 1000, (user + sys) * 1000, rss }' "$work/time" >>"$work/$1"
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
column_median() { cut -d' ' -f"$2" "$work/$1" | median; }

echo "Commandes par le $what ; données : $data ($cases dossiers) ; $runs lancements de chaque."
echo "Charge de la machine au départ : $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ?) ($(nproc) cœurs)"
for name in "${names[@]}"; do one_run "$name"; rm -f "${work:?}/$name"; done # warm-up: file cache
# the order is reversed at every other turn: a launch right after another was measured slower
# than the first of a pair (≈ 50 ms on this machine), whatever the command
for turn in $(seq "$runs"); do
  if (( turn % 2 )); then
    for name in "${names[@]}"; do one_run "$name"; done
  else
    for (( i = ${#names[@]} - 1; i >= 0; i-- )); do one_run "${names[i]}"; done
  fi
done
printf '\n%-28s %12s %12s %14s\n' "" "durée" "CPU" "mémoire (pic)"
for name in "${names[@]}"; do
  printf '%-28s %9s ms %9s ms %10s Mio\n' "$(command_of "$name" | cut -d' ' -f1-2 | sed 's/ --.*//')" \
    "$(column_median "$name" 1)" "$(column_median "$name" 2)" "$(( $(column_median "$name" 3) / 1024 ))"
done
echo "(médianes ; charge à la fin : $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ?))"
