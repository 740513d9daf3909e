package fr.referentcpts.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hostile .cpts files (zip bombs), written in a stream: small on disk, huge once expanded. */
final class HostileCpts {
    static final String HEADER = "{\"format\":\"referent-cpts/case\",\"version\":1,"
            + "\"exportedAt\":\"2026-11-22T10:00:00Z\",\"application\":\"bench\",";
    private static final int MB = 1024 * 1024;

    private HostileCpts() {
    }

    /** No case; {@code count} entries of {@code mb} Mo of zeros that nothing refers to (≈ 50 Ko each on disk). */
    static void unreferencedEntries(Path file, int count, int mb) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "referent-cpts-case.json");
            zip.write(bytes(HEADER + "\"cases\":[]}"));
            for (int i = 0; i < count; i++) {
                entry(zip, "documents/" + UUID.nameUUIDFromBytes(new byte[] {(byte) i}));
                zeros(zip, (long) mb * MB);
            }
        }
    }

    /** An unknown field holding a {@code mb} Mo string. */
    static void hugeUnknownField(Path file, int mb) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "referent-cpts-case.json");
            zip.write(bytes(HEADER + "\"cases\":[],\"inconnu\":\""));
            byte[] chunk = new byte[MB];
            java.util.Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < mb; i++) {
                zip.write(chunk);
            }
            zip.write(bytes("\"}"));
        }
    }

    /**
     * {@code cases} case files of {@code entriesPerCase} minimal history entries each, with a
     * département that does not exist: the whole JSON is parsed, then the plan refuses it.
     */
    static void manySmallRecords(Path file, int cases, int entriesPerCase) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "referent-cpts-case.json");
            zip.write(bytes(HEADER + "\"cases\":["));
            for (int c = 0; c < cases; c++) {
                UUID id = UUID.nameUUIDFromBytes(("case" + c).getBytes(StandardCharsets.UTF_8));
                zip.write(bytes((c > 0 ? "," : "") + caseStart(id, "CPTS " + c, "0x")));
                for (int h = 0; h < entriesPerCase; h++) {
                    zip.write(bytes((h > 0 ? "," : "") + "{\"id\":\"" + UUID.randomUUID() + "\",\"caseId\":\"" + id
                            + "\",\"date\":\"2026-01-01\",\"recordedAt\":\"2026-01-01T00:00:00Z\",\"kind\":\"ADVANCE\","
                            + "\"from\":null,\"to\":null,\"decidedBy\":null,\"reason\":\"" + h + "\",\"author\":\"\"}"));
                }
                zip.write(bytes(caseEnd()));
            }
            zip.write(bytes("]}"));
        }
    }

    /** One valid case file with {@code count} documents of {@code mb} Mo of zeros each, properly declared. */
    static void largeDocuments(Path file, int count, int mb) throws IOException {
        String sha = zerosSha256((long) mb * MB);
        UUID caseId = UUID.randomUUID();
        StringBuilder documents = new StringBuilder();
        UUID[] ids = new UUID[count];
        for (int i = 0; i < count; i++) {
            ids[i] = UUID.randomUUID();
            documents.append(i > 0 ? "," : "").append("{\"id\":\"").append(ids[i])
                    .append("\",\"kind\":\"OTHER\",\"fileName\":\"zeros-").append(i).append(".bin\",")
                    .append("\"mediaType\":\"application/octet-stream\",\"size\":").append((long) mb * MB)
                    .append(",\"sha256\":\"").append(sha).append("\",\"documentDate\":null,\"note\":\"\",")
                    .append("\"addedAt\":\"2026-01-01T00:00:00Z\",\"entry\":\"documents/").append(ids[i]).append("\"}");
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "referent-cpts-case.json");
            String json = caseStart(caseId, "CPTS Documents", "14") + caseEnd();
            zip.write(bytes(HEADER + "\"cases\":[" + json.replace("\"documents\":[]",
                    "\"documents\":[" + documents + "]") + "]}"));
            for (UUID id : ids) {
                entry(zip, "documents/" + id);
                zeros(zip, (long) mb * MB);
            }
        }
    }

    private static String caseStart(UUID id, String name, String departement) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"departement\":\"" + departement + "\","
                + "\"referent\":\"\",\"notes\":\"\",\"stage\":\"PRE_PROJECT\",\"archived\":false,"
                + "\"createdAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-01-01T00:00:00Z\",\"territory\":[],"
                + "\"people\":[],\"missions\":[],\"actions\":[],\"indicators\":[],\"rateOverrides\":[],"
                + "\"documents\":[],\"workflow\":{\"preProject\":null,\"letterOfIntent\":null,\"healthProject\":null,"
                + "\"negotiation\":null,\"enteredAmounts\":[],\"history\":[";
    }

    private static String caseEnd() {
        return "],\"meetings\":[],\"reviews\":[],\"payments\":[]},\"annexes\":[]}";
    }

    private static void entry(ZipOutputStream zip, String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(LocalDateTime.of(1980, 1, 1, 0, 0));
        zip.putNextEntry(entry);
    }

    private static void zeros(OutputStream out, long size) throws IOException {
        byte[] chunk = new byte[MB];
        for (long left = size; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
    }

    private static String zerosSha256(long size) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] chunk = new byte[MB];
            for (long left = size; left > 0; left -= chunk.length) {
                digest.update(chunk, 0, (int) Math.min(chunk.length, left));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
