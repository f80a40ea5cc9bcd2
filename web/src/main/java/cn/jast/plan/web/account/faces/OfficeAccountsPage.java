package cn.jast.plan.web.account.faces;

import cn.jast.plan.domain.society.Society;
import cn.jast.plan.domain.society.SocietyType;
import cn.jast.plan.web.account.AccountService;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.society.SocietyService;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * office/accounts.xhtml: the societies and the accounts. The office registers a society, makes an
 * account with a one-time password (shown on this page once), resets a password, unlocks an account;
 * every step is {@link AccountService}'s or {@link SocietyService}'s, which check and audit it.
 */
@Named
@ViewScoped
public class OfficeAccountsPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    AccountService accounts;

    @Inject
    SocietyService societies;

    @Inject
    PlanService plans;

    private String code;
    private String name;
    private String type = SocietyType.PROVINCIAL_SOCIETY.name();
    private String affiliated = "";

    private String username;
    private String role = "SOCIETY";
    private String society;
    private String email;

    /** The request attribute of a one-time password just issued: shown in this response once, never kept in the session. */
    private static final String ISSUED = OfficeAccountsPage.class.getName() + ".issued";

    private transient List<AccountService.Summary> accountRows;
    private transient List<Society> societyRows;

    public List<AccountService.Summary> getAccounts() {
        if (accountRows == null) {
            accountRows = accounts.accounts();
            accountCounts = null;
        }
        return accountRows;
    }

    public List<Society> getSocieties() {
        if (societyRows == null) {
            societyRows = societies.all();
        }
        return societyRows;
    }

    public List<SocietyType> getTypes() {
        return List.of(SocietyType.values());
    }

    private transient Map<String, Long> accountCounts;

    /** How many accounts the society has (counted once per rendering of the list, not once per row). */
    public long accountsOf(String societyCode) {
        if (accountCounts == null) {
            accountCounts = getAccounts().stream().filter(a -> a.society() != null)
                    .collect(java.util.stream.Collectors.groupingBy(AccountService.Summary::society,
                            java.util.stream.Collectors.counting()));
        }
        return accountCounts.getOrDefault(societyCode, 0L);
    }

    public void registerSociety() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            Society s = societies.register(code, name, type, affiliated == null || affiliated.isEmpty() ? null
                    : Boolean.valueOf(affiliated));
            info(context, "accounts.society.registered", s.id().value(), s.name());
            society = s.id().value();
            code = null;
            name = null;
            societyRows = null;
        } catch (RuntimeException e) {
            FieldMessages.show(context, e, Map.of("code", "societyForm:code", "name", "societyForm:name",
                    "type", "societyForm:type"), SocietyService.MAX_NAME_LENGTH);
        }
    }

    public void createAccount() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            issue(accounts.create(new AccountService.NewAccount(username, role,
                    "SOCIETY".equals(role) ? society : null, email)));
            username = null;
            email = null;
            accountRows = null;
        } catch (RuntimeException e) {
            FieldMessages.show(context, e, Map.of("username", "accountForm:username", "role", "accountForm:role",
                    "society", "accountForm:society", "email", "accountForm:email"));
        }
    }

    public void reset(String user) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            issue(accounts.resetPassword(user));
            accountRows = null;
        } catch (RuntimeException e) {
            FieldMessages.show(context, e, Map.of());
        }
    }

    public void unlock(String user) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (accounts.unlock(user)) {
            info(context, "accounts.unlocked", user);
        }
        accountRows = null;
    }

    public String at(Instant at) {
        return at == null ? "" : AT.format(at.atZone(plans.latest().zone()));
    }

    private static void info(FacesContext context, String key, Object... args) {
        String text = java.text.MessageFormat.format(
                context.getApplication().getResourceBundle(context, "msg").getString(key), args);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void issue(AccountService.Issued issued) {
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put(ISSUED, issued);
    }

    /** The one-time password issued by this request's action, or null. */
    public AccountService.Issued getIssued() {
        return (AccountService.Issued) FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(ISSUED);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getAffiliated() {
        return affiliated;
    }

    public void setAffiliated(String affiliated) {
        this.affiliated = affiliated;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getSociety() {
        return society;
    }

    public void setSociety(String society) {
        this.society = society;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
