package org.newskg.export;

/**
 * How an {@link ExportFormat} is written: an {@link RdfWriter} writes the stored RDF itself; a
 * {@link GraphWriter} writes the {@link GraphView} of it that visualizers read.
 */
public sealed interface FormatWriter permits RdfWriter, GraphWriter {}
