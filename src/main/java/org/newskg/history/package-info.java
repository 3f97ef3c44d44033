/**
 * The store's history: what each build, add or remove changed (articles, entities, facts and their
 * support, contradictions), computed by comparing the store's state before with the build's graphs
 * ({@link org.newskg.history.ChangeSet}), and kept in the store as PROV activities by
 * {@link org.newskg.rdf.ChangeGraphs}. Plain records: no RDF or CoreNLP types.
 */
package org.newskg.history;
