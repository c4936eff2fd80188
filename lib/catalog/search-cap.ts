// How far a search counts. Ranking, the total and the facet counts each look at no more
// than this many matches, so their cost stops growing with the catalog: beyond it the
// total reads "1,000+", facet counts are lower bounds, relevance ranks only the
// `SEARCH_CAP` most popular matches (result-rows.ts), and page numbers end there
// (the API's cursors go on). Tests pass a small `cap` instead of making 1,000 courses.
export const SEARCH_CAP = 1_000;
