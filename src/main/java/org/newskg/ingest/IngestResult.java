package org.newskg.ingest;

import java.util.List;
import org.newskg.model.Document;

/** The documents read from the inputs, and the files skipped with their reasons. */
public record IngestResult(List<Document> documents, List<Problem> problems) {
    public IngestResult {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }
}
