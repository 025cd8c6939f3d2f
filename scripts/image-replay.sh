#!/usr/bin/env bash
# Proves the Docker image without a Docker engine: replays the Dockerfile's runtime stage in a
# scratch directory, as the image would run it.
#
#   bash scripts/image-replay.sh     # needs dist/ built (npm run build) and the npm registry
#
# 1. copies exactly what the runtime stage's `COPY --from=build /src/<path> ./<path>` lines copy
#    (read from the Dockerfile), except node_modules, which `npm ci --omit=dev` installs here as
#    the build stage's prune leaves it;
# 2. puts config.yaml and teams/ in place as the documented `-v` mounts would, and runs the
#    roadmap's `plagentic plagentic run infrastructure-team ...` through the entrypoint, expecting
#    a plan, and nothing written outside the state directory;
# 3. starts `plagentic serve` with dummy App settings and runs the HEALTHCHECK's own command.
# Any failure exits non-zero with a line saying what failed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dockerfile="$root/Dockerfile"
fail() { echo "image-replay: $*" >&2; exit 1; }

[ -f "$root/dist/lib/cli/main.js" ] || fail "dist/lib is missing: run npm run build first"

scratch="$(mktemp -d)"
app="$scratch/app"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT
mkdir -p "$app"

# The Dockerfile's instructions, continuation lines joined, from the runtime (last) stage only.
instructions() {
  node --input-type=module -e '
    import { readFileSync } from "node:fs";
    const text = readFileSync(process.argv[1], "utf8").replace(/\\\n/g, " ");
    const lines = text.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
    const last = lines.findLastIndex((l) => /^FROM\s/i.test(l));
    for (const l of lines.slice(last)) console.log(l.replace(/\s+/g, " "));
  ' "$dockerfile"
}
runtime="$(instructions)"

echo "image-replay: copying the runtime stage's files into $app"
copies=0
while read -r from to; do
  rel="${from#/src/}"
  [ "$rel" != "$from" ] && [ "${to#./}" = "$rel" ] || fail "unexpected COPY form: COPY --from=build $from $to"
  copies=$((copies + 1))
  [ "$rel" = "node_modules" ] && continue
  [ -e "$root/$rel" ] || fail "the Dockerfile copies $rel, which does not exist"
  mkdir -p "$app/$(dirname "$rel")"
  cp -r "$root/$rel" "$app/$rel"
done < <(printf '%s\n' "$runtime" | sed -n 's/^COPY --from=build \([^ ]*\) \([^ ]*\)$/\1 \2/p')
[ "$copies" -gt 0 ] || fail "found no COPY --from=build line in the runtime stage"

echo "image-replay: npm ci --omit=dev (the build stage's production dependencies)"
cp "$root/package-lock.json" "$app/"
# Install scripts are skipped and the one native addon's build is taken from the checkout's own
# npm ci, made by this same Node: compiling better-sqlite3 again would cost CI minutes and prove
# nothing the checkout's install did not (the image's build stage compiles it with g++).
(cd "$app" && npm ci --omit=dev --ignore-scripts --prefer-offline --no-audit --no-fund --loglevel=error) ||
  fail "npm ci --omit=dev failed"
native="node_modules/better-sqlite3/build/Release/better_sqlite3.node"
if [ -d "$app/node_modules/better-sqlite3" ]; then
  [ -f "$root/$native" ] || fail "$native is missing in the checkout: run npm ci first"
  mkdir -p "$app/$(dirname "$native")"
  cp "$root/$native" "$app/$native"
fi
rm "$app/package-lock.json"
mkdir -p "$app/.plagentic"

# The runtime stage's ENV, as the image sets it.
export NODE_ENV=production PLAGENTIC_DATA_DIR="$app/.plagentic" PORT=3000
plagentic() { (cd "$app" && node "$app/bin/plagentic.js" "$@"); }

echo "image-replay: the roadmap command with config.yaml and teams/ mounted"
rm -rf "$app/teams" "$app/config.yaml"
cp -r "$root/teams" "$app/teams"
cp "$root/config.yaml" "$app/config.yaml"
before="$(cd "$app" && find . -path ./.plagentic -prune -o -newer "$app/config.yaml" -print)"
plagentic plagentic run infrastructure-team -t "Provision staging environment" > "$scratch/run.txt" \
  || { cat "$scratch/run.txt" >&2; fail "the roadmap command failed"; }
grep -q "to add" "$scratch/run.txt" || { cat "$scratch/run.txt" >&2; fail "the roadmap command printed no plan"; }
after="$(cd "$app" && find . -path ./.plagentic -prune -o -newer "$app/config.yaml" -print)"
[ "$before" = "$after" ] || fail "the run wrote outside .plagentic (the image's only writable directory): $(diff <(echo "$before") <(echo "$after") | tail -n +2)"
[ -n "$(ls -A "$app/.plagentic")" ] || fail "the run kept no state in .plagentic"

echo "image-replay: plagentic serve and the HEALTHCHECK command"
export PORT=$((20000 + RANDOM % 20000))
openssl genrsa -out "$scratch/dummy-app-key.pem" 2048 2>/dev/null
APP_ID=1 PRIVATE_KEY_PATH="$scratch/dummy-app-key.pem" WEBHOOK_SECRET=replay-dummy-secret \
  HOST=127.0.0.1 PLAGENTIC_WORKERS=1 \
  node "$app/bin/plagentic.js" serve > "$scratch/serve.log" 2>&1 &
server_pid=$!
healthcheck="$(printf '%s\n' "$runtime" | sed -n 's/^HEALTHCHECK .* CMD \(\[.*\]\)$/\1/p')"
[ -n "$healthcheck" ] || fail "the runtime stage has no HEALTHCHECK ... CMD [exec form]"
mapfile -t check < <(node -e 'for (const a of JSON.parse(process.argv[1])) console.log(a)' "$healthcheck")
healthy=""
for _ in $(seq 1 60); do
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$scratch/serve.log" >&2; fail "plagentic serve exited"; fi
  if (cd "$app" && "${check[@]}"); then healthy=yes; break; fi
  sleep 0.5
done
[ -n "$healthy" ] || { cat "$scratch/serve.log" >&2; fail "the HEALTHCHECK command never passed against serve on port $PORT"; }
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=""
if (cd "$app" && "${check[@]}"); then fail "the HEALTHCHECK command passed with no server running"; fi
echo "image-replay: OK ($copies COPY lines replayed, plan printed, healthcheck passed on :$PORT)"
