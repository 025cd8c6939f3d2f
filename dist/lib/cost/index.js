/** The cost module's public API: load the price catalog, estimate one resource or a change. */
export { defaultPriceCacheDir, PRICE_CACHE_FORMAT, PRICE_CACHE_MANIFEST, readPriceCacheManifest, } from "./price-cache.js";
export { loadPriceCatalog, PRICE_FILES } from "./catalog-loader.js";
export { compareAddresses, estimateCost, estimateResource } from "./estimate.js";
export { estimatorNames, getEstimator, usageKeys } from "./estimator-registry.js";
export * from "./model.js";
