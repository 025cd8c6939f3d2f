/** The cost module's public API: load the price catalog, estimate one resource or a change. */
export { defaultPriceCacheDir, PRICE_CACHE_FORMAT, PRICE_CACHE_MANIFEST, readPriceCacheManifest, type PriceCacheEntry, type PriceCacheManifest, } from "./price-cache.js";
export { loadPriceCatalog, PRICE_FILES, type ReadText } from "./catalog-loader.js";
export type { HourlyPrice, MachineCatalog, ManagedPrice, PriceCatalog } from "./catalog.js";
export { compareAddresses, estimateCost, estimateResource, type CostInput } from "./estimate.js";
export { estimatorNames, getEstimator, usageKeys } from "./estimator-registry.js";
export type { EstimateContext, Estimator } from "./estimator.js";
export * from "./model.js";
