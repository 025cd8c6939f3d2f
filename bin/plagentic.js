#!/usr/bin/env node
// Thin launcher so the bin works straight from the committed build, with no compile step on install.
import { main } from "../dist/lib/cli/main.js";

process.exitCode = await main(process.argv);
