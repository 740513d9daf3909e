package fr.referentcpts.io.funding;

import fr.referentcpts.core.funding.RulesCodec;
import fr.referentcpts.core.funding.RulesVersion;

/** Rules versions as rules files (format 2), read with every check of {@link RulesFiles#parse}. */
public final class JsonRulesCodec implements RulesCodec {
    @Override
    public RulesVersion read(byte[] content, String name) {
        return RulesFiles.parse(content, name);
    }

    @Override
    public byte[] write(RulesVersion version) {
        return RulesFiles.write(version);
    }
}
