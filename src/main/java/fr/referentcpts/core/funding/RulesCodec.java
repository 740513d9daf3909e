package fr.referentcpts.core.funding;

/** Port: a rules version to and from its rules file (validated strictly when read). */
public interface RulesCodec {
    /** The version a rules file holds; a {@link fr.referentcpts.core.common.DomainException} naming {@code name} when invalid. */
    RulesVersion read(byte[] content, String name);

    /** The rules file of {@code version}, which {@link #read} reads back to an equal version. */
    byte[] write(RulesVersion version);
}
