package fr.referentcpts.core.workflow;

/** A missing blocking requirement prevents moving forward; a missing warning does not. */
public enum Severity {
    BLOCKING,
    WARNING
}
