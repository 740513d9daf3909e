package fr.referentcpts.io.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.documents.DocumentService;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.Content;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The {@code .cpts} file: a zip holding {@value #JSON_ENTRY} first (format « referent-cpts/case »,
 * version {@value #VERSION}) then one {@code documents/<id>} or {@code annexes/<id>} entry per
 * attached file. Reading ({@link CptsReader}) refuses anything unexpected — unknown or
 * unreferenced entries, paths escaping the folder, oversized or truncated entries, another
 * format or a newer version — before the database is touched, and in bounded memory.
 */
public final class CptsArchive {
    public static final String FORMAT = "referent-cpts/case";
    public static final int VERSION = 1;
    static final String JSON_ENTRY = "referent-cpts-case.json";
    /**
     * The largest JSON document read (and written): 1 000 case files generated with their whole
     * workflow take 37 Mo; a real portfolio, a few hundred Ko. What it holds stays in memory
     * until the import is done, so it bounds the import's memory.
     */
    public static final long MAX_JSON = 64L * 1024 * 1024;
    /** The JSON of one case file: a generated case with its whole workflow takes about 40 Ko. */
    public static final long MAX_CASE_JSON = 4L * 1024 * 1024;
    /** JSON plus every document and annex, decompressed: refused before any document is read. */
    public static final long MAX_TOTAL = 2L * 1024 * 1024 * 1024;
    public static final long MAX_DOCUMENT = DocumentService.MAX_SIZE;
    static final int MAX_ENTRIES = 20_000;
    /** The longest text value read: the longest field of a case holds 10 000 characters. */
    static final int MAX_STRING = 1024 * 1024;
    private static final Pattern DOCUMENT = Pattern.compile(
            "(documents|annexes)/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** The shortest passphrase an encrypted export accepts. */
    public static final int MIN_PASSPHRASE = 10;
    private static final java.util.Set<Path> DECRYPTED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING)
                    .maxNestingDepth(32).maxNumberLength(64).build())
            .build()).enable(SerializationFeature.INDENT_OUTPUT);

    private CptsArchive() {
    }

    static String documentEntry(UUID documentId) {
        return "documents/" + documentId;
    }

    static String annexEntry(UUID annexId) {
        return "annexes/" + annexId;
    }

    static boolean isDocumentEntry(String entry) {
        return DOCUMENT.matcher(entry).matches();
    }

    /**
     * Writes the bundles to {@code file} through a temporary file, so a failure never leaves half a
     * file. The same case files give the same bytes: cases sorted by id, sets and yearly values in
     * a fixed order, entries sorted with a fixed time, and {@code exportedAt} is the last change of
     * the cases exported (the state the file holds), not the clock. Documents are fetched one at a
     * time.
     */
    public static void write(List<CaseBundle> bundles, Path file, String application) {
        write(bundles, file, application, MAX_JSON, null);
    }

    /** Encrypted with {@code passphrase} ({@link EncryptedCpts}) unless it is null. */
    public static void write(List<CaseBundle> bundles, Path file, String application, char[] passphrase) {
        write(bundles, file, application, MAX_JSON, passphrase);
    }

    static void write(List<CaseBundle> bundles, Path file, String application, long maxJson) {
        write(bundles, file, application, maxJson, null);
    }

    /** {@code maxJson}: never write a file that the import would refuse as too large. */
    private static void write(List<CaseBundle> bundles, Path file, String application, long maxJson,
            char[] passphrase) {
        if (passphrase != null && passphrase.length < MIN_PASSPHRASE) {
            throw new DomainException("error.passphraseTooShort", MIN_PASSPHRASE);
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = passphrase == null ? Files.newOutputStream(tmp)
                : EncryptedCpts.encrypting(Files.newOutputStream(tmp), passphrase)) {
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
                .sorted(Comparator.comparing((CaseBundle b) -> b.caseFile().id().toString())).toList();
        Instant exportedAt = bundles.stream().map(b -> b.caseFile().updatedAt()).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        CaseJson json = new CaseJson(MAPPER);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(entry(JSON_ENTRY));
            OutputStream bounded = new BoundedOutput(zip, maxJson, bundles.size());
            try (JsonGenerator g = MAPPER.getFactory().createGenerator(bounded)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("format", FORMAT);
                g.writeNumberField("version", VERSION);
                g.writeStringField("exportedAt", exportedAt.toString());
                g.writeStringField("application", application);
                g.writeArrayFieldStart("cases");
                for (CaseBundle bundle : bundles) {
                    MAPPER.writeTree(g, json.write(bundle));
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            zip.closeEntry();
            Map<String, Content> contents = new TreeMap<>();
            for (CaseBundle bundle : bundles) {
                bundle.documents().forEach(f -> contents.put(documentEntry(f.document().id()), f.source()));
                bundle.annexes().forEach(a -> contents.put(annexEntry(a.id()), a.source()));
            }
            for (Map.Entry<String, Content> e : contents.entrySet()) {
                zip.putNextEntry(entry(e.getKey()));
                zip.write(e.getValue().bytes());
                zip.closeEntry();
            }
        }
    }

    /** An entry with a fixed time (1 January 1980, the zip format's first day): no clock in the bytes. */
    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }

    /** Reads and checks a clear {@code .cpts} file; any problem is a French message naming it. */
    public static List<CaseBundle> read(Path file) {
        return read(file, () -> null);
    }

    /**
     * Reads and checks a {@code .cpts} file, encrypted or not: an encrypted one asks
     * {@code passphrases}, is decrypted (segment by segment, each checked) into a temporary file
     * readable by the user only, which the import reads from; {@link #discardDecrypted()} deletes
     * it once the import is done or abandoned (and the JVM at exit, at the latest).
     */
    public static List<CaseBundle> read(Path file, Supplier<char[]> passphrases) {
        String name = file.getFileName().toString();
        try {
            Path clear = file;
            if (EncryptedCpts.isEncrypted(file)) {
                char[] passphrase = passphrases.get();
                if (passphrase == null || passphrase.length == 0) {
                    throw new DomainException("exchange.error.passphraseRequired", name);
                }
                clear = Files.createTempFile("referent-cpts-import", ".cpts");
                clear.toFile().deleteOnExit();
                DECRYPTED.add(clear);
                try (InputStream in = Files.newInputStream(file); OutputStream out = Files.newOutputStream(clear)) {
                    EncryptedCpts.decrypt(in, out, passphrase, name);
                } finally {
                    Arrays.fill(passphrase, '\0');
                }
            }
            try (InputStream in = Files.newInputStream(clear)) {
                return new CptsReader(clear, name).read(in);
            }
        } catch (IOException e) {
            throw new DomainException("exchange.error.read", e, file.toString());
        }
    }

    /** Deletes the decrypted copies of encrypted files read so far. */
    public static void discardDecrypted() {
        for (Path clear : List.copyOf(DECRYPTED)) {
            deleteQuietly(clear);
            DECRYPTED.remove(clear);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The write already failed; that failure is the one reported.
        }
    }

    /** The JSON entry being written: refused as soon as it would be larger than the import accepts. */
    private static final class BoundedOutput extends FilterOutputStream {
        private final long limit;
        private final int cases;
        private long count;

        BoundedOutput(OutputStream out, long limit, int cases) {
            super(out);
            this.limit = limit;
            this.cases = cases;
        }

        @Override
        public void write(int b) throws IOException {
            counted(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            counted(len);
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        private void counted(long n) {
            count += n;
            if (count > limit) {
                throw new DomainException("exchange.error.exportTooLarge", cases);
            }
        }
    }
}
