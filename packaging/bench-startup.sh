#!/usr/bin/env bash
# Startup benchmark of the packaged application (the app image's launcher, as installed):
# runs it N times with --exit-after-startup on a data folder of generated case files, with and
# without its AOT cache (turns alternate, so a change of machine load hits both alike), and
# prints the medians of the time to the first frame, to the list shown and to the home figures
# computed and shown (pipeline, population, deadlines of every case file: the application exits
# then), as the application measures them (from the process start), plus the CPU time the
# process used (user + system) and
# its peak resident memory (« Maximum resident set size », /usr/bin/time -v: Debian package
# « time »), each run's figures and their medians.
#
#   mvn -B -Ppackage package -DskipTests        # builds target/jpackage/image/referent-cpts
#   packaging/bench-startup.sh [-n RUNS] [-c CASES] [-i IMAGE] [-d DATA_DIR] [-b OTHER_IMAGE]
#   BENCH_JAVA_OPTIONS="-Xms64m" packaging/bench-startup.sh …   # to try JVM options on both
#
# -b OTHER_IMAGE: instead of the image with and without its cache, the image against another one
# (a copy of the image of an earlier version, say), both with their caches, turns alternating and
# the order of each pair changing at every turn — on a machine whose speed drifts, the only fair
# comparison of two versions. Each gets its own copy of the data folder (a version may migrate it).
#
# Defaults: 10 runs of each, 1 000 case files (demo generate --seed 2026, made once in
# target/jpackage/bench-data), the Linux app image. The last case file is reopened at each
# start, as it is for a referent. Without DISPLAY, an Xvfb of its own is started.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=10
cases=1000
image=target/jpackage/image/referent-cpts
data=
other=
while getopts "n:c:i:d:b:h" option; do
  case $option in
    n) runs=$OPTARG ;;
    c) cases=$OPTARG ;;
    i) image=$OPTARG ;;
    d) data=$OPTARG ;;
    b) other=${OPTARG%/} ;;
    *) sed -n '2,23p' "$0"; exit 2 ;;
  esac
done
data=${data:-target/jpackage/bench-data-$cases}
launcher=$image/bin/$(basename "$image")
if [[ ! -x /usr/bin/time ]]; then
  echo "/usr/bin/time manque (paquet Debian « time » : apt-get install time)." >&2
  exit 2
fi
if [[ ! -x $launcher ]]; then
  echo "Pas de lanceur $launcher : construire d’abord l’application (mvn -B -Ppackage package -DskipTests)." >&2
  exit 2
fi
if ! grep -q -- '-XX:AOTCache=' "$image"/lib/app/*.cfg; then
  echo "Attention : $image n’a pas de cache AOT (construit avec --no-aot ?)." >&2
fi
if [[ -n $other ]]; then
  [[ -d $other/bin ]] || other=$other/$(basename "$image")
  other_launcher=$other/bin/$(basename "$image")
  if [[ ! -x $other_launcher ]]; then
    echo "Pas de lanceur $other_launcher (option -b)." >&2
    exit 2
  fi
fi

xvfb_pid=
cleanup() { [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null; true; }
trap cleanup EXIT
if [[ -z ${DISPLAY:-} ]]; then
  for n in $(seq 90 119); do
    if [[ ! -e /tmp/.X11-unix/X$n && ! -e /tmp/.X$n-lock ]]; then
      Xvfb ":$n" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
      xvfb_pid=$!
      export DISPLAY=:$n
      for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$n ]] && break; sleep 0.1; done
      break
    fi
  done
fi

if [[ ! -f $data/referent-cpts.mv.db ]]; then
  mkdir -p "$data"
  "$launcher" demo generate --count "$cases" --seed 2026 --data-dir "$data"
fi
reopen_last() { # $1: launcher, $2: data folder — the last case file reopened at start, as for a referent
  local id
  id=$("$1" cases list --json --data-dir "$2" | grep -m1 -o '"id" : "[0-9a-f-]*"' | cut -d'"' -f4)
  printf 'lastCase=%s\n' "$id" > "$2/ui-state.properties"
}

work=$(mktemp -d)
trap 'cleanup; rm -rf "$work"' EXIT
modes=(aot plain)
if [[ -n $other ]]; then
  # the source folder is never opened here: a version that brings a migration would migrate it,
  # and the other would then run on a schema that is not its own
  modes=(image other)
  cp -r "$data" "$work/data-image"
  cp -r "$data" "$work/data-other"
  reopen_last "$launcher" "$work/data-image"
  reopen_last "$other_launcher" "$work/data-other"
else
  reopen_last "$launcher" "$data"
fi
one_run() { # $1: aot | plain | image | other → appends "first list home cpu rss" to $work/$1 (ms, ms, ms, ms, KiB)
  local tool_options=${BENCH_JAVA_OPTIONS:-} run_launcher=$launcher run_data=$data
  [[ $1 == plain ]] && tool_options="$tool_options -XX:AOTMode=off"
  [[ $1 == image ]] && run_data=$work/data-image
  [[ $1 == other ]] && run_launcher=$other_launcher && run_data=$work/data-other
  JAVA_TOOL_OPTIONS=$tool_options /usr/bin/time -v -o "$work/time" "$run_launcher" --data-dir "$run_data" \
      --exit-after-startup >"$work/out" 2>/dev/null || true
  local times
  times=$(grep -o '[0-9]\+ ms ; liste affichée : [0-9]\+ ms ; accueil calculé : [0-9]\+ ms' "$work/out" | tr -dc '0-9 ' | tr -s ' ')
  if [[ -z $times ]]; then
    echo "Échec d’un lancement ($1) :" >&2
    cat "$work/out" >&2
    exit 1
  fi
  read -r first list home <<<"$times"
  local cpu_rss
  cpu_rss=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident set size/ { m = $2 }
    END { printf "%d %d", (u + s) * 1000, m }' "$work/time")
  echo "$first $list $home $cpu_rss" >>"$work/$1"
  printf '  %-6s premier affichage %5s ms, liste %5s ms, accueil %5s ms, CPU %5s ms, mémoire %4s Mio\n' "$1" \
    "$first" "$list" "$home" "${cpu_rss% *}" "$(( ${cpu_rss#* } / 1024 ))"
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "Application : $image ($(du -sh "$image" | cut -f1)), données : $data ($cases dossiers), $runs lancements de chaque."
[[ -n $other ]] && echo "Comparée à : $other ($(du -sh "$other" | cut -f1)), chacune sur sa copie des données."
echo "Charge de la machine au départ : $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ?)"
# warm-up: file cache, fonts — and with -b, each version migrates its copy of the data if it must
one_run "${modes[0]}"; one_run "${modes[1]}"; rm -f "$work/${modes[0]}" "$work/${modes[1]}"
# the order changes at each turn: the second launch of a pair was measured slower than the first
# (≈ 50 ms for a command on this machine), whatever the version
for turn in $(seq "$runs"); do
  if (( turn % 2 )); then
    one_run "${modes[0]}"
    one_run "${modes[1]}"
  else
    one_run "${modes[1]}"
    one_run "${modes[0]}"
  fi
done
printf '\n%-16s %18s %15s %16s %16s %14s\n' "" "premier affichage" "liste affichée" "accueil calculé" "CPU (processus)" "mémoire (pic)"
for mode in "${modes[@]}"; do
  case $mode in
    aot) label="avec cache AOT" ;;
    plain) label="sans cache AOT" ;;
    image) label="$(basename "$(dirname "$image")")" ;;
    *) label="$(basename "$(dirname "$other")")" ;;
  esac
  printf '%-16s %15s ms %12s ms %13s ms %13s ms %10s Mio\n' "$label" \
    "$(cut -d' ' -f1 "$work/$mode" | median)" "$(cut -d' ' -f2 "$work/$mode" | median)" \
    "$(cut -d' ' -f3 "$work/$mode" | median)" "$(cut -d' ' -f4 "$work/$mode" | median)" \
    "$(( $(cut -d' ' -f5 "$work/$mode" | median) / 1024 ))"
done
echo "(médianes ; charge à la fin : $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ?))"
