/**
 * Corrections people make to the graph ({@code newskg curate}): plain records ({@link org.newskg.curate.Curation})
 * and their application to a resolved corpus on every build ({@link org.newskg.curate.Curator}), after
 * the resolve stage and before the rdf stage. Stored as RDF in a graph of their own by
 * {@link org.newskg.rdf.CurationGraph}; the articles' own graphs are not curated by hand.
 */
package org.newskg.curate;
