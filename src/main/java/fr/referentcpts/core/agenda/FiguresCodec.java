package fr.referentcpts.core.agenda;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.LineFields;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.meetings.MeetingKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A case file's home figures ({@link CaseAgenda}) as text, to be kept ({@link FiguresStore}): a
 * first line with the stage, archived flag, population, contract in force, money of the year, case
 * name and number of deadlines; one line per deadline (date as a day number — reading 8 000 dates
 * back is then no work —, kind, key, done, arguments); a last line « . ». Fields are separated by
 * « | », escaped with « \ » where the text has one. What comes back equals what was encoded; a
 * text cut short or altered is refused when decoding (the figures are then computed again); an
 * argument of a type it does not know is refused when encoding (the figures are then not kept).
 */
public final class FiguresCodec {
    private static final String FORMAT = "F2";
    /** The last line: a text without it was cut short. */
    private static final String END = ".";

    private FiguresCodec() {
    }

    public static String encode(CaseAgenda figures, String caseName) {
        StringBuilder text = new StringBuilder(64 + 96 * figures.deadlines().size());
        line(text, List.of(FORMAT, figures.stage().name(), flag(figures.archived()),
                String.valueOf(figures.population()), flag(figures.inForce()), figures.due().toPlainString(),
                figures.letters().toPlainString(), caseName, String.valueOf(figures.deadlines().size())));
        for (Deadline d : figures.deadlines()) {
            if (!d.caseId().equals(figures.caseId()) || !d.caseName().equals(caseName)) {
                throw new IllegalArgumentException("deadline of another case: " + d.key());
            }
            List<String> fields = new ArrayList<>(List.of(String.valueOf(d.date().toEpochDay()), d.kind().name(),
                    d.key(), flag(d.done())));
            for (Object argument : d.arguments()) {
                fields.add(argument(argument));
            }
            line(text, fields);
        }
        return text.append('\n').append(END).toString();
    }

    /** The figures {@code text} holds; an {@link IllegalArgumentException} for any text it cannot give back whole. */
    public static CaseAgenda decode(UUID caseId, String text) {
        try {
            return read(caseId, text);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) { // a day out of range, a field missing…
            throw new IllegalArgumentException("not kept figures: " + e.getMessage(), e);
        }
    }

    private static CaseAgenda read(UUID caseId, String text) {
        String[] lines = text.split("\n", -1);
        List<String> head = fields(lines[0]);
        if (head.size() != 9 || !FORMAT.equals(head.get(0)) || !END.equals(lines[lines.length - 1])
                || Integer.parseInt(head.get(8)) != lines.length - 2) {
            throw new IllegalArgumentException("not kept figures, or not whole: " + lines[0]);
        }
        String caseName = head.get(7);
        List<Deadline> deadlines = new ArrayList<>(lines.length);
        for (int i = 1; i < lines.length - 1; i++) {
            List<String> f = fields(lines[i]);
            if (f.size() < 4) {
                throw new IllegalArgumentException("not a deadline: " + lines[i]);
            }
            List<Object> arguments = new ArrayList<>(f.size() - 4);
            for (String argument : f.subList(4, f.size())) {
                arguments.add(argument(argument));
            }
            deadlines.add(new Deadline(caseId, caseName, LocalDate.ofEpochDay(Long.parseLong(f.get(0))),
                    DeadlineKind.valueOf(f.get(1)),
                    arguments, f.get(2), flag(f.get(3))));
        }
        return new CaseAgenda(caseId, WorkflowStage.valueOf(head.get(1)), flag(head.get(2)), Long.parseLong(head.get(3)),
                flag(head.get(4)), new BigDecimal(head.get(5)), new BigDecimal(head.get(6)), deadlines);
    }

    private static String argument(Object argument) {
        return switch (argument) {
            case String s -> "s" + s;
            case Integer i -> "i" + i;
            case MeetingKind k -> "k" + k.name();
            case Mission m -> "m" + m.name();
            default -> throw new IllegalArgumentException("argument not kept: " + argument.getClass());
        };
    }

    private static Object argument(String field) {
        String value = field.substring(1);
        return switch (field.charAt(0)) {
            case 's' -> value;
            case 'i' -> Integer.valueOf(value);
            case 'k' -> MeetingKind.valueOf(value);
            case 'm' -> Mission.valueOf(value);
            default -> throw new IllegalArgumentException("unknown argument: " + field);
        };
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }

    private static boolean flag(String field) {
        return switch (field) {
            case "1" -> true;
            case "0" -> false;
            default -> throw new IllegalArgumentException("not a flag: " + field);
        };
    }

    private static void line(StringBuilder text, List<String> fields) {
        if (!text.isEmpty()) {
            text.append('\n');
        }
        LineFields.append(text, fields);
    }

    private static List<String> fields(String line) {
        return LineFields.split(line);
    }
}
