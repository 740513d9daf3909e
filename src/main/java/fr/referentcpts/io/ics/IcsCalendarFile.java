package fr.referentcpts.io.ics;

import fr.referentcpts.core.agenda.CalendarFile;
import fr.referentcpts.core.agenda.Deadline;
import fr.referentcpts.i18n.Messages;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The iCalendar file, in French, behind the domain's port. */
public final class IcsCalendarFile implements CalendarFile {
    private final Messages messages;

    public IcsCalendarFile(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int write(Path file, List<Deadline> deadlines, LocalDate today, Instant stamp) {
        return IcsCalendar.export(file, deadlines, messages, today, stamp);
    }
}
