package fr.referentcpts.io.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.workflow.LetterItem;
import fr.referentcpts.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same case files give the same .cpts bytes, so a file can be compared and hashed. */
class DeterministicExportTest {
    @TempDir
    Path mine;
    @TempDir
    Path theirs;
    @TempDir
    Path files;

    @Test
    void theSameCasesGiveTheSameBytesInAnyOrderAndAfterATripThroughAnotherDatabase() throws IOException {
        Path first = files.resolve("1.cpts");
        Path reversed = files.resolve("2.cpts");
        Path again = files.resolve("3.cpts");
        try (AppContext context = TestData.open(mine)) {
            context.demo().load();
            List<CaseBundle> bundles = context.exchange().bundles(
                    context.caseFiles().list().stream().map(CaseFile::id).toList());
            CptsArchive.write(bundles, first, "test");
            List<CaseBundle> backwards = new ArrayList<>(bundles);
            java.util.Collections.reverse(backwards);
            CptsArchive.write(backwards, reversed, "test");
        }
        try (AppContext context = TestData.open(theirs)) {
            context.exchange().apply(context.exchange().plan(CptsArchive.read(first)), false);
            CptsArchive.write(context.exchange().bundles(
                    context.caseFiles().list().stream().map(CaseFile::id).toList()), again, "test");
        }

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(reversed));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(again));
    }

    @Test
    void entriesHaveAFixedTimeAndSetsTheirNaturalOrder() throws IOException {
        Path file = files.resolve("demo.cpts");
        try (AppContext context = TestData.open(mine)) {
            context.demo().load();
            CptsArchive.write(context.exchange().bundles(
                    context.caseFiles().list().stream().map(CaseFile::id).toList()), file, "test");
        }
        JsonNode json = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), entry.getTimeLocal(), entry.getName());
                if (entry.getName().equals(CptsArchive.JSON_ENTRY)) {
                    json = new ObjectMapper().readTree(zip.readAllBytes());
                }
            }
        }
        List<String> order = Arrays.stream(LetterItem.values()).map(Enum::name).toList();
        int sets = 0;
        for (JsonNode c : json.get("cases")) {
            JsonNode letter = c.path("workflow").path("letterOfIntent");
            if (letter.isObject() && letter.get("content").size() > 2) {
                List<String> written = new ArrayList<>();
                letter.get("content").forEach(n -> written.add(n.asText()));
                assertEquals(order.stream().filter(written::contains).toList(), written, c.get("name").asText());
                sets++;
            }
        }
        assertTrue(sets > 0, "the demonstration has letters of intent with several items");
    }
}
