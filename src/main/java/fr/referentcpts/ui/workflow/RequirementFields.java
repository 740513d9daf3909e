package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.workflow.Place;
import fr.referentcpts.core.workflow.Requirement;
import java.util.List;
import java.util.Locale;

/**
 * Where « Y aller » puts the cursor for a requirement: the ids of the fields that fill it in,
 * in order (the first still empty is focused), and which stage form holds them.
 */
public final class RequirementFields {
    private RequirementFields() {
    }

    /** The ids of the controls that fill {@code r} in, the one to focus first leading; empty: the form's first empty field. */
    public static List<String> ids(Requirement r) {
        String arg = r.arguments().isEmpty() ? "" : String.valueOf(r.arguments().getFirst());
        return switch (r.kind()) {
            case PRE_TEAM, PRE_CONTACT -> List.of("team-add");
            case PRE_TERRITORY, PRE_POPULATION, SIGN_SMALL_POPULATION -> List.of("commune-search");
            case PRE_OVERLAP -> List.of("territory-table");
            case PRE_FIRST_CONTACT -> List.of("pre-first-contact", "pre-contacted");
            case PRE_PROBLEMS -> List.of("pre-problems");
            case PRE_INFO_MEETING, SIGN_MEETING -> List.of("meeting-new");
            case LETTER_RECEIVED -> List.of("letter-received");
            case LETTER_CONTENT -> List.of("letter-item-" + arg);
            case LETTER_SENT -> List.of("letter-sent");
            case LETTER_DECISION -> List.of("letter-decision", "letter-decision-date");
            case LETTER_SEED_GRANT -> List.of("letter-grant-amount", "letter-grant-date");
            case PROJECT_ASSOCIATION -> List.of("project-name");
            case PROJECT_RNA -> List.of("project-rna");
            case PROJECT_STATUTES -> List.of("project-statutes");
            case PROJECT_ASSEMBLY -> List.of("project-assembly");
            case PROJECT_SEAT -> List.of("project-seat");
            case PROJECT_PRESIDENT -> List.of("project-president");
            case PROJECT_COORDINATOR -> List.of("project-coordinator");
            case PROJECT_DIAGNOSIS -> List.of("project-diag-" + arg);
            case PROJECT_SOCLE_MISSION -> r.detail() != null && r.detail().key().equals("workflow.detail.notChosen")
                    ? List.of("mission-chosen") : List.of("action-add");
            case SIGN_SOCLE_MISSION -> List.of("mission-chosen");
            case PROJECT_OPTIONAL_MISSION -> List.of("action-add");
            case PROJECT_RECEIVED -> List.of("project-received");
            case PROJECT_ARS_VALIDATION -> List.of("project-ars");
            case PROJECT_AM_VALIDATION -> List.of("project-am");
            case SIGN_INDICATORS -> List.of("indicator-catalog");
            case SIGN_POPULATION -> List.of("negotiation-population", "negotiation-size-confirmed");
            case SIGN_RULES -> List.of("negotiation-rules");
            case SIGN_SIGNATORY -> signatory(arg.toLowerCase(Locale.ROOT));
            case SIGN_DATE, FOLLOW_CONTRACT_END -> List.of("negotiation-signature-date", "negotiation-signature-place");
            case SIGN_START_LATE, FOLLOW_START -> List.of("mission-start");
            case SIGN_PAYMENT_FILE, FOLLOW_PAYMENT_FILE -> List.of("file-rib", "file-siret", "file-finess");
            case FOLLOW_REVIEW -> List.of("review-date");
            case FOLLOW_MEASURES -> List.of("indicators-table");
            case FOLLOW_PAYMENTS -> List.of("payment-date", "payment-amount");
            case FOLLOW_CRISIS_PLAN -> List.of("plan-date");
            case SIGN_FUNDING, FOLLOW_FUNDING -> List.of();
        };
    }

    /**
     * The stage form that holds what {@code r} asks for: the case's own stage for its forms, the
     * follow-up for the follow-up place, the negotiation for the amounts and the signature date.
     */
    public static WorkflowStage form(Requirement r, WorkflowStage current) {
        return switch (r.kind()) {
            case SIGN_FUNDING, FOLLOW_FUNDING, FOLLOW_CONTRACT_END -> WorkflowStage.SIGNATURE;
            default -> r.kind().place() == Place.FOLLOW_UP ? WorkflowStage.FOLLOW_UP : current;
        };
    }

    private static List<String> signatory(String party) {
        return party.equals("cpts") ? List.of("negotiation-cpts-name", "negotiation-cpts-quality")
                : List.of("negotiation-" + party + "-name", "negotiation-" + party + "-quality", "negotiation-" + party);
    }
}
