package cn.jast.plan.web.account.faces;

import cn.jast.plan.web.faces.refusal.RefusalMessages;
import cn.jast.plan.web.refusal.InvalidInput;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The services' refusal of a field on the account pages, in the page's words: each field the service
 * names gets the page's own sentence of what the field must be ({@code accounts.field.<field>} in the
 * messages), at its component; anything else goes to {@link RefusalMessages}. The check itself is the
 * service's alone.
 */
final class FieldMessages {

    private FieldMessages() {
    }

    /**
     * @param clientIds the service's field names to the components' client ids
     * @param args the figures the sentences name ({0}, {1}, ...)
     */
    static void show(FacesContext context, RuntimeException e, Map<String, String> clientIds, Object... args) {
        if (!(e instanceof InvalidInput invalid)) {
            RefusalMessages.show(context, e, RefusalMessages.Fields.of(clientIds));
            return;
        }
        ResourceBundle msg = context.getApplication().getResourceBundle(context, "msg");
        invalid.errors().forEach(f -> {
            String key = "accounts.field." + f.field();
            String text = msg.containsKey(key) ? MessageFormat.format(msg.getString(key), args) : f.message();
            context.addMessage(clientIds.get(f.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        });
        context.validationFailed();
    }
}
