package fr.referentcpts.core.sync;

import fr.referentcpts.core.common.DomainException;

/** The server's own rules refused to change a case for this login (another referent's case). */
public class ServerRefusedException extends DomainException {
    public ServerRefusedException(Throwable cause, Object... arguments) {
        super("sync.error.refused", cause, arguments);
    }
}
