package fr.referentcpts.core.agenda;

import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.NextAction;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.workflow.CaseSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a case file's figures computed for {@code today} stay what a computation would give,
 * its data, settings and rules unchanged: from today until the first day that may change them
 * (excluded). The figures depend on the day only through dates (the year of the money counted; a
 * meeting listed until its day has passed; a mission counted as started from its start; the
 * provisional signature date of a case not signed, which picks its rules version and whether its
 * letter of intent counts): the window ends at the earliest of the next 1 January, of every date
 * of the case file, of its deadlines and of the rules versions' entry into force, and of the day
 * after each — and {@value #LONGEST_DAYS} days at most. Anything of {@link AgendaService#caseAgenda}
 * that comes to depend on the day must bring its dates here.
 */
final class FiguresWindow {
    static final int LONGEST_DAYS = 31;

    private FiguresWindow() {
    }

    static LocalDate until(CaseSnapshot s, CaseAgenda figures, RulesCatalog catalog, LocalDate today) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(LocalDate.of(today.getYear() + 1, 1, 1));
        dates.add(s.signatureDate());
        dates.add(s.letter().received());
        dates.add(s.letter().sentToArs());
        dates.add(s.letter().decisionDate());
        for (CaseMission mission : s.missions().chosen()) {
            dates.add(mission.startDate());
        }
        for (Meeting meeting : s.meetings()) {
            dates.add(meeting.date());
            for (NextAction action : meeting.actions()) {
                dates.add(action.due());
            }
        }
        for (Deadline deadline : figures.deadlines()) {
            dates.add(deadline.date());
        }
        for (RulesVersion version : catalog.versions()) {
            dates.add(version.inForce());
        }
        LocalDate until = today.plusDays(LONGEST_DAYS);
        for (LocalDate date : dates) {
            if (date == null) {
                continue;
            }
            if (date.isAfter(today) && date.isBefore(until)) {
                until = date;
            }
            LocalDate after = date.plusDays(1);
            if (after.isAfter(today) && after.isBefore(until)) {
                until = after;
            }
        }
        return until;
    }
}
