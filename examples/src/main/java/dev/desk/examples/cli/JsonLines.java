package dev.desk.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.error.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One request from options, or a batch of JSON lines: one answer line per request line, in
 * order. A bad line answers {@code {"error":...}} (with its id, when it has one) and the rest go
 * on.
 */
final class JsonLines {

  /** The help of every --jsonl option. */
  static final String JSONL_HELP = "Reads one JSON object per line from FILE (- for standard input) and answers each in "
      + "its own line.";


  static final ObjectMapper JSON = new ObjectMapper();

  private JsonLines() {}

  /**
   * Answers the single request (its error on {@code err}), or every line of {@code jsonl} ({@code -}
   * for standard input), errors in their lines.
   *
   * @param idField a field copied from each request to the front of its answer, or {@code null}
   * @return 0 when every answer was a result, 1 otherwise
   */
  static int run(PrintWriter out, PrintWriter err, String jsonl, Function<JsonNode, ObjectNode> single,
      JsonNode options, String idField) {
    boolean ok = true;
    if (jsonl == null) {
      ObjectNode answer = answer(single, options, idField);
      ok = !answer.has("error");
      if (ok) {
        out.println(answer);
      } else { // a single request's error is a message on stderr; a batch answers it in its line
        err.println(answer.get("error").asText());
        err.flush();
      }
    } else {
      try (BufferedReader in = jsonl.equals("-")
          ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
          : Files.newBufferedReader(Path.of(jsonl), StandardCharsets.UTF_8)) {
        String line;
        while ((line = in.readLine()) != null) {
          if (line.isBlank()) {
            continue;
          }
          ObjectNode answer;
          try {
            answer = answer(single, JSON.readTree(line), idField);
          } catch (JsonProcessingException e) {
            answer = error("This line is not one JSON object: it breaks off or goes wrong at column "
                + e.getLocation().getColumnNr() + ".");
          }
          ok &= !answer.has("error");
          out.println(answer);
        }
      } catch (IOException e) {
        out.println(error("The file " + jsonl + " cannot be read."));
        ok = false;
      }
    }
    out.flush();
    return ok ? 0 : 1;
  }

  private static ObjectNode answer(Function<JsonNode, ObjectNode> single, JsonNode request, String idField) {
    if (request == null || !request.isObject()) {
      return error("Each line must be one JSON object.");
    }
    ObjectNode answer = JSON.createObjectNode();
    if (idField != null && request.has(idField)) {
      answer.set(idField, request.get(idField));
    }
    try {
      return answer.setAll(single.apply(request));
    } catch (ValidationException e) {
      return answer.put("error", e.violations().stream().map(Violation::toString).collect(Collectors.joining("; ")));
    } catch (DeskException | IllegalArgumentException e) {
      return answer.put("error", e.getMessage());
    }
  }

  static ObjectNode error(String message) {
    return JSON.createObjectNode().put("error", message);
  }

  /** A request from option pairs (name, value, name, value ...); null values are left out. */
  static ObjectNode options(String... pairs) {
    ObjectNode node = JSON.createObjectNode();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        node.put(pairs[i], pairs[i + 1]);
      }
    }
    return node;
  }
}
