package cn.jast.plan.web.faces;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What Faces does with a failure no page handled: an expired or unknown view (the session ended, or a
 * post carried a view state this session never issued, as a forged cross-site post does) sends the
 * visitor to the error page saying so; anything else is logged under an incident id
 * ({@link Incidents}) and the visitor sees the error page with that id. Works for Ajax requests too
 * (Faces answers those with a redirect in the partial response). Never a stack trace on a page.
 */
public class IncidentExceptionHandler extends ExceptionHandlerWrapper {
    private static final Logger LOG = Logger.getLogger(IncidentExceptionHandler.class.getName());
    static final String ERROR_PAGE = "/error.xhtml";

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new IncidentExceptionHandler(getWrapped().getExceptionHandler());
        }
    }

    public IncidentExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        String target = null;
        while (events.hasNext()) {
            Throwable failure = events.next().getContext().getException();
            events.remove();
            if (target != null) {
                Incidents.record(viewId(context), failure);
            } else if (isExpired(failure)) {
                target = ERROR_PAGE + "?reason=expired";
            } else {
                target = ERROR_PAGE + "?incident=" + Incidents.record(viewId(context), failure);
            }
        }
        if (target != null && context != null) {
            ExternalContext external = context.getExternalContext();
            try {
                if (!external.isResponseCommitted()) {
                    external.responseReset();
                    external.redirect(external.getRequestContextPath() + target);
                }
            } catch (IOException | IllegalStateException e) {
                LOG.log(Level.WARNING, "could not send the visitor to the error page", e);
            }
            context.responseComplete();
        }
        getWrapped().handle();
    }

    private static boolean isExpired(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static String viewId(FacesContext context) {
        return context == null || context.getViewRoot() == null ? "?" : context.getViewRoot().getViewId();
    }
}
