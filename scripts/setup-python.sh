#!/usr/bin/env bash
# Creates (once) the local Python virtual environment with the pinned TensorBoard and MLflow that
# the integration tests start as real servers. Idempotent and safe to run concurrently (flock).
# Prints the venv's bin directory on success.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv="${COCKPIT_VENV:-$root/.venv}"
reqs="$root/scripts/requirements-trackers.txt"
mkdir -p "$(dirname "$venv")"
exec 9>"$venv.lock"
flock 9
stamp="$venv/.installed-$(sha1sum "$reqs" | cut -c1-12)"
if [ ! -f "$stamp" ]; then
  command -v python3 >/dev/null || { echo "python3 not found" >&2; exit 3; }
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv" >&2
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$reqs" >&2
  touch "$stamp"
fi
echo "$venv/bin"
