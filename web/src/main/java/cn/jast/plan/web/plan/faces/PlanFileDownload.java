package cn.jast.plan.web.plan.faces;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.refusal.NotAllowed;
import cn.jast.plan.web.refusal.NotFound;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The stored plan-year file for the office's pages ({@code /office/plan-file?year=…}): the same
 * {@link PlanService#file} as {@code GET /api/v1/plans/{year}/file}, read with the form-login session; a GET
 * that only reads, behind the path's role (/office/).
 */
@WebServlet("/office/plan-file")
public class PlanFileDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient PlanService plans;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int year;
        try {
            year = Integer.parseInt(String.valueOf(request.getParameter("year")).strip());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PlanService.StoredFile file;
        try {
            file = plans.file(year);
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (NotAllowed e) {
            response.sendError(e.isLoginNeeded() ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] bytes = file.text().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
