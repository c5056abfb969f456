#!/usr/bin/env bash
# Ends the Action with the exit code capcheck gave, after the SARIF upload: 0 pass, 1 findings fail the run, 2 could not check.
set -euo pipefail

code="${CAPCHECK_EXIT_CODE:-}"
case "$code" in
  0) exit 0 ;;
  1) echo "capcheck: the findings fail the run (see the annotations and the job summary)" ;;
  2) echo "capcheck: could not check the drafts (see the check step's log)" ;;
  *) echo "capcheck: the check step gave no exit code"; code=2 ;;
esac
exit "$code"
