package fr.referentcpts.core.people;

import fr.referentcpts.core.common.Keyed;
import java.util.Locale;

/** Profession of a health professional (the pluriprofessional mix is what ARS and CPAM look at). */
public enum Profession implements Keyed {
    GENERAL_PRACTITIONER,
    SPECIALIST,
    NURSE,
    PHARMACIST,
    PHYSIOTHERAPIST,
    SPEECH_THERAPIST,
    MIDWIFE,
    DENTIST,
    BIOLOGIST,
    RADIOLOGIST,
    PODIATRIST,
    PSYCHOLOGIST,
    OTHER;

    @Override
    public String messageKey() {
        return "person.profession." + name().toLowerCase(Locale.ROOT);
    }
}
