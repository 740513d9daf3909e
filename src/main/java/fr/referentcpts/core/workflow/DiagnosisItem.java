package fr.referentcpts.core.workflow;

import fr.referentcpts.core.common.Keyed;
import java.util.Locale;

/** The minimum content of the territorial diagnosis of a health project, one item per constant. */
public enum DiagnosisItem implements Keyed {
    MEDICAL_DEMOGRAPHY,
    POPULATION_HEALTH,
    INFRASTRUCTURES_AND_PATHWAYS,
    CITY_HOSPITAL_LINKS,
    EMERGENCIES_AND_UNSCHEDULED_CARE,
    ACCESS_TO_GP;

    @Override
    public String messageKey() {
        return "workflow.diagnosisItem." + name().toLowerCase(Locale.ROOT);
    }
}
