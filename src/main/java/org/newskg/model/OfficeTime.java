package org.newskg.model;

/** When someone holds an office, relative to the article that says so ("former", "acting", "incoming"). */
public enum OfficeTime {
    /** Held it before the article: "former", "late", "then-". */
    FORMER,
    /** Holds it at the article's date, perhaps provisionally: "acting", "outgoing". */
    CURRENT,
    /** Will hold it: "incoming", "-elect", "designate". */
    FUTURE
}
