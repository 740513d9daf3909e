package fr.referentcpts.io.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.exchange.AnnexFile;
import fr.referentcpts.core.exchange.AttachedFile;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.Content;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a {@code .cpts} file in one pass, holding neither the archive nor a document in memory.
 * The JSON entry comes first and is parsed case by case, each within a budget; then every other
 * entry must be one the JSON refers to, no larger than declared and matching its SHA-256, or the
 * file is refused at once — before anything else of it is decompressed. The documents stay in
 * the file ({@link ArchiveContent}) until the import writes them.
 */
final class CptsReader {
    private final Path file;
    private final String name;

    /** {@code name}: how messages name the file (the encrypted one, not its decrypted copy). */
    CptsReader(Path file, String name) {
        this.file = file;
        this.name = name;
    }

    List<CaseBundle> read(InputStream in) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry first = zip.getNextEntry();
            if (first == null) {
                throw new DomainException("exchange.error.notCpts", name);
            }
            if (!first.getName().equals(CptsArchive.JSON_ENTRY)) {
                throw CptsArchive.isDocumentEntry(first.getName()) ? new DomainException("exchange.error.notCpts", name)
                        : new DomainException("exchange.error.unexpectedEntry", name, first.getName());
            }
            BoundedInput json = new BoundedInput(zip, CptsArchive.MAX_JSON,
                    () -> new DomainException("exchange.error.tooLarge", name, CptsArchive.JSON_ENTRY));
            List<CaseBundle> bundles = parse(json);
            Map<String, ArchiveContent> expected = expected(bundles, json.count());
            Set<String> seen = new HashSet<>();
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                ArchiveContent content = expected.get(entry.getName());
                if (content == null || !seen.add(entry.getName())) {
                    throw new DomainException("exchange.error.unexpectedEntry", name, entry.getName());
                }
                check(zip, content);
            }
            expected.keySet().stream().filter(e -> !seen.contains(e)).findFirst().ifPresent(e -> {
                throw new DomainException("exchange.error.missingEntry", name, e);
            });
            return bundles;
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new DomainException("exchange.error.corrupted", e, name);
        }
    }

    private List<CaseBundle> parse(BoundedInput in) throws IOException {
        List<CaseBundle> bundles = new ArrayList<>();
        try (JsonParser p = CptsArchive.MAPPER.createParser(in)) {
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
                    || !p.currentName().equals("format") || p.nextToken() != JsonToken.VALUE_STRING
                    || !CptsArchive.FORMAT.equals(p.getText())) {
                throw new DomainException("exchange.error.notCpts", name);
            }
            Set<String> fields = new HashSet<>(Set.of("format"));
            CaseJson caseJson = new CaseJson(CptsArchive.MAPPER);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                fields.add(field);
                switch (field) {
                    case "version" -> version(p, value);
                    case "exportedAt" -> instant(p, value, field);
                    case "application" -> text(value, field);
                    case "cases" -> cases(p, in, value, fields, caseJson, bundles);
                    default -> throw new DomainException("exchange.error.unknownField", "." + field);
                }
            }
            for (String required : List.of("version", "exportedAt", "application", "cases")) {
                if (!fields.contains(required)) {
                    throw new DomainException("exchange.error.field", "." + required);
                }
            }
            if (p.nextToken() != null) {
                throw new DomainException("exchange.error.corrupted", name);
            }
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new DomainException("exchange.error.tooLarge", e, name, CptsArchive.JSON_ENTRY);
        } catch (JsonProcessingException e) {
            throw new DomainException("exchange.error.corrupted", e, name);
        }
        return bundles;
    }

    private void cases(JsonParser p, BoundedInput in, JsonToken value, Set<String> fields, CaseJson caseJson,
            List<CaseBundle> bundles) throws IOException {
        if (!fields.contains("version")) {
            throw new DomainException("exchange.error.notCpts", name);
        }
        if (value != JsonToken.START_ARRAY) {
            throw new DomainException("exchange.error.field", ".cases");
        }
        int i = 0;
        in.budget(CptsArchive.MAX_CASE_JSON, () -> new DomainException("exchange.error.tooLarge", name, "cases[0]"));
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String path = ".cases[" + i + "]";
            JsonNode node = CptsArchive.MAPPER.readTree(p);
            bundles.add(caseJson.read(new JsonReader(node, path),
                    (entry, size, sha256, shown) -> reference(entry, size, sha256, shown, path)));
            i++;
            String next = "cases[" + i + "]";
            in.budget(CptsArchive.MAX_CASE_JSON, () -> new DomainException("exchange.error.tooLarge", name, next));
        }
    }

    private Content reference(String entry, long size, String sha256, String shown, String path) {
        if (!CptsArchive.isDocumentEntry(entry)) {
            throw new DomainException("exchange.error.field", path + ".entry");
        }
        if (size < 0 || size > CptsArchive.MAX_DOCUMENT) {
            throw new DomainException("exchange.error.tooLarge", name, entry);
        }
        return new ArchiveContent(file, entry, size, sha256, shown);
    }

    /** The entries the bundles refer to, with their declared size and SHA-256; the total expansion bounded. */
    private Map<String, ArchiveContent> expected(List<CaseBundle> bundles, long jsonSize) {
        Map<String, ArchiveContent> expected = new LinkedHashMap<>();
        long total = jsonSize;
        for (CaseBundle bundle : bundles) {
            for (AttachedFile f : bundle.documents()) {
                total += declare(expected, (ArchiveContent) f.source());
            }
            for (AnnexFile a : bundle.annexes()) {
                total += declare(expected, (ArchiveContent) a.source());
            }
            if (total > CptsArchive.MAX_TOTAL || expected.size() > CptsArchive.MAX_ENTRIES) {
                throw new DomainException("exchange.error.tooLarge", name, bundle.caseFile().name());
            }
        }
        return expected;
    }

    /** Adds an entry referred to; one referred to twice must be declared the same way. Returns the bytes it adds. */
    private long declare(Map<String, ArchiveContent> expected, ArchiveContent declared) {
        ArchiveContent earlier = expected.putIfAbsent(declared.entry(), declared);
        if (earlier != null && (earlier.size() != declared.size() || !earlier.sha256().equals(declared.sha256()))) {
            throw new DomainException("exchange.error.documentDamaged", name, declared.shown());
        }
        return earlier == null ? declared.size() : 0;
    }

    /** Reads one entry through, no further than its declared size, and checks its SHA-256. */
    private void check(InputStream zip, ArchiveContent declared) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        int n;
        while ((n = zip.read(buffer)) > 0) {
            size += n;
            if (size > declared.size()) {
                throw new DomainException("exchange.error.tooLarge", name, declared.entry());
            }
            digest.update(buffer, 0, n);
        }
        if (size != declared.size() || !HexFormat.of().formatHex(digest.digest()).equals(declared.sha256())) {
            throw new DomainException("exchange.error.documentDamaged", name, declared.shown());
        }
    }

    private void version(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT) {
            throw new DomainException("exchange.error.field", ".version");
        }
        long version = p.getLongValue();
        if (version != CptsArchive.VERSION) {
            throw new DomainException("exchange.error.version", name, version, CptsArchive.VERSION);
        }
    }

    private static void instant(JsonParser p, JsonToken value, String field) throws IOException {
        text(value, field);
        try {
            Instant.parse(p.getText());
        } catch (DateTimeParseException e) {
            throw new DomainException("exchange.error.field", "." + field);
        }
    }

    private static void text(JsonToken value, String field) {
        if (value != JsonToken.VALUE_STRING) {
            throw new DomainException("exchange.error.field", "." + field);
        }
    }
}
