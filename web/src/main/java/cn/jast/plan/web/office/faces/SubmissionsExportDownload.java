package cn.jast.plan.web.office.faces;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import cn.jast.plan.web.faces.Language;
import cn.jast.plan.web.office.SubmissionsExport;
import cn.jast.plan.web.office.SubmissionsQuery;
import cn.jast.plan.web.office.SubmissionsService;
import cn.jast.plan.web.refusal.InvalidInput;
import cn.jast.plan.web.refusal.NotAllowed;
import cn.jast.plan.web.refusal.NotFound;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The submissions table as XLSX or CSV for the office's pages ({@code /office/submissions-export?format=
 * xlsx&year=…&state=…&sort=…&desc=true&columns=id,title,…}): the link the table writes from its current
 * filters, sort and visible columns; {@link SubmissionsService#export} reads every matching row. Like the
 * society's PDF link it reads with the form-login session (the REST API answers HTTP Basic only); the
 * path's role (/office/) is checked before it runs. A bad parameter is a 400 naming it, as text.
 */
@WebServlet("/office/submissions-export")
public class SubmissionsExportDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient SubmissionsService submissions;

    @Inject
    transient Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SubmissionsExport.File file;
        try {
            SubmissionsExport.Format format = SubmissionsExport.Format.of(request.getParameter("format"));
            int year = year(request.getParameter("year"));
            SubmissionsQuery query = new SubmissionsQuery(year, request.getParameter("id"),
                    request.getParameter("society"), request.getParameter("category"),
                    SubmissionsQuery.state(request.getParameter("state")), request.getParameter("sort"),
                    "true".equals(request.getParameter("desc")));
            String columns = request.getParameter("columns");
            List<String> chosen = columns == null || columns.isBlank() ? SubmissionsExport.COLUMNS
                    : Arrays.stream(columns.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
            file = submissions.export(query, chosen, language.getLocale(), format);
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write(e.getMessage() == null ? "bad request" : e.getMessage());
            return;
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (NotAllowed e) {
            response.sendError(e.isLoginNeeded() ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"submissions-"
                + file.fileName().replaceAll("[^0-9A-Za-z.]", "") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Export-Rows", String.valueOf(file.rows()));
        response.setContentLength(file.bytes().length);
        response.getOutputStream().write(file.bytes());
    }

    private static int year(String year) {
        try {
            return Integer.parseInt(year == null ? "" : year.strip());
        } catch (NumberFormatException e) {
            throw cn.jast.plan.web.refusal.Failures.invalid("year", "must be a plan year, e.g. 2021");
        }
    }
}
