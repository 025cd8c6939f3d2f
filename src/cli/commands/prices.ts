import type { Command } from "commander";
import { updatePrices } from "../../cost/prices-update.js";
import { PRICE_CLOUDS } from "../../cost/sources/index.js";
import type { CliContext } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { fetchProgress } from "../progress-bar.js";

interface UpdateOptions {
  cloud?: string;
  region?: string[];
}

export function registerPrices(program: Command, ctx: CliContext): void {
  const prices = program.command("prices").description("the local cache of cloud list prices");
  prices
    .command("update")
    .description(
      "fetch current list prices from the providers' public price APIs into the price cache (plans never fetch)",
    )
    .option("--cloud <cloud>", `one cloud only: ${PRICE_CLOUDS.join(", ")} (default: all three)`)
    .option(
      "--region <region>",
      "only this region of --cloud (repeat or comma-separate; merged into the cached files)",
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .action(
      ctx.withWorkspace(async (ws, out, opts: UpdateOptions) => {
        const bar = fetchProgress(ctx.io.stderr, out);
        // Ctrl-C stops the download; nothing is renamed into the cache before the end, so it stays as it was.
        const abort = new AbortController();
        const onSigint = (): void => abort.abort();
        process.once("SIGINT", onSigint);
        try {
          const result = await updatePrices({
            ...(opts.cloud !== undefined && { cloud: opts.cloud }),
            regions: opts.region ?? [],
            env: ctx.io.env,
            config: ws.config,
            progress: bar.onProgress,
            note: (line) => {
              bar.finish();
              out.progress(`note: ${line}`);
            },
            signal: abort.signal,
          });
          bar.finish();
          out.print(`Updated the price cache in ${result.cacheDir}:\n`);
          for (const { cloud, files } of result.clouds) {
            if (files.length === 0) out.print(`  ${cloud}: nothing fetched\n`);
            for (const f of files) {
              const regions = f.regions.length > 6 ? `${f.regions.length} regions` : f.regions.join(", ");
              out.print(`  ${f.name}: ${regions}; prices as of ${f.asOf}; from ${f.source}\n`);
            }
          }
          return EXIT.ok;
        } finally {
          bar.finish();
          process.removeListener("SIGINT", onSigint);
        }
      }),
    );
}
