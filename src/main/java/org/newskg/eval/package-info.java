/**
 * {@code newskg eval}: scores a built graph against a gold file written by a person who read the
 * articles ({@code docs/GOLD-FORMAT.md}). {@link org.newskg.eval.GoldFile} reads the gold,
 * {@link org.newskg.eval.Scorer} compares it with the union graph by label, type and relation name
 * (never by IRI), and {@link org.newskg.eval.Score} holds the figures and what lies behind them.
 *
 * <pre>
 * GoldFile gold = GoldFile.read(Path.of("gold.json"));
 * Score score = store.read(ds -&gt; Scorer.score(ds.getUnionModel(), gold));
 * score.figureLines().forEach(System.out::println);
 * </pre>
 */
package org.newskg.eval;
