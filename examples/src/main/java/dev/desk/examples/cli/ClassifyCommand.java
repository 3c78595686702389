package dev.desk.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.desk.core.classify.RuleBasedClassifier;
import dev.desk.core.classify.UrgencyRules;
import dev.desk.spi.classify.Classification;
import dev.desk.spi.classify.ClassificationRequest;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.ticket.Channel;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code desk classify}: the urgency of a text, with the reasons, or of a batch of JSON lines. */
@Command(name = "classify", mixinStandardHelpOptions = true,
    description = {"Prints {\"urgency\":...,\"confidence\":...,\"reasons\":[...]} for --text, or, with --jsonl,",
        "reads {\"id\":...,\"text\":...,\"category\":...,\"channel\":...,\"orgProfile\":...} per line (id and text",
        "required) and writes {\"id\":...,\"urgency\":...,\"confidence\":...} per line, in order."})
final class ClassifyCommand implements Callable<Integer> {

  @Option(names = "--text", description = "The ticket's text.")
  String text;

  @Option(names = "--category", description = "The category (emr, heating, warranty ...).")
  String category;

  @Option(names = "--channel", description = "PHONE, PORTAL, EMAIL or SMS.")
  String channel;

  @Option(names = "--org-profile", description = "The organisation's profile (hospital-icu, boiler-house, school ...).")
  String orgProfile;

  @Option(names = "--rules", paramLabel = "FILE", description = "Urgency rules in YAML or JSON instead of the built-in ones.")
  Path rules;

  @Option(names = "--jsonl", paramLabel = "FILE",
      description = "Read one JSON object per line from FILE (- for standard input) and answer one line each.")
  String jsonl;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    RuleBasedClassifier classifier;
    try {
      classifier = new RuleBasedClassifier(rules == null ? UrgencyRules.defaults() : readRules(rules));
    } catch (DeskException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return DeskCommand.BAD_INPUT;
    }
    if (jsonl == null && text == null) {
      spec.commandLine().getErr().println("Give --text TEXT or --jsonl FILE.");
      return DeskCommand.USAGE;
    }
    boolean batch = jsonl != null;
    return JsonLines.run(spec.commandLine().getOut(), spec.commandLine().getErr(), jsonl,
        r -> answer(classifier.classify(request(r, batch)), batch),
        JsonLines.options("text", text, "category", category, "channel", channel, "orgProfile", orgProfile), "id");
  }

  private static UrgencyRules readRules(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return UrgencyRules.read(in, file.toString());
    } catch (IOException e) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "cannot read " + file + ": " + e.getMessage());
    }
  }

  private static ClassificationRequest request(JsonNode r, boolean batch) {
    if (batch && (r.get("id") == null || r.get("id").isNull())) {
      throw new IllegalArgumentException("id is required");
    }
    JsonNode text = r.get("text");
    if (text == null || !text.isTextual()) {
      throw new IllegalArgumentException("text is required and must be a string");
    }
    return new ClassificationRequest(null, text.asText(), optional(r, "category"), channel(optional(r, "channel")),
        optional(r, "orgProfile"), null, null, null);
  }

  private static String optional(JsonNode r, String field) {
    JsonNode value = r.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException(field + " must be a string");
    }
    return value.asText();
  }

  private static Channel channel(String name) {
    if (name == null) {
      return null;
    }
    try {
      return Channel.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("channel must be one of " + Arrays.toString(Channel.values()) + ", not " + name);
    }
  }

  private static ObjectNode answer(Classification c, boolean batch) {
    ObjectNode out = JsonLines.JSON.createObjectNode().put("urgency", c.urgency().name()).put("confidence", c.confidence());
    if (!batch) {
      ArrayNode reasons = out.putArray("reasons");
      c.reasons().forEach(r -> reasons.addObject().put("rule", r.rule()).put("urgency", r.urgency().name())
          .put("weight", r.weight()).put("evidence", r.evidence()));
    }
    return out;
  }
}
