package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * At {@code /newskg/update} on a read-only server: every request is refused with 405 and a line that
 * says how to allow updates (Fuseki alone would answer a bare 404).
 */
final class ReadOnlyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        resp.setHeader("Allow", "");
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().println("This NewsKG server is read-only: it accepts no SPARQL Update and no Graph Store writes. "
                + "Start it with 'newskg serve --allow-update --password-file FILE' to accept changes from logged-in users.");
    }
}
