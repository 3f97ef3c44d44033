/**
 * The records that pass between the stages after {@code nlp}: what an article says
 * ({@link org.newskg.model.DocumentFacts}) and what the whole corpus says ({@link org.newskg.model.Corpus}).
 * Plain immutable values with no CoreNLP or Jena types, so each stage can be tested on hand-built ones.
 */
package org.newskg.model;
