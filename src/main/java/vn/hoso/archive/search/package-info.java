/**
 * Full-text search over recognized pages and dossier data in Elasticsearch. Vietnamese text is folded in Java
 * (diacritics removed, đ → d, lower case, same length) so that queries typed with or without diacritics match on any
 * cluster, with or without the analysis-common module. Exposes {@link vn.hoso.archive.search.DossierSearch}; the
 * indexing projection and the Elasticsearch client stay internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package vn.hoso.archive.search;
