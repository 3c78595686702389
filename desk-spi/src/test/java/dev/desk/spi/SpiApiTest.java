package dev.desk.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The SDK's public signatures against the recorded baseline ({@code api-baseline.txt}): any change
 * of a public type, constructor, method or field of desk-spi fails the build until the baseline is
 * updated on purpose, in the same commit, with {@code mvn -pl desk-spi test -Ddesk.api.update=true}.
 * Plugins and stores compile against these signatures; changing one is a decision, not an accident.
 */
final class SpiApiTest {

  private static final Path BASELINE = Path.of("src", "test", "resources", "api-baseline.txt");

  @Test
  void publicSignaturesMatchTheRecordedBaseline() throws Exception {
    List<String> now = signatures();
    if (Boolean.getBoolean("desk.api.update")) {
      Files.write(BASELINE, now, StandardCharsets.UTF_8);
    }
    List<String> recorded = Files.readAllLines(BASELINE, StandardCharsets.UTF_8);
    List<String> removed = recorded.stream().filter(s -> !now.contains(s)).toList();
    List<String> added = now.stream().filter(s -> !recorded.contains(s)).toList();
    assertEquals(List.of(), Stream.concat(removed.stream().map(s -> "- " + s), added.stream().map(s -> "+ " + s))
        .toList(), "desk-spi's public API changed; if you mean it, record it with "
        + "mvn -pl desk-spi test -Ddesk.api.update=true and say why in the commit");
  }

  /** One line per public type and member, sorted. */
  private static List<String> signatures() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(DeskPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
            .replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, SpiApiTest.class.getClassLoader());
        if (!visible(type)) {
          continue;
        }
        String id = type.getName();
        out.add(id + " " + Modifier.toString(type.getModifiers() & ~Modifier.STATIC) + " " + kind(type)
            + supertypes(type));
        for (Constructor<?> c : type.getDeclaredConstructors()) {
          if (api(c.getModifiers())) {
            out.add(id + " " + c.toGenericString());
          }
        }
        for (Method m : type.getDeclaredMethods()) {
          if (api(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
            out.add(id + " " + m.toGenericString());
          }
        }
        for (Field f : type.getDeclaredFields()) {
          if (api(f.getModifiers()) && !f.isSynthetic()) {
            out.add(id + " " + f.toGenericString());
          }
        }
      }
    }
    return out.stream().sorted().toList();
  }

  private static boolean visible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static boolean api(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String kind(Class<?> type) {
    return type.isAnnotation() ? "@interface" : type.isEnum() ? "enum" : type.isRecord() ? "record"
        : type.isInterface() ? "interface" : "class";
  }

  private static String supertypes(Class<?> type) {
    List<String> supers = new ArrayList<>();
    if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class && !type.isEnum()
        && !type.isRecord()) {
      supers.add("extends " + type.getGenericSuperclass().getTypeName());
    }
    Arrays.stream(type.getGenericInterfaces()).map(t -> t.getTypeName()).sorted()
        .forEach(t -> supers.add("implements " + t));
    if (type.isSealed()) {
      supers.add("permits " + Arrays.stream(type.getPermittedSubclasses()).map(Class::getName).sorted()
          .collect(Collectors.joining(",")));
    }
    return supers.isEmpty() ? "" : " " + String.join(" ", supers);
  }
}
