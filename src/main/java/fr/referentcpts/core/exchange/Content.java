package fr.referentcpts.core.exchange;

/**
 * The bytes of an attached file, fetched only when they are written: from the database while
 * exporting, from the {@code .cpts} file (checked again against its SHA-256) while importing.
 * So a bundle holds no document in memory, and only one document is in memory at a time.
 */
@FunctionalInterface
public interface Content {
    byte[] bytes();

    /** Bytes already in memory. */
    static Content of(byte[] bytes) {
        byte[] copy = bytes.clone();
        return copy::clone;
    }
}
