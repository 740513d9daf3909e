package fr.referentcpts.io.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.referentcpts.core.annex.Annex;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.documents.DocumentService;
import fr.referentcpts.core.exchange.AttachedFile;
import fr.referentcpts.core.exchange.CaseBundle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The {@code .cpts} file: a zip holding {@value #JSON_ENTRY} (format « referent-cpts/case »,
 * version {@value #VERSION}) and one {@code documents/<id>} entry per attached file. Reading
 * refuses anything unexpected — unknown entries, paths escaping the folder, oversized or
 * truncated entries, another format or a newer version — before the database is touched.
 */
public final class CptsArchive {
    public static final String FORMAT = "referent-cpts/case";
    public static final int VERSION = 1;
    static final String JSON_ENTRY = "referent-cpts-case.json";
    /**
     * The largest JSON document read (and written): 1 000 case files generated with their whole
     * workflow take 37 Mo; a real portfolio, a few hundred Ko.
     */
    static final long MAX_JSON = 256L * 1024 * 1024;
    static final long MAX_TOTAL = 2L * 1024 * 1024 * 1024;
    static final int MAX_ENTRIES = 20_000;
    private static final Pattern DOCUMENT = Pattern.compile(
            "(documents|annexes)/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CptsArchive() {
    }

    static String documentEntry(UUID documentId) {
        return "documents/" + documentId;
    }

    static String annexEntry(UUID annexId) {
        return "annexes/" + annexId;
    }

    /**
     * Writes the bundles to {@code file} through a temporary file, so a failure never leaves half a
     * file. The same case files give the same bytes: cases sorted by id, sets and yearly values in
     * a fixed order, entries sorted with a fixed time, and {@code exportedAt} is the last change of
     * the cases exported (the state the file holds), not the clock.
     */
    public static void write(List<CaseBundle> bundles, Path file, String application) {
        write(bundles, file, application, MAX_JSON);
    }

    /** {@code maxJson}: never write a file that the import would refuse as too large. */
    static void write(List<CaseBundle> bundles, Path file, String application, long maxJson) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            write(bundles, out, application, maxJson);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new DomainException("exchange.error.write", e, file.toString());
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new DomainException("exchange.error.write", e, file.toString());
        }
    }

    static void write(List<CaseBundle> unsorted, OutputStream out, String application, long maxJson)
            throws IOException {
        List<CaseBundle> bundles = unsorted.stream()
                .sorted(java.util.Comparator.comparing((CaseBundle b) -> b.caseFile().id().toString())).toList();
        Instant exportedAt = bundles.stream().map(b -> b.caseFile().updatedAt()).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        CaseJson json = new CaseJson(MAPPER);
        ObjectNode root = MAPPER.createObjectNode().put("format", FORMAT).put("version", VERSION)
                .put("exportedAt", exportedAt.toString()).put("application", application);
        ArrayNode cases = root.putArray("cases");
        bundles.forEach(b -> cases.add(json.write(b)));
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] document = MAPPER.writeValueAsBytes(root);
            if (document.length > maxJson) {
                throw new DomainException("exchange.error.exportTooLarge", bundles.size());
            }
            zip.putNextEntry(entry(JSON_ENTRY));
            zip.write(document);
            zip.closeEntry();
            java.util.TreeMap<String, byte[]> contents = new java.util.TreeMap<>();
            for (CaseBundle bundle : bundles) {
                bundle.documents().forEach(f -> contents.put(documentEntry(f.document().id()), f.content()));
                bundle.annexes().forEach(a -> contents.put(annexEntry(a.id()), a.content()));
            }
            for (Map.Entry<String, byte[]> e : contents.entrySet()) {
                zip.putNextEntry(entry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
    }

    /** An entry with a fixed time (1 January 1980, the zip format's first day): no clock in the bytes. */
    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(java.time.LocalDateTime.of(1980, 1, 1, 0, 0));
        return entry;
    }

    /** Reads and checks a {@code .cpts} file; any problem is a French message naming it. */
    public static List<CaseBundle> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new DomainException("exchange.error.read", e, file.toString());
        }
    }

    static List<CaseBundle> read(InputStream in, String name) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String entryName = entry.getName();
                if (!entryName.equals(JSON_ENTRY) && !DOCUMENT.matcher(entryName).matches()) {
                    throw new DomainException("exchange.error.unexpectedEntry", name, entryName);
                }
                if (entries.containsKey(entryName) || entries.size() >= MAX_ENTRIES) {
                    throw new DomainException("exchange.error.unexpectedEntry", name, entryName);
                }
                long limit = entryName.equals(JSON_ENTRY) ? MAX_JSON : DocumentService.MAX_SIZE;
                byte[] content = readBounded(zip, limit, name, entryName);
                total += content.length;
                if (total > MAX_TOTAL) {
                    throw new DomainException("exchange.error.tooLarge", name, entryName);
                }
                entries.put(entryName, content);
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new DomainException("exchange.error.corrupted", e, name);
        }
        byte[] json = entries.get(JSON_ENTRY);
        if (json == null) {
            throw new DomainException("exchange.error.notCpts", name);
        }
        return parse(json, entries, name);
    }

    private static List<CaseBundle> parse(byte[] json, Map<String, byte[]> entries, String name) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new DomainException("exchange.error.corrupted", e, name);
        } catch (IOException e) {
            throw new DomainException("exchange.error.read", e, name);
        }
        JsonReader reader = new JsonReader(root, "");
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new DomainException("exchange.error.notCpts", name);
        }
        reader.text("format");
        int version = reader.intValue("version");
        if (version != VERSION) {
            throw new DomainException("exchange.error.version", name, version, VERSION);
        }
        reader.instant("exportedAt");
        reader.text("application");
        CaseJson caseJson = new CaseJson(MAPPER);
        List<CaseBundle> bundles = reader.array("cases", c -> caseJson.read(c, entry -> {
            byte[] content = entries.get(entry);
            if (content == null) {
                throw new DomainException("exchange.error.missingEntry", name, entry);
            }
            return content;
        }));
        reader.done();
        for (CaseBundle bundle : bundles) {
            for (AttachedFile file : bundle.documents()) {
                if (file.content().length != file.document().size()
                        || !DocumentService.sha256(file.content()).equals(file.document().sha256())) {
                    throw new DomainException("exchange.error.documentDamaged", name, file.document().fileName());
                }
            }
            for (Annex annex : bundle.annexes()) {
                if (annex.content().length != annex.size()
                        || !DocumentService.sha256(annex.content()).equals(annex.sha256())) {
                    throw new DomainException("exchange.error.documentDamaged", name, annex.documentId());
                }
            }
        }
        return bundles;
    }

    private static byte[] readBounded(InputStream in, long limit, String name, String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            size += n;
            if (size > limit) {
                throw new DomainException("exchange.error.tooLarge", name, entry);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The write already failed; that failure is the one reported.
        }
    }
}
