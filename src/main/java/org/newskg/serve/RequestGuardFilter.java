package org.newskg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.BadMessageException;

/**
 * In front of Fuseki (and NewsKG's own servlets): turns requests that Fuseki 6.0.0 would answer with
 * a 500 into the 4xx they are, and keeps Fuseki's error messages intact. Found by
 * {@code SparqlFuzzHttpIT}; each case is a fault of the request, not of the server:
 * <ul>
 * <li>Parameters that are not validly percent-encoded, in the URL or a form body ({@code %ZZ}, a cut
 *     UTF-8 sequence): Jetty throws a 400 {@code BadMessageException} when Fuseki reads a parameter,
 *     and Fuseki's catch-all answers 500. Here the parameters are read first, and a failure is a
 *     400 that says so.</li>
 * <li>A {@code Content-Type} whose charset Java does not know ({@code charset=nonsense}): an
 *     {@code UnsupportedCharsetException}, answered 500 by Fuseki. Here: 415.</li>
 * <li>An error message with non-ASCII characters in it (a parse error quoting the query): Fuseki
 *     sets the Content-Length to the message's length in characters and then writes more bytes
 *     (UTF-8), Jetty throws "too much content written", and the client gets a 500 without a
 *     message. Here an error response's Content-Length is left to Jetty, which counts bytes.</li>
 * </ul>
 * Nothing else is changed: a valid request passes through as it came.
 */
final class RequestGuardFilter implements Filter {
    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]*)");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest req) || !(response instanceof HttpServletResponse resp)) {
            chain.doFilter(request, response);
            return;
        }
        String contentType = req.getHeader("Content-Type");    // getContentType() throws on an unknown charset
        if (contentType != null) {
            Matcher m = CHARSET.matcher(contentType);
            if (m.find() && !isSupported(m.group(1))) {
                refuse(resp, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Unsupported charset '" + printable(m.group(1))
                        + "' in the Content-Type; send UTF-8.");
                return;
            }
        }
        try {
            req.getParameterMap();    // decodes the query string and a form body now, so that a bad one is a 400
        } catch (BadMessageException | IllegalArgumentException | IllegalStateException e) {
            refuse(resp, HttpServletResponse.SC_BAD_REQUEST, "The request's parameters cannot be decoded: they must be "
                    + "percent-encoded UTF-8 (" + printable(String.valueOf(e.getMessage())) + ").");
            return;
        }
        chain.doFilter(req, new ErrorLengthResponse(resp));
    }

    private static boolean isSupported(String charset) {
        try {
            return !charset.isEmpty() && Charset.isSupported(charset);
        } catch (IllegalArgumentException e) {
            return false;    // an illegal charset name
        }
    }

    private static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.getWriter().println(message);
    }

    /** At most 200 characters, control characters shown as '?'. */
    private static String printable(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 200 ? t.substring(0, 200) + "..." : t;
    }

    /**
     * Leaves the Content-Length of an error response (status 400 and above) to Jetty, which counts
     * the bytes actually written; a successful response's is set as the servlet says.
     */
    static final class ErrorLengthResponse extends HttpServletResponseWrapper {
        ErrorLengthResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentLength(int len) {
            if (getStatus() < 400) {
                super.setContentLength(len);
            }
        }

        @Override
        public void setContentLengthLong(long len) {
            if (getStatus() < 400) {
                super.setContentLengthLong(len);
            }
        }
    }
}
