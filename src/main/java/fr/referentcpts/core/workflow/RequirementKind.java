package fr.referentcpts.core.workflow;

import fr.referentcpts.core.casefile.WorkflowStage;

/**
 * What a stage asks for, as a table: the stage, whether a missing one blocks moving forward,
 * where it is filled in, its label and the next action that fills it (message keys; the label
 * and the action take the requirement's arguments).
 */
public enum RequirementKind {
    PRE_TEAM(WorkflowStage.PRE_PROJECT, Severity.BLOCKING, Place.TEAM, "workflow.req.preTeam", "workflow.instruction.preTeam"),
    PRE_CONTACT(WorkflowStage.PRE_PROJECT, Severity.BLOCKING, Place.TEAM, "workflow.req.preContact",
            "workflow.instruction.preContact"),
    PRE_TERRITORY(WorkflowStage.PRE_PROJECT, Severity.BLOCKING, Place.TERRITORY, "workflow.req.preTerritory",
            "workflow.instruction.preTerritory"),
    PRE_POPULATION(WorkflowStage.PRE_PROJECT, Severity.WARNING, Place.TERRITORY, "workflow.req.population",
            "workflow.instruction.population"),
    PRE_OVERLAP(WorkflowStage.PRE_PROJECT, Severity.WARNING, Place.TERRITORY, "workflow.req.preOverlap",
            "workflow.instruction.preOverlap"),
    PRE_FIRST_CONTACT(WorkflowStage.PRE_PROJECT, Severity.BLOCKING, Place.STAGE_FORM, "workflow.req.preFirstContact",
            "workflow.instruction.preFirstContact"),
    PRE_PROBLEMS(WorkflowStage.PRE_PROJECT, Severity.BLOCKING, Place.STAGE_FORM, "workflow.req.preProblems",
            "workflow.instruction.preProblems"),
    PRE_INFO_MEETING(WorkflowStage.PRE_PROJECT, Severity.BLOCKING, Place.MEETINGS, "workflow.req.preInfoMeeting",
            "workflow.instruction.preInfoMeeting"),

    LETTER_RECEIVED(WorkflowStage.LETTER_OF_INTENT, Severity.BLOCKING, Place.STAGE_FORM, "workflow.req.letterReceived",
            "workflow.instruction.letterReceived"),
    LETTER_CONTENT(WorkflowStage.LETTER_OF_INTENT, Severity.BLOCKING, Place.STAGE_FORM, "workflow.req.letterContent",
            "workflow.instruction.letterContent"),
    LETTER_SENT(WorkflowStage.LETTER_OF_INTENT, Severity.BLOCKING, Place.STAGE_FORM, "workflow.req.letterSent",
            "workflow.instruction.letterSent"),
    LETTER_DECISION(WorkflowStage.LETTER_OF_INTENT, Severity.BLOCKING, Place.STAGE_FORM, "workflow.req.letterDecision",
            "workflow.instruction.letterDecision"),
    LETTER_SEED_GRANT(WorkflowStage.LETTER_OF_INTENT, Severity.WARNING, Place.STAGE_FORM, "workflow.req.letterSeedGrant",
            "workflow.instruction.letterSeedGrant"),

    PROJECT_ASSOCIATION(WorkflowStage.HEALTH_PROJECT, Severity.BLOCKING, Place.STAGE_FORM,
            "workflow.req.projectAssociation", "workflow.instruction.projectAssociation"),
    PROJECT_RNA(WorkflowStage.HEALTH_PROJECT, Severity.BLOCKING, Place.STAGE_FORM, "workflow.req.projectRna",
            "workflow.instruction.projectRna"),
    PROJECT_STATUTES(WorkflowStage.HEALTH_PROJECT, Severity.BLOCKING, Place.STAGE_FORM, "workflow.req.projectStatutes",
            "workflow.instruction.projectStatutes"),
    PROJECT_ASSEMBLY(WorkflowStage.HEALTH_PROJECT, Severity.BLOCKING, Place.STAGE_FORM, "workflow.req.projectAssembly",
            "workflow.instruction.projectAssembly"),
    PROJECT_SEAT(WorkflowStage.HEALTH_PROJECT, Severity.WARNING, Place.STAGE_FORM, "workflow.req.projectSeat",
            "workflow.instruction.projectSeat"),
    PROJECT_PRESIDENT(WorkflowStage.HEALTH_PROJECT, Severity.BLOCKING, Place.STAGE_FORM, "workflow.req.projectPresident",
            "workflow.instruction.projectPresident"),
    PROJECT_COORDINATOR(WorkflowStage.HEALTH_PROJECT, Severity.BLOCKING, Place.STAGE_FORM,
            "workflow.req.projectCoordinator", "workflow.instruction.projectCoordinator"),
    PROJECT_DIAGNOSIS(WorkflowStage.HEALTH_PROJECT, Severity.BLOCKING, Place.STAGE_FORM, "workflow.req.projectDiagnosis",
            "workflow.instruction.projectDiagnosis"),
    PROJECT_SOCLE_MISSION(WorkflowStage.HEALTH_PROJECT, Severity.BLOCKING, Place.MISSIONS,
            "workflow.req.socleMission", "workflow.instruction.socleMission"),
    PROJECT_OPTIONAL_MISSION(WorkflowStage.HEALTH_PROJECT, Severity.BLOCKING, Place.MISSIONS,
            "workflow.req.optionalMission", "workflow.instruction.optionalMission"),
    PROJECT_RECEIVED(WorkflowStage.HEALTH_PROJECT, Severity.BLOCKING, Place.STAGE_FORM, "workflow.req.projectReceived",
            "workflow.instruction.projectReceived"),
    PROJECT_ARS_VALIDATION(WorkflowStage.HEALTH_PROJECT, Severity.BLOCKING, Place.STAGE_FORM,
            "workflow.req.projectArsValidation", "workflow.instruction.projectArsValidation"),
    PROJECT_AM_VALIDATION(WorkflowStage.HEALTH_PROJECT, Severity.BLOCKING, Place.STAGE_FORM,
            "workflow.req.projectAmValidation", "workflow.instruction.projectAmValidation"),

    SIGN_MEETING(WorkflowStage.SIGNATURE, Severity.BLOCKING, Place.MEETINGS, "workflow.req.signMeeting",
            "workflow.instruction.signMeeting"),
    SIGN_SOCLE_MISSION(WorkflowStage.SIGNATURE, Severity.BLOCKING, Place.MISSIONS, "workflow.req.socleMission",
            "workflow.instruction.socleMission"),
    SIGN_INDICATORS(WorkflowStage.SIGNATURE, Severity.BLOCKING, Place.MISSIONS, "workflow.req.signIndicators",
            "workflow.instruction.signIndicators"),
    SIGN_POPULATION(WorkflowStage.SIGNATURE, Severity.BLOCKING, Place.STAGE_FORM, "workflow.req.signPopulation",
            "workflow.instruction.signPopulation"),
    SIGN_SMALL_POPULATION(WorkflowStage.SIGNATURE, Severity.WARNING, Place.TERRITORY, "workflow.req.population",
            "workflow.instruction.population"),
    SIGN_RULES(WorkflowStage.SIGNATURE, Severity.BLOCKING, Place.STAGE_FORM, "workflow.req.signRules",
            "workflow.instruction.signRules"),
    SIGN_SIGNATORY(WorkflowStage.SIGNATURE, Severity.BLOCKING, Place.STAGE_FORM, "workflow.req.signSignatory",
            "workflow.instruction.signSignatory"),
    SIGN_DATE(WorkflowStage.SIGNATURE, Severity.BLOCKING, Place.STAGE_FORM, "workflow.req.signDate",
            "workflow.instruction.signDate"),
    SIGN_START_LATE(WorkflowStage.SIGNATURE, Severity.WARNING, Place.MISSIONS, "workflow.req.missionStart",
            "workflow.instruction.missionStart"),
    SIGN_FUNDING(WorkflowStage.SIGNATURE, Severity.WARNING, Place.STAGE_FORM, "workflow.req.funding",
            "workflow.instruction.funding"),
    SIGN_PAYMENT_FILE(WorkflowStage.SIGNATURE, Severity.WARNING, Place.STAGE_FORM, "workflow.req.paymentFile",
            "workflow.instruction.paymentFile"),

    FOLLOW_START(WorkflowStage.FOLLOW_UP, Severity.WARNING, Place.MISSIONS, "workflow.req.missionStart",
            "workflow.instruction.missionStart"),
    FOLLOW_REVIEW(WorkflowStage.FOLLOW_UP, Severity.WARNING, Place.FOLLOW_UP, "workflow.req.followReview",
            "workflow.instruction.followReview"),
    FOLLOW_MEASURES(WorkflowStage.FOLLOW_UP, Severity.WARNING, Place.MISSIONS, "workflow.req.followMeasures",
            "workflow.instruction.followMeasures"),
    FOLLOW_PAYMENTS(WorkflowStage.FOLLOW_UP, Severity.WARNING, Place.FOLLOW_UP, "workflow.req.followPayments",
            "workflow.instruction.followPayments"),
    FOLLOW_FUNDING(WorkflowStage.FOLLOW_UP, Severity.WARNING, Place.STAGE_FORM, "workflow.req.funding",
            "workflow.instruction.funding"),
    FOLLOW_PAYMENT_FILE(WorkflowStage.FOLLOW_UP, Severity.WARNING, Place.STAGE_FORM, "workflow.req.paymentFile",
            "workflow.instruction.paymentFile"),
    FOLLOW_CRISIS_PLAN(WorkflowStage.FOLLOW_UP, Severity.WARNING, Place.FOLLOW_UP, "workflow.req.crisisPlan",
            "workflow.instruction.crisisPlan"),
    FOLLOW_CONTRACT_END(WorkflowStage.FOLLOW_UP, Severity.BLOCKING, Place.FOLLOW_UP, "workflow.req.followContractEnd",
            "workflow.instruction.followContractEnd");

    private final WorkflowStage stage;
    private final Severity severity;
    private final Place place;
    private final String labelKey;
    private final String instructionKey;

    RequirementKind(WorkflowStage stage, Severity severity, Place place, String labelKey, String instructionKey) {
        this.stage = stage;
        this.severity = severity;
        this.place = place;
        this.labelKey = labelKey;
        this.instructionKey = instructionKey;
    }

    public WorkflowStage stage() {
        return stage;
    }

    public Severity severity() {
        return severity;
    }

    public Place place() {
        return place;
    }

    public String labelKey() {
        return labelKey;
    }

    public String instructionKey() {
        return instructionKey;
    }
}
