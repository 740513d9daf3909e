package fr.referentcpts.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.referentcpts.core.common.Keyed;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key the code uses exists in {@code i18n/messages.properties}, and every key defined
 * there is used: by a literal in the main sources, or as the key of a {@link Keyed} enum constant.
 */
class MessagesConsistencyTest {
    private static final Path MAIN = Path.of("src/main/java");
    /** messages.get("a.b") / messages.get("a.b", x): the convention every caller follows. */
    private static final Pattern USE = Pattern.compile("messages\\s*\\.\\s*get\\(\\s*\"([^\"]+)\"");
    /** Keys given to domain exceptions and field problems, turned into French by the UI and CLI. */
    private static final Pattern DOMAIN_USE = Pattern.compile(
            "(?:Exception\\(|super\\(|new FieldProblem\\([^,]+,)\\s*\"([a-zA-Z][\\w]*(?:\\.\\w+)+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([a-zA-Z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_]+)+)\"");

    @Test
    void everyKeyUsedIsDefined() throws IOException {
        Properties bundle = bundle();
        Set<String> missing = new TreeSet<>();
        for (String source : sources()) {
            for (Pattern pattern : new Pattern[] {USE, DOMAIN_USE}) {
                Matcher m = pattern.matcher(source);
                while (m.find()) {
                    if (!bundle.containsKey(m.group(1))) {
                        missing.add(m.group(1));
                    }
                }
            }
        }
        keyedConstantKeys().stream().filter(k -> !bundle.containsKey(k)).forEach(missing::add);
        assertEquals(Set.of(), missing, "keys used but missing from messages.properties");
    }

    @Test
    void everyKeyDefinedIsUsed() throws IOException {
        Set<String> literals = new TreeSet<>(keyedConstantKeys());
        for (String source : sources()) {
            Matcher m = LITERAL.matcher(source);
            while (m.find()) {
                literals.add(m.group(1));
            }
        }
        Set<String> unused = new TreeSet<>();
        for (String key : bundle().stringPropertyNames()) {
            if (!literals.contains(key)) {
                unused.add(key);
            }
        }
        assertEquals(Set.of(), unused, "keys defined in messages.properties but never used");
    }

    @Test
    void textsUseTheTypographicApostrophe() throws IOException {
        Properties bundle = bundle();
        Set<String> straight = new TreeSet<>();
        bundle.forEach((k, v) -> {
            if (v.toString().contains("'")) {
                straight.add(k.toString());
            }
        });
        assertEquals(Set.of(), straight, "use ’ rather than ' in French texts");
    }

    private static Set<String> keyedConstantKeys() {
        Set<String> keys = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.referentcpts")) {
            if (c.isEnum() && c.isAssignableTo(Keyed.class)) {
                Object[] constants = c.reflect().getEnumConstants();
                assertTrue(constants.length > 0, c.getName());
                for (Object constant : constants) {
                    keys.add(((Keyed) constant).messageKey());
                }
            }
        }
        return keys;
    }

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n/messages.properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> sources() throws IOException {
        Set<String> texts = new java.util.LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }
}
