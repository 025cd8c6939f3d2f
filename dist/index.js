import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);
import {
  runAction
} from "./action/chunk-6KRB3YEL.js";
import "./action/chunk-TXMSPRBW.js";

// src/action/index.ts
runAction().catch(async (e) => {
  const core = await import("./action/core-FNAHV6K2.js");
  const message = e instanceof Error ? e.message : String(e);
  core.setFailed(message);
  if (e instanceof Error && !("userError" in e && e.userError) && e.stack) core.debug(e.stack);
});
