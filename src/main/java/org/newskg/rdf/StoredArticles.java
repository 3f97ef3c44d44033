package org.newskg.rdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.newskg.model.Document;

/**
 * The articles a store holds, read back from their graphs as the {@link Document}s they were built
 * from (id, sources, headline, text, date), so that {@code add} and {@code remove} can rebuild the
 * corpus without the files. Same text, same id: their cached annotations are found again.
 */
public final class StoredArticles {
    private static final String ARTICLE = NKG.DATA + "article/";

    private StoredArticles() {}

    /** The ids of the stored articles, from the graph names alone. */
    public static List<String> ids(List<String> graphNames) {
        return graphNames.stream().filter(g -> g.startsWith(ARTICLE)).map(g -> g.substring(ARTICLE.length())).sorted().toList();
    }

    /** Every stored article as a document, in id order. */
    public static List<Document> read(Dataset ds) {
        List<Document> out = new ArrayList<>();
        Iterator<Resource> names = ds.listModelNames();
        List<String> graphs = new ArrayList<>();
        names.forEachRemaining(r -> graphs.add(r.getURI()));
        for (String id : ids(graphs)) {
            Model m = ds.getNamedModel(ARTICLE + id);
            Resource a = m.getResource(ARTICLE + id);
            if (!m.contains(a, RDF.type, NKG.Article)) {
                continue;
            }
            List<String> sources = m.listObjectsOfProperty(a, NKG.sourceFile).toList().stream().map(n -> n.asLiteral().getString())
                    .sorted().toList();
            Optional<LocalDate> published = Optional.ofNullable(a.getProperty(Vocabularies.schemaDatePublished))
                    .map(Statement::getString).map(LocalDate::parse);
            Optional<String> converted = Optional.ofNullable(a.getProperty(NKG.convertedFrom)).map(Statement::getString);
            out.add(new Document(id, sources.isEmpty() ? List.of(id) : sources, a.getProperty(Vocabularies.schemaHeadline).getString(),
                    a.getProperty(Vocabularies.nifIsString).getString(), published, converted));
        }
        return out;
    }
}
