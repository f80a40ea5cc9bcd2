package cn.jast.plan.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The error page's facts: which kind of error (not found, not allowed, page expired, failure) and, for
 * a failure, its incident id. A failure the container forwards here (outside Faces) is logged here
 * under a new id; one Faces handled arrives with its id ({@link IncidentExceptionHandler}). The page
 * shows no text of the failure itself.
 */
@Named
@RequestScoped
public class ErrorPage {

    /** What the page says. */
    public enum Kind { NOT_FOUND, FORBIDDEN, EXPIRED, BAD_REQUEST, FAILURE }

    @Inject
    HttpServletRequest request;

    private Kind kind;
    private String incident;

    public Kind getKind() {
        resolve();
        return kind;
    }

    public String getIncident() {
        resolve();
        return incident;
    }

    /** The answer's status: a page reached by redirect after a failure still answers as one. */
    public void setStatus() {
        resolve();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            external.setResponseStatus(switch (kind) {
                case NOT_FOUND -> 404;
                case FORBIDDEN -> 403;
                case EXPIRED, BAD_REQUEST -> 400;
                case FAILURE -> 500;
            });
        }
    }

    private void resolve() {
        if (kind != null) {
            return;
        }
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (failure instanceof Throwable t) {
            kind = Kind.FAILURE;
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            incident = Incidents.record(String.valueOf(uri), t);
        } else if (status instanceof Integer code) {
            kind = code == 404 ? Kind.NOT_FOUND : code == 403 || code == 401 ? Kind.FORBIDDEN
                    : code == 400 ? Kind.BAD_REQUEST : Kind.FAILURE;
            if (kind == Kind.FAILURE) {
                incident = Incidents.record(String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)),
                        new IllegalStateException("status " + code + ": "
                                + request.getAttribute(RequestDispatcher.ERROR_MESSAGE)));
            }
        } else if ("expired".equals(request.getParameter("reason"))) {
            kind = Kind.EXPIRED;
        } else if (Incidents.isId(request.getParameter("incident"))) {
            kind = Kind.FAILURE;
            incident = request.getParameter("incident");
        } else {
            kind = Kind.NOT_FOUND;
        }
    }
}
