package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.workflow.Place;
import fr.referentcpts.core.workflow.Requirement;
import fr.referentcpts.i18n.Messages;

/**
 * One line of « ce que demande l’étape »: met, missing and blocking (red), missing warning
 * (amber), or not due yet (grey, « à venir le … »), with the requirement it shows.
 */
public record RequirementRow(String code, String label, String detail, State state, Place place,
        Requirement requirement) {
    /** How a requirement is shown. */
    public enum State {
        MET,
        MISSING_BLOCKING,
        MISSING_WARNING,
        UPCOMING
    }

    public static RequirementRow of(Requirement r, Messages messages) {
        State state = r.met() ? State.MET : r.pending() ? State.UPCOMING
                : r.blocking() ? State.MISSING_BLOCKING : State.MISSING_WARNING;
        return new RequirementRow(r.code(), messages.get(r.label()), r.detail() == null ? "" : messages.get(r.detail()),
                state, r.kind().place(), r);
    }
}
