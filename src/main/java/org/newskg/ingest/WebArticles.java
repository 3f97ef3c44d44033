package org.newskg.ingest;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.newskg.model.Document;

/**
 * Articles on the web: {@code newskg add URL}, and whatever polls a feed ({@code serve --watch-feed}).
 * {@link #read(String)} fetches one http or https URL and gives its articles as {@link Document}s,
 * and every failure as one {@link Problem} naming the URL, what went wrong and what to do; nothing is
 * dropped silently. One instance holds one {@link HttpClient}: make one and call it as often as
 * needed (it is thread-safe), and close it when done.
 *
 * <ul>
 * <li><b>A page</b> ({@code text/html}, XHTML, or {@code text/plain}) is one article, read by the
 *     rules for files ({@link ArticleReader}): an HTML page's text is extracted by {@link HtmlText},
 *     plain text must hold prose. The charset its server declares comes first; the document's
 *     source is the URL as given (not where redirects led), so adding the URL again updates it.</li>
 * <li><b>An RSS or Atom feed</b> (parsed with Rome; by its content type or, whatever the server
 *     says, by its root element) gives one article per item, fetched from the item's link and read
 *     as a page; its source is the item's link. An item's page that fails is a problem, and the
 *     other items are still read. Without a publication date of its own (page metadata, or a
 *     date line in the text), the article takes the item's date. <i>The choice:</i> an item whose
 *     page fails is <em>not</em> replaced by the item's description or content: feeds mostly carry
 *     a teaser there, and an article made from it would be a second, different version of the
 *     story (another id) that the real page would later have to replace; the next {@code add} or
 *     poll tries the link again. An item without a link is a problem too. A link that is itself a
 *     feed is not followed.</li>
 * <li><b>Limits</b>: a connect timeout ({@value #DEFAULT_CONNECT_SECONDS} s by default) and a
 *     timeout for the whole answer ({@value #DEFAULT_REQUEST_SECONDS} s); redirects are followed
 *     (not from https to http); the body is read up to the byte limit ({@code --max-bytes}, as for
 *     files) and the transfer is stopped there, never buffered whole; a declared
 *     {@code Content-Length} over the limit is refused before reading. A feed's items are fetched
 *     {@value #PARALLEL} at a time.</li>
 * <li><b>Refused</b>: other schemes than http and https, answers other than 2xx, content types that
 *     are no page or feed ({@code application/pdf}, images, ...), and what {@link ArticleReader}
 *     refuses in a file.</li>
 * </ul>
 *
 * <pre>
 * try (WebArticles web = new WebArticles(ArticleReader.DEFAULT_MAX_BYTES)) {
 *     IngestResult r = web.read("https://example.org/news/feed.xml");
 *     r.problems().forEach(p -&gt; System.err.println("skipped " + p));
 * }
 * </pre>
 */
public final class WebArticles implements AutoCloseable {
    public static final int DEFAULT_CONNECT_SECONDS = 10;
    public static final int DEFAULT_REQUEST_SECONDS = 30;
    /** A feed's items fetched at once. */
    static final int PARALLEL = 4;
    public static final String USER_AGENT = "NewsKG/0.1 (news articles to an RDF knowledge graph; Java HttpClient)";
    private static final String ACCEPT = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
            + "application/xml;q=0.9, text/xml;q=0.9, text/plain;q=0.8, */*;q=0.1";
    /** Content types read as a feed. */
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml", "application/rdf+xml");
    /** Content types that may be a feed or a page: the root element decides. */
    private static final Set<String> XML_TYPES = Set.of("application/xml", "text/xml");
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    /** The root element of an RSS (0.9x, 1.0 as RDF, 2.0) or Atom feed, after the XML prolog. */
    private static final Pattern FEED_START = Pattern.compile(
            "^(?:\\s|\u00EF\u00BB\u00BF|<\\?[^>]*\\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(?:rss|feed|(?:\\w+:)?RDF)\\b",
            Pattern.DOTALL);
    private static final String RAISE = "raise --max-bytes, or save the article and add the file";
    private static final Pattern URL_ARGUMENT = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

    private final long maxBytes;
    private final Duration requestTimeout;
    private final HttpClient client;

    /** Default timeouts. */
    public WebArticles(long maxBytes) {
        this(maxBytes, Duration.ofSeconds(DEFAULT_CONNECT_SECONDS), Duration.ofSeconds(DEFAULT_REQUEST_SECONDS));
    }

    /**
     * @param maxBytes       the most bytes read from one URL (a page or a feed)
     * @param connectTimeout how long to wait for a connection
     * @param requestTimeout how long to wait for the whole answer, body included
     */
    public WebArticles(long maxBytes, Duration connectTimeout, Duration requestTimeout) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.requestTimeout = requestTimeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * Whether a command-line argument is a URL rather than a path: it starts with a scheme and
     * {@code ://} (any scheme: {@link #read} then says which ones are read).
     */
    public static boolean isUrl(String argument) {
        return URL_ARGUMENT.matcher(argument).matches();
    }

    /** The articles of several URLs; the same text found at several URLs is one document that records every URL. */
    public IngestResult read(List<String> urls) {
        Map<String, Document> byId = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (String url : urls) {
            IngestResult r = read(url);
            r.documents().forEach(d -> byId.merge(d.id(), d, (a, b) -> a.withSources(b.sources())));
            problems.addAll(r.problems());
        }
        return new IngestResult(List.copyOf(byId.values()), problems);
    }

    /** The article at this URL (a page), or its items' articles (a feed), and what failed. */
    public IngestResult read(String url) {
        return read(url, link -> true);
    }

    /**
     * The article at this URL (a page), or the articles of the feed's items whose link {@code wanted}
     * accepts (a feed polled again need not fetch the pages it already has), and what failed.
     */
    public IngestResult read(String url, java.util.function.Predicate<String> wanted) {
        try {
            Fetched f = fetch(checked(url));
            if (f.isFeed()) {
                return readFeed(url, f, wanted);
            }
            return new IngestResult(List.of(page(url, f)), List.of());
        } catch (Failed e) {
            return new IngestResult(List.of(), List.of(new Problem(url, e.getMessage())));
        }
    }

    @Override
    public void close() {
        client.close();
    }

    private IngestResult readFeed(String url, Fetched f, java.util.function.Predicate<String> wanted) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            // Rome's reader takes the charset from an XML content type, else from the prolog.
            String type = FEED_TYPES.contains(f.mime()) || XML_TYPES.contains(f.mime()) ? f.contentType() : "application/xml";
            feed = input.build(new XmlReader(new ByteArrayInputStream(f.body()), type, true));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new Failed("not an article page or a feed (XML, but not RSS or Atom: " + firstLine(e.getMessage()) + ")");
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            throw new Failed("a feed without items; nothing to read");
        }
        List<Problem> problems = new ArrayList<>();
        // Links in feed order, each once, resolved against where the feed was found.
        Map<String, SyndEntry> links = new LinkedHashMap<>();
        for (SyndEntry e : entries) {
            String link = linkOf(e);
            if (link == null) {
                problems.add(new Problem(url, "an item without a link" + titled(e) + "; not read"));
                continue;
            }
            try {
                links.putIfAbsent(f.uri().resolve(link.strip()).toString(), e);
            } catch (IllegalArgumentException ex) {
                problems.add(new Problem(url, "an item whose link is not a URL ('" + link.strip() + "')" + titled(e) + "; not read"));
            }
        }
        String ofFeed = " (an item of the feed " + url + ")";
        Map<String, Document> byId = new LinkedHashMap<>();
        List<Map.Entry<String, Future<Document>>> pages = new ArrayList<>();
        Semaphore slots = new Semaphore(PARALLEL);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Map.Entry<String, SyndEntry> item : links.entrySet()) {
                if (!wanted.test(item.getKey())) {
                    continue;
                }
                pages.add(Map.entry(item.getKey(), pool.submit(() -> {
                    slots.acquire();
                    try {
                        Fetched page = fetch(checked(item.getKey()));
                        if (page.isFeed()) {
                            throw new Failed("a feed, not an article page; a feed's items must link to pages");
                        }
                        Document d = page(item.getKey(), page);
                        Optional<LocalDate> date = itemDate(item.getValue());
                        return d.published().isEmpty() && date.isPresent()
                                ? new Document(d.id(), d.sources(), d.headline(), d.text(), date, d.convertedFrom()) : d;
                    } finally {
                        slots.release();
                    }
                })));
            }
            for (Map.Entry<String, Future<Document>> p : pages) {
                try {
                    Document d = p.getValue().get();
                    byId.merge(d.id(), d, (a, b) -> a.withSources(b.sources()));
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Failed failed) {
                        problems.add(new Problem(p.getKey(), failed.getMessage() + ofFeed));
                    } else {
                        problems.add(new Problem(p.getKey(), "cannot be read: " + e.getCause() + ofFeed));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    problems.add(new Problem(p.getKey(), "not read: interrupted" + ofFeed));
                }
            }
        }
        return new IngestResult(List.copyOf(byId.values()), problems);
    }

    /** The item's page: its link, else its first alternate link, else a permalink id. */
    private static String linkOf(SyndEntry e) {
        if (e.getLink() != null && !e.getLink().isBlank()) {
            return e.getLink();
        }
        for (SyndLink l : e.getLinks()) {
            if ((l.getRel() == null || l.getRel().equals("alternate")) && l.getHref() != null && !l.getHref().isBlank()) {
                return l.getHref();
            }
        }
        String id = e.getUri();
        return id != null && (id.startsWith("http://") || id.startsWith("https://")) ? id : null;
    }

    private static String titled(SyndEntry e) {
        return e.getTitle() == null || e.getTitle().isBlank() ? "" : " ('" + e.getTitle().strip() + "')";
    }

    private static Optional<LocalDate> itemDate(SyndEntry e) {
        Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        return Optional.ofNullable(d).map(x -> x.toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
    }

    /** One article from a page's body. */
    private static Document page(String source, Fetched f) {
        if (f.body().length == 0) {
            throw new Failed("an empty answer (no page)");
        }
        boolean html = HTML_TYPES.contains(f.mime()) || HtmlText.isHtml("", f.body());
        if (XML_TYPES.contains(f.mime()) && !html) {
            throw new Failed("not an article page or a feed (XML, but neither RSS, Atom nor a web page)");
        }
        try {
            return ArticleReader.article(source, f.body(), html, f.charset(), f.uri().toString());
        } catch (ArticleReader.Refused e) {
            throw new Failed(e.getMessage());
        }
    }

    private static URI checked(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Failed("not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Failed("only http and https URLs are read" + (scheme.isEmpty() ? "" : ", not " + scheme)
                    + "; save the article and add the file");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new Failed("not a valid URL (no host name)");
        }
        return uri;
    }

    /** What a URL answered: a page or a feed, whole and within the limits. */
    private record Fetched(URI uri, String mime, String contentType, Charset charset, byte[] body) {
        boolean isFeed() {
            if (FEED_TYPES.contains(mime)) {
                return true;
            }
            // Servers often call a feed text/xml, text/html or text/plain, or nothing.
            String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
            return FEED_START.matcher(head).find();
        }
    }

    /** Why a URL gave no article: the reason, as the user reads it after the URL. */
    private static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed(String reason) {
            super(reason, null, false, false);
        }
    }

    private Fetched fetch(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", ACCEPT)
                // Plain http: no attempt at an HTTP/2 upgrade, which some servers answer badly.
                .version(uri.getScheme().equalsIgnoreCase("http") ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request, this::body);
        HttpResponse<byte[]> response;
        try {
            // The request's timeout covers the wait for the headers; this one, the body too.
            response = answer.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new Failed(noAnswer());
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new Failed("not read: interrupted");
        } catch (ExecutionException e) {
            throw new Failed(failure(e.getCause()));
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw new Failed(statusReason(status, response));
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        byte[] body = response.body();
        if (body == null) {
            // body() refused it by its headers
            long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (length > maxBytes) {
                throw new Failed(String.format(Locale.ROOT, "%,d bytes is over the limit of %,d; %s", length, maxBytes, RAISE));
            }
            throw new Failed("not an article page or a feed (content type " + mimeOf(contentType) + ")");
        }
        return new Fetched(response.uri(), mimeOf(contentType), contentType, charsetOf(contentType), body);
    }

    /**
     * The body of a 2xx answer with a content type that can be a page or a feed and a length within
     * the limit, read up to the limit; for any other answer none (null), and the transfer is stopped.
     */
    private HttpResponse.BodySubscriber<byte[]> body(HttpResponse.ResponseInfo info) {
        String mime = mimeOf(info.headers().firstValue("Content-Type").orElse(""));
        long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (info.statusCode() / 100 != 2 || length > maxBytes || !readable(mime)) {
            return new Limited(-1);
        }
        return new Limited(maxBytes);
    }

    private static boolean readable(String mime) {
        return mime.isEmpty() || mime.equals("application/octet-stream") || mime.equals("text/plain") || HTML_TYPES.contains(mime)
                || XML_TYPES.contains(mime) || FEED_TYPES.contains(mime);
    }

    /** Collects at most {@code limit} bytes, then cancels the transfer; with a negative limit, reads nothing and gives null. */
    private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {
        private final long limit;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        Limited(long limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (limit < 0) {
                s.cancel();
                result.complete(null);
            } else {
                s.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : buffers) {
                if (bytes.size() + (long) b.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }

    /** A body larger than the limit: the transfer was stopped. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("over the limit", null);
        }
    }

    private String noAnswer() {
        return "no answer within " + seconds(requestTimeout) + "; the server is slow or down, try again later";
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    /** The reason for a failed exchange, from the exception's causes. */
    private String failure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof TooLarge) {
                return String.format(Locale.ROOT, "larger than the limit of %,d bytes (the transfer was stopped); %s", maxBytes, RAISE);
            }
            if (c instanceof HttpConnectTimeoutException) {
                return "cannot connect within " + seconds(client.connectTimeout().orElseThrow())
                        + "; check the address, or try again later";
            }
            if (c instanceof HttpTimeoutException) {
                return noAnswer();
            }
            if (c instanceof UnresolvedAddressException || c instanceof UnknownHostException) {
                return "unknown host; check the address (and the network)";
            }
            if (c instanceof SSLException ssl) {
                return "the secure connection failed (" + firstLine(ssl.getMessage()) + ")";
            }
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ConnectException) {
                return "cannot connect (" + (c.getMessage() == null || c.getMessage().isBlank() ? "connection refused" : firstLine(c.getMessage()))
                        + "); check the address, or whether the server is up";
            }
        }
        String m = t.getMessage();
        return "cannot be fetched (" + (m == null || m.isBlank() ? t.getClass().getSimpleName() : firstLine(m)) + ")";
    }

    private static String statusReason(int status, HttpResponse<?> response) {
        String phrase = switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 402 -> "Payment Required";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 408 -> "Request Timeout";
            case 410 -> "Gone";
            case 429 -> "Too Many Requests";
            case 451 -> "Unavailable For Legal Reasons";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "";
        };
        String what = (status + " " + phrase).strip();
        if (status / 100 == 3) {
            Optional<String> to = response.headers().firstValue("Location");
            return what + ": redirected" + to.map(l -> " to " + l).orElse("") + ", not followed"
                    + " (too many redirects, or from https to http); add the address it leads to";
        }
        if (status == 404 || status == 410) {
            return what + "; check the address";
        }
        if (status == 401 || status == 402 || status == 403 || status == 451) {
            return what + "; the site does not let NewsKG read it: save the page and add the file";
        }
        if (status == 408 || status == 429 || status / 100 == 5) {
            return what + "; the server is busy or failing, try again later";
        }
        return what;
    }

    /** The media type of a Content-Type value, lower case, without parameters; "" when none. */
    static String mimeOf(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** The charset a Content-Type value declares, when it names one Java knows; else null. */
    static Charset charsetOf(String contentType) {
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = p.substring(8).strip().replace("\"", "").replace("'", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null || s.isBlank()) {
            return "no detail";
        }
        return s.strip().lines().findFirst().orElse("").strip();
    }
}
