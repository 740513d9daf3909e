package fr.referentcpts.core.exchange;

/**
 * One difference between a case file in the database and the same case in an imported file.
 *
 * @param what    message key naming the field or the kind of item (« exchange.item.commune »…)
 * @param subject the item concerned (a commune, a person…), empty for a field of the case
 * @param kind    added, removed or changed
 * @param before  the field's current value (fields only)
 * @param after   the field's imported value (fields only)
 */
public record Change(String what, String subject, Kind kind, String before, String after) {

    /** What happens to the field or item. */
    public enum Kind implements fr.referentcpts.core.common.Keyed {
        ADDED, REMOVED, CHANGED;

        @Override
        public String messageKey() {
            return "exchange.change." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
