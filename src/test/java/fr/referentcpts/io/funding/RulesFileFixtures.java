package fr.referentcpts.io.funding;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** The shipped rules files as text or as a JSON tree to spoil one detail at a time. */
final class RulesFileFixtures {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RulesFileFixtures() {
    }

    static String shipped(String name) {
        try (InputStream in = RulesFileFixtures.class.getClassLoader().getResourceAsStream("rules/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ACI-2019.json changed by {@code change}, as bytes. */
    static byte[] aci2019With(Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(shipped("ACI-2019.json"));
            change.accept(root);
            return MAPPER.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode line(ObjectNode root, int index) {
        return (ObjectNode) root.withArray("lines").get(index);
    }
}
