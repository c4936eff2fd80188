// The one tag on every cached catalog entry (search results, course pages).
export const CATALOG_TAG = "catalog";
