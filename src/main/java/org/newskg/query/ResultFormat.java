package org.newskg.query;

import java.util.Arrays;
import java.util.Locale;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.Lang;

/** The ways a query's result table is written: for people (table) and for programs (the rest). */
public enum ResultFormat {
    TABLE(null),
    CSV(ResultSetLang.RS_CSV),
    TSV(ResultSetLang.RS_TSV),
    JSON(ResultSetLang.RS_JSON),
    XML(ResultSetLang.RS_XML);

    private final Lang lang;

    ResultFormat(Lang lang) {
        this.lang = lang;
    }

    /** The RIOT result-set language, or null for the text table. */
    public Lang lang() {
        return lang;
    }

    public static ResultFormat byName(String name) {
        for (ResultFormat f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown result format '" + name + "'; use one of "
                + Arrays.stream(values()).map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
    }
}
