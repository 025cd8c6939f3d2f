/** The cost module's public API: load the price catalog, estimate one resource or a change. */
export { bundledPriceDir, loadPriceCatalog, PRICE_FILES, } from "./catalog-loader.js";
export { parseRegional, REGIONAL_FILES } from "./price-files.js";
export { MANIFEST_FILE, manifestSchema } from "./price-manifest.js";
export { defaultPriceCacheDir, readPriceCacheManifest } from "./price-cache.js";
export { compareAddresses, estimateCost, estimateResource } from "./estimate.js";
export { estimatorNames, getEstimator, usageKeys } from "./estimator-registry.js";
export { estimateUsageRange } from "./range.js";
export { DEFAULT_USAGE_RANGES, describeUsage, usageRanges, } from "./usage-ranges.js";
export * from "./model.js";
