package fr.referentcpts.core.annex;

import fr.referentcpts.core.common.DomainException;
import java.util.List;

/** A final annex was asked for a case that is not ready: the reasons say what is missing. */
public class AnnexNotReadyException extends DomainException {
    private final transient List<DraftReason> reasons;

    public AnnexNotReadyException(String caseName, List<DraftReason> reasons) {
        super("annex.error.notReady", caseName);
        this.reasons = List.copyOf(reasons);
    }

    public List<DraftReason> reasons() {
        return reasons;
    }
}
