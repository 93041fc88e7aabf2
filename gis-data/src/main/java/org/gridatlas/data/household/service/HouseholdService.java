package org.gridatlas.data.household.service;

import java.util.Optional;

import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.audit.AuditAction;
import org.gridatlas.data.audit.AuditService;
import org.gridatlas.data.base.PersonalData;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.gridatlas.data.household.domain.Household;
import org.gridatlas.data.household.domain.HouseholdRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Household cards: masked by default; revealed only for a permitted role with a stated reason, and audited.
 * Row-level security hides households outside the user's area, so a foreign id is simply not found.
 */
@Service
public class HouseholdService {

    /** The shortest reason accepted for revealing personal data. */
    public static final int MIN_REASON_LENGTH = 4;

    private final HouseholdRepository households;
    private final AuditService audit;

    HouseholdService(HouseholdRepository households, AuditService audit) {
        this.households = households;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<HouseholdCard> card(long id) {
        return households.findById(id).map(h -> toCard(h, false));
    }

    @Transactional(readOnly = true)
    public Optional<HouseholdCard> reveal(long id, String reason, String clientIp) {
        Scope scope = Scopes.current();
        if (!mayReveal(scope)) {
            audit.record(AuditAction.ACCESS_DENIED, "household:" + id, "reveal refused for role " + scope.role(), clientIp);
            throw new RevealRefusedException("role " + scope.role() + " may not reveal personal data");
        }
        if (reason == null || reason.strip().length() < MIN_REASON_LENGTH) {
            throw new RevealRefusedException("a reason of at least " + MIN_REASON_LENGTH + " characters is required");
        }
        Optional<Household> found = households.findById(id);
        found.ifPresent(h -> audit.record(AuditAction.REVEAL, "household:" + id, reason.strip(), clientIp));
        return found.map(h -> toCard(h, true));
    }

    public static boolean mayReveal(Scope scope) {
        try {
            return UserRole.valueOf(scope.role()).mayRevealPersonalData();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static HouseholdCard toCard(Household h, boolean reveal) {
        var p = h.getLocation();
        return new HouseholdCard(h.getId(), h.getCode(), h.getVillageCode(), h.getAddress(), h.getSize(),
                reveal ? h.getHeadName() : PersonalData.maskName(h.getHeadName()),
                reveal ? h.getIdNumber() : PersonalData.maskIdNumber(h.getIdNumber()),
                reveal ? h.getPhone() : PersonalData.maskPhone(h.getPhone()),
                h.isLowIncome(), h.isDisabled(), h.isElderlyAlone(), h.isMustVisit(),
                p == null ? null : p.getX(), p == null ? null : p.getY(), reveal);
    }
}
