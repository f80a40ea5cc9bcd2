package cn.jast.plan.web.society.faces;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import cn.jast.plan.web.application.print.PrintService;
import cn.jast.plan.web.refusal.NotAllowed;
import cn.jast.plan.web.refusal.NotFound;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The 申报书 as a PDF for the logged-in society's pages ({@code /society/application-pdf?id=…}): the same
 * {@link PrintService} as {@code GET /api/v1/applications/{id}/pdf}, which answers HTTP Basic only and
 * ignores a page's session by design (no cross-site request can use a session on the API). This link
 * reads with the form-login session instead; it only reads, so a GET is safe, and the path's role
 * (/society/) is checked before it runs. An application that is not the caller's is a 404.
 */
@WebServlet("/society/application-pdf")
public class ApplicationPdfDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient PrintService print;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        if (id == null || id.isBlank() || id.length() > 64) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PrintService.Pdf pdf;
        try {
            pdf = print.pdf(id);
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (NotAllowed e) {
            response.sendError(e.isLoginNeeded() ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        if (response.getContentType() == null) {
            response.setHeader("Content-Type", "application/pdf");
        }
        response.setHeader("Content-Disposition", "attachment; filename=\"" + pdf.asciiFileName()
                + "\"; filename*=UTF-8''" + URLEncoder.encode(pdf.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(pdf.bytes().length);
        response.getOutputStream().write(pdf.bytes());
    }
}
