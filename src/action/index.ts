/** Entry point of the bundled Action (dist/index.js). */
import { runAction } from "./main.js";

runAction().catch(async (e: unknown) => {
  const core = await import("@actions/core");
  const message = e instanceof Error ? e.message : String(e);
  core.setFailed(message);
  if (e instanceof Error && !("userError" in e && e.userError) && e.stack) core.debug(e.stack);
});
