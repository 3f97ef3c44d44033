package org.newskg.query;

import java.nio.file.Path;

/**
 * A SPARQL query kept in {@code queries/NAME.rq}; its leading comment lines are its description.
 */
public record SavedQuery(String name, String description, String sparql, Path file) {}
