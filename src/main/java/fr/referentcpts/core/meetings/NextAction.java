package fr.referentcpts.core.meetings;

import java.time.LocalDate;
import java.util.UUID;

/** A next action decided in a meeting: what, who, by when, done or not. It feeds « À venir ». */
public record NextAction(UUID id, String text, String owner, LocalDate due, boolean done) {
    public NextAction {
        text = text == null ? "" : text.strip();
        owner = owner == null ? "" : owner.strip();
    }

    public NextAction withDone(boolean value) {
        return new NextAction(id, text, owner, due, value);
    }
}
