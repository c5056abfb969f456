#!/usr/bin/env bash
# Checks the drafts changed since INPUT_BASE (or INPUT_FILES): annotations and the job summary
# (--format github), then the SARIF report, whatever the findings. capcheck's exit code is kept
# in GITHUB_OUTPUT (exit-code) for the Action's last step, so a failing run still writes and uploads SARIF.
set -euo pipefail

capcheck=(node "$GITHUB_ACTION_PATH/bin/capcheck.js")
# Draft extensions capcheck reads: git matches these at any depth.
patterns=('*.md' '*.mdx' '*.markdown' '*.txt' '*.html' '*.htm')

output() { printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"; }
summary() { if [[ -n "${GITHUB_STEP_SUMMARY:-}" ]]; then printf '%s\n' "$@" >>"$GITHUB_STEP_SUMMARY"; fi; }
usage_error() {
  echo "::error title=capcheck::$1"
  summary '### capcheck' '' "Nothing was checked: $1."
  output exit-code 2
  exit 0
}

# git prints paths from the top of the repository, and pathspecs are relative to the current folder.
if top="$(git rev-parse --show-toplevel 2>/dev/null)"; then
  cd "$top"
elif [[ -z "${INPUT_FILES:-}" ]]; then
  usage_error "$PWD is not a git repository: check the repository out first (actions/checkout)"
fi

files=()
if [[ -n "${INPUT_FILES:-}" ]]; then
  # One path, folder or quoted glob a line; capcheck expands globs itself.
  while IFS= read -r line; do
    if [[ -n "$line" ]]; then files+=("$line"); fi
  done <<<"$INPUT_FILES"
  range="the files input"
else
  base="${INPUT_BASE:-}"
  # An all-zero commit is what a push that creates a branch gives as "before".
  if [[ -z "$base" || "$base" =~ ^0+$ ]]; then usage_error "no base commit to compare with: set the base or files input"; fi
  if ! git rev-parse --verify --quiet "$base^{commit}" >/dev/null; then
    usage_error "base $base is not in this clone: check out with fetch-depth: 0"
  fi
  # NUL-separated names: spaces, quotes and non-ASCII characters arrive as they are, unquoted by git.
  list="$(mktemp)"
  git diff -z --name-only --diff-filter=AMR "$base...HEAD" -- "${patterns[@]}" >"$list"
  while IFS= read -r -d '' path; do files+=("$path"); done <"$list"
  rm -f "$list"
  range="$base...HEAD"
fi

output files-checked "${#files[@]}"
if ((${#files[@]} == 0)); then
  echo "capcheck: no changed drafts in $range"
  summary '### capcheck' '' "No changed drafts in \`$range\`: nothing to check."
  output exit-code 0
  exit 0
fi

# Only the options the workflow set: an unset one leaves the configuration file in charge.
options=()
if [[ -n "${INPUT_FAIL_ON:-}" ]]; then options+=(--fail-on "$INPUT_FAIL_ON"); fi
if [[ -n "${INPUT_MAX_WARNINGS:-}" ]]; then options+=(--max-warnings "$INPUT_MAX_WARNINGS"); fi
if [[ -n "${INPUT_DATE:-}" ]]; then options+=(--date "$INPUT_DATE"); fi
if [[ -n "${INPUT_CONFIG:-}" ]]; then options+=(--config "$INPUT_CONFIG"); fi

# "--" ends the options, so a draft named "-x.md" is a path; an existing file is read literally, so "[x].md" is no glob.
code=0
"${capcheck[@]}" --format github "${options[@]}" -- "${files[@]}" || code=$?

sarif="${INPUT_SARIF_FILE:-}"
if [[ -n "$sarif" ]]; then
  sarif_code=0
  mkdir -p "$(dirname "$sarif")"
  "${capcheck[@]}" --format sarif --output "$sarif" "${options[@]}" -- "${files[@]}" || sarif_code=$?
  # 1 only repeats the verdict above; 2 means no report was written.
  if ((sarif_code == 2)); then
    code=2
  else
    output sarif-file "$(realpath "$sarif")"
  fi
fi

if ((code == 2)); then
  echo "::error title=capcheck::capcheck could not check the drafts (exit 2): see the line above"
  summary '### capcheck' '' 'capcheck could not check the drafts (exit 2): see the step log.'
fi
output exit-code "$code"
