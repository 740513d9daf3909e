package fr.referentcpts.core.documents;

import fr.referentcpts.core.casefile.CaseFileRepository;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.NotFoundException;
import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.common.ValidationException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** Attach, describe, read back and remove the documents of a case file. */
public final class DocumentService {
    /** Larger files belong in the shared drive, not in every referent's database. */
    public static final long MAX_SIZE = 50L * 1024 * 1024;
    private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"),
            Map.entry("txt", "text/plain"),
            Map.entry("csv", "text/csv"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("eml", "message/rfc822"));

    private final DocumentRepository repository;
    private final CaseFileRepository caseFiles;
    private final Transactions transactions;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public DocumentService(DocumentRepository repository, CaseFileRepository caseFiles, Transactions transactions,
            Clock clock, Supplier<UUID> ids) {
        this.repository = repository;
        this.caseFiles = caseFiles;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public List<CaseDocument> documents(UUID caseId) {
        return transactions.inTransaction(() -> repository.documents(caseId));
    }

    public CaseDocument attach(UUID caseId, String fileName, byte[] content, DocumentKind kind, LocalDate date,
            String note) {
        String name = fileName == null ? "" : fileName.strip();
        if (name.isEmpty()) {
            throw new ValidationException("fileName", "document.error.nameRequired");
        }
        checkSize(name, content.length);
        CaseDocument document = new CaseDocument(ids.get(), caseId, kind, name, mediaType(name), content.length,
                sha256(content), date, note, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        transactions.inTransaction(() -> {
            repository.insert(document, content);
            caseFiles.touch(caseId, clock.instant());
        });
        return document;
    }

    /** Refuses a file over {@link #MAX_SIZE}, before anything is read or written. */
    public static void checkSize(String fileName, long size) {
        if (size > MAX_SIZE) {
            throw new ValidationException("content", "document.error.tooLarge", fileName, MAX_SIZE / (1024 * 1024));
        }
    }

    /** The content, checked against the fingerprint recorded when it was attached. */
    public byte[] content(CaseDocument document) {
        byte[] content = transactions.inTransaction(() -> repository.content(document.id()))
                .orElseThrow(() -> new NotFoundException(document.fileName()));
        if (!sha256(content).equals(document.sha256())) {
            throw new DomainException("document.error.corrupted", document.fileName());
        }
        return content;
    }

    public void describe(CaseDocument document, DocumentKind kind, LocalDate date, String note) {
        transactions.inTransaction(() -> {
            repository.updateDescription(document.id(), kind, date, note == null ? "" : note);
            caseFiles.touch(document.caseId(), clock.instant());
        });
    }

    public void delete(CaseDocument document) {
        transactions.inTransaction(() -> {
            repository.delete(document.id());
            caseFiles.touch(document.caseId(), clock.instant());
        });
    }

    /** From the file name's extension; « application/octet-stream » when unknown. */
    public static String mediaType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return MEDIA_TYPES.getOrDefault(extension, "application/octet-stream");
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
