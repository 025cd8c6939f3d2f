/** The cost module's public API: load the price catalog, estimate one resource or a change. */
export { bundledPriceDir, loadPriceCatalog, PRICE_FILES, type PriceCatalogOptions, type ReadText, } from "./catalog-loader.js";
export type { HourlyPrice, MachineCatalog, ManagedPrice, PriceCatalog, PriceTableName } from "./catalog.js";
export { parseRegional, REGIONAL_FILES, type RegionalFileKey } from "./price-files.js";
export { MANIFEST_FILE, manifestSchema, type Manifest, type ManifestEntry } from "./price-manifest.js";
export { defaultPriceCacheDir, readPriceCacheManifest } from "./price-cache.js";
export { compareAddresses, estimateCost, estimateResource, type CostInput } from "./estimate.js";
export { estimatorNames, getEstimator, usageKeys } from "./estimator-registry.js";
export type { EstimateContext, Estimator } from "./estimator.js";
export { estimateUsageRange } from "./range.js";
export { DEFAULT_USAGE_RANGES, describeUsage, usageRanges, type TypicalUsage, type UsageRangeOverrides, type UsageRangeTable, } from "./usage-ranges.js";
export * from "./model.js";
