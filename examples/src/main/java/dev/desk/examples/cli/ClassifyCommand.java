package dev.desk.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.desk.core.classify.RuleBasedClassifier;
import dev.desk.core.classify.UrgencyRules;
import dev.desk.spi.classify.Classification;
import dev.desk.spi.classify.ClassificationRequest;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.ticket.Channel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code desk classify}: the urgency of a text, with the reasons, or of a batch of JSON lines. */
@Command(name = "classify", mixinStandardHelpOptions = true,
    description = {"Judges the urgency of a ticket's text and prints it with its confidence and the rules that fired "
        + "as one JSON object.",
        "With --jsonl it reads one JSON object per line (id and text are required; category, channel and orgProfile "
        + "may be given) and answers each in its own line, in the same order."})
final class ClassifyCommand implements Callable<Integer> {

  /** The channels, as the help and the errors name them; a test keeps it equal to {@link Channel}. */
  static final String CHANNELS = "PHONE, PORTAL, EMAIL, SMS or API";

  @Option(names = "--text", description = "The ticket's text, in Russian or English.")
  String text;

  @Option(names = "--category", description = "The ticket's category, such as emr, heating or warranty.")
  String category;

  @Option(names = "--channel", description = "The channel the ticket came by: " + CHANNELS + ".")
  String channel;

  @Option(names = "--org-profile",
      description = "The profile of the requester's organisation, such as hospital-icu, boiler-house or school.")
  String orgProfile;

  @Option(names = "--rules", paramLabel = "FILE",
      description = "A file of urgency rules in YAML or JSON to use instead of the built-in ones.")
  Path rules;

  @Option(names = "--jsonl", paramLabel = "FILE",
      description = JsonLines.JSONL_HELP)
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
      spec.commandLine().getErr().println("Give the text to judge with --text TEXT, or a batch with --jsonl FILE.");
      return DeskCommand.USAGE;
    }
    boolean batch = jsonl != null;
    return JsonLines.run(spec.commandLine().getOut(), spec.commandLine().getErr(), jsonl,
        r -> answer(classifier.classify(request(r, batch)), batch),
        JsonLines.options("text", text, "category", category, "channel", channel, "orgProfile", orgProfile), "id");
  }

  private static UrgencyRules readRules(Path file) {
    return InputFiles.read(file, UrgencyRules::read);
  }

  private static ClassificationRequest request(JsonNode r, boolean batch) {
    if (batch && (r.get("id") == null || r.get("id").isNull())) {
      throw new IllegalArgumentException("Each line needs an id.");
    }
    JsonNode text = r.get("text");
    if (text == null || !text.isTextual()) {
      throw new IllegalArgumentException("The text is required and must be a string.");
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
      throw new IllegalArgumentException("The " + field + " must be a string.");
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
      throw new IllegalArgumentException("The channel must be " + CHANNELS + "; " + name + " is none of them.");
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
