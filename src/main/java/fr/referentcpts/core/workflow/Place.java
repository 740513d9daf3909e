package fr.referentcpts.core.workflow;

/** Where the referent fills in what a requirement asks for. */
public enum Place {
    TEAM,
    TERRITORY,
    MISSIONS,
    MEETINGS,
    STAGE_FORM,
    FOLLOW_UP
}
