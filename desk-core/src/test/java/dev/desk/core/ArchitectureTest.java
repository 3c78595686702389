package dev.desk.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** desk-core is pure: no I/O of its own and time only from the injected clock. */
final class ArchitectureTest {

  private final JavaClasses core = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.desk.core");

  @Test
  void coreDoesNoIo() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "java.sql..", "javax.sql..", "java.net..", "java.nio.file..", "java.nio.channels..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
        .check(core);
  }

  @Test
  void coreReadsTimeOnlyFromTheInjectedClock() {
    noClasses().should().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(Instant.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(ZonedDateTime.class, "now")
        .orShould().callMethod(LocalDate.class, "now")
        .check(core);
  }

  @Test
  void internalCodeSitsBelowTheFacade() {
    noClasses().that().resideInAPackage("dev.desk.core.internal..")
        .should().dependOnClassesThat().haveFullyQualifiedName("dev.desk.core.Desk")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.desk.core.DeskModule")
        .check(core);
  }
}
