package cn.jast.plan.web.office.faces;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import cn.jast.plan.web.application.AttachmentService;
import cn.jast.plan.web.refusal.NotAllowed;
import cn.jast.plan.web.refusal.NotFound;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An application's attachment for the office's pages ({@code /office/attachment?id=…}): the same
 * {@link AttachmentService#download} as {@code GET /api/v1/attachments/{id}}, read with the form-login
 * session (the REST API answers HTTP Basic only). Always a download, never shown inline, so a file a
 * society uploaded cannot run as a page of this site.
 */
@WebServlet("/office/attachment")
public class AttachmentDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient AttachmentService attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AttachmentService.Download d;
        try {
            d = attachments.download(request.getParameter("id"));
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (NotAllowed e) {
            response.sendError(e.isLoginNeeded() ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String name = d.attachment().downloadName();
        response.setContentType("application/octet-stream");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^0-9A-Za-z._-]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(d.content().length);
        response.getOutputStream().write(d.content());
    }
}
