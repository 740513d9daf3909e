package fr.referentcpts.pdf.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Field;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import org.junit.jupiter.api.Test;

/**
 * The XMP metadata of an annex is written by the Java platform's XML, whatever the class path
 * holds: the tests' class path has another transformer (veraPDF's Saxon), which a class-path
 * look-up would pick, so that the annexes checked here would not be the application's.
 */
class PdfArchiveXmlTest {
    @Test
    void theXmpIsWrittenByThePlatformsXmlNotByAProviderOnTheClassPath() throws Exception {
        assertNotEquals(TransformerFactory.newDefaultInstance().getClass(), TransformerFactory.newInstance().getClass(),
                "the tests' class path offers another transformer (else this test proves nothing)");

        assertEquals(TransformerFactory.newDefaultInstance().getClass(), field("TRANSFORMERS").getClass());
        assertEquals(DocumentBuilderFactory.newDefaultInstance().getClass(), field("DOCUMENT_BUILDERS").getClass());
    }

    private static Object field(String name) throws ReflectiveOperationException {
        Field field = PdfArchive.class.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(null);
    }
}
