package cn.jast.plan.web.audit.faces;

import java.io.IOException;

import cn.jast.plan.web.audit.DossierService;
import cn.jast.plan.web.refusal.NotAllowed;
import cn.jast.plan.web.refusal.NotFound;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An application's dossier for the office's pages ({@code /office/dossier?id=…}): the same
 * {@link DossierService} as {@code GET /api/v1/applications/{id}/dossier}, which answers HTTP Basic only;
 * this link reads with the form-login session instead. It only reads, so a GET is safe; the path's role
 * (/office/) is checked before it runs, and the service checks it again.
 */
@WebServlet("/office/dossier")
public class DossierDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient DossierService dossiers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        if (id == null || id.isBlank() || id.length() > 64) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DossierService.Dossier dossier;
        try {
            dossier = dossiers.dossier(id.strip());
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (NotAllowed e) {
            response.sendError(e.isLoginNeeded() ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + dossier.fileName() + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(dossier.zip().length);
        response.getOutputStream().write(dossier.zip());
    }
}
