#!/usr/bin/env node
// Thin launcher: the CLI returns its exit code instead of calling process.exit, so output is flushed.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
