package org.newspaperingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

// Sets the system property every Tesseract engine reads: runs while no other test class does.
@Isolated
class TessdataLocatorTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(TessdataLocator.PROPERTY);
    }

    @Test
    void findsTheProjectModelsFromTheWorkingDirectory() {
        Path found = TessdataLocator.locate();
        assertTrue(Files.isRegularFile(found.resolve("chi_tra.traineddata")), found.toString());
    }

    @Test
    void theSystemPropertyWins(@TempDir Path folder) throws Exception {
        Files.copy(TessdataLocator.locate().resolve("chi_sim.traineddata"), folder.resolve("chi_sim.traineddata"));
        System.setProperty(TessdataLocator.PROPERTY, folder.toString());
        assertEquals(folder.toAbsolutePath(), TessdataLocator.locate());
    }

    @Test
    void aPropertyNamingAFolderWithoutModelsIsAClearError(@TempDir Path folder) {
        System.setProperty(TessdataLocator.PROPERTY, folder.toString());
        IllegalStateException error = assertThrows(IllegalStateException.class, TessdataLocator::locate);
        assertTrue(error.getMessage().contains(folder.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("chi_sim.traineddata"), error.getMessage());
    }
}
