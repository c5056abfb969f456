#!/usr/bin/env bash
# Installs capcheck inside the Action's own folder: no global install, no npm link.
set -euo pipefail
cd "$GITHUB_ACTION_PATH"

if [[ -f dist/cli/main.js && -d node_modules ]]; then
  echo "capcheck is already installed in $PWD"
elif [[ -f dist/cli/main.js ]]; then
  # A copy that carries its build (a packed release, a vendored copy): the runtime dependencies suffice.
  npm ci --omit=dev --ignore-scripts --no-audit --no-fund
else
  # A source checkout (uses: capcheck/capcheck@v…): the build needs the compiler, a development dependency.
  # The runner is discarded after the job, so the development dependencies are not pruned.
  npm ci --ignore-scripts --no-audit --no-fund
  npm run build
fi
node bin/capcheck.js --version
