package fr.referentcpts.core.exchange;

/**
 * One difference between two states of the same case file: the database's and an imported
 * file's, or this computer's and the cellule server's.
 *
 * @param what    message key naming the field or the kind of item (« exchange.item.commune »…)
 * @param subject the item concerned (a commune, a person…), empty for a field of the case
 * @param kind    added, removed or changed
 * @param before  the field's current value (fields only)
 * @param after   the field's imported value (fields only)
 * @param item    the key matching the item in both states (its id, its INSEE code…), empty for a
 *                field or a form: two items shown with the same subject are still told apart
 */
public record Change(String what, String subject, Kind kind, String before, String after, String item) {

    public Change {
        item = item == null ? "" : item;
    }

    /** A change of a field or a form. */
    public Change(String what, String subject, Kind kind, String before, String after) {
        this(what, subject, kind, before, after, "");
    }

    /** What the change is about, the same in both states and unique among a comparison's changes. */
    public String key() {
        return item.isEmpty() ? what : what + "/" + item;
    }

    /** What happens to the field or item. */
    public enum Kind implements fr.referentcpts.core.common.Keyed {
        ADDED, REMOVED, CHANGED;

        @Override
        public String messageKey() {
            return "exchange.change." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
