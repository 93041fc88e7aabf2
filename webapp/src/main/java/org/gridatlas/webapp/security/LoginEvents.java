package org.gridatlas.webapp.security;

import org.gridatlas.data.account.service.AccountService;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.gridatlas.data.audit.AuditAction;
import org.gridatlas.data.audit.AuditService;

/** Audits logins, failed logins and logouts, and counts failures towards the lockout. */
@Component
class LoginEvents {

    private final AccountService accounts;
    private final AuditService audit;

    LoginEvents(AccountService accounts, AuditService audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @EventListener
    void success(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && event.getAuthentication().getPrincipal() instanceof GridAtlasUser user) {
            accounts.recordSuccessfulLogin(user.getUsername(), details.getRemoteAddress());
        }
    }

    @EventListener
    void failure(AbstractAuthenticationFailureEvent event) {
        String ip = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        accounts.recordFailedLogin(String.valueOf(event.getAuthentication().getName()), ip);
    }

    @EventListener
    void logout(LogoutSuccessEvent event) {
        audit.recordAs(event.getAuthentication().getName(), AuditAction.LOGOUT, event.getAuthentication().getName(), null, null);
    }
}
