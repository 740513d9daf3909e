package fr.referentcpts.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Size classes on half-open intervals: a population equal to a bound belongs to the class above. */
class SizeClassesTest {
    @ParameterizedTest(name = "{0} inhabitants → taille {1}")
    @CsvSource({
        "0, 1", "8500, 1", "39999, 1",
        "40000, 2", "79999, 2",
        "80000, 3", "174999, 3",
        "175000, 4", "2103778, 4",
    })
    void theSizeClassFollowsTheBoundsOfTheAci(long population, int expected) {
        assertEquals(expected, SizeClasses.of(population));
    }

    @Test
    void aNegativePopulationIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> SizeClasses.of(-1));
    }
}
