package dev.desk.core.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.desk.spi.classify.ClassificationRequest;
import dev.desk.spi.classify.UrgencyClassifier;
import dev.desk.spi.ticket.Channel;
import dev.desk.spi.ticket.Urgency;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Scores a classifier on one part of the evaluation corpus: confusion matrix, precision, recall, F1. */
final class CorpusEvaluation {

  /** One labelled ticket of the corpus; {@code kind} is null where the ticket has none. */
  record Ticket(String id, String lang, Urgency label, String kind, ClassificationRequest request) {}

  /** The kinds the issue calls incidents: they must be rated URGENT or higher. */
  static final Set<String> INCIDENTS = Set.of("outage", "crash", "security");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Urgency[] CLASSES = Urgency.values();

  final int[][] confusion = new int[CLASSES.length][CLASSES.length];
  final List<String> misses = new ArrayList<>();
  private int incidents;
  private int incidentsAtLeastUrgent;
  private int questions;
  private int questionsBelowUrgent;

  static List<Ticket> load(String part) {
    var in = Objects.requireNonNull(CorpusEvaluation.class.getResourceAsStream("corpus/" + part + ".jsonl"), part);
    List<Ticket> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode n = JSON.readTree(line);
        out.add(new Ticket(n.get("id").asText(), n.get("lang").asText(), Urgency.valueOf(n.get("label").asText()),
            n.hasNonNull("kind") ? n.get("kind").asText() : null,
            new ClassificationRequest(null, n.get("text").asText(), n.get("category").asText(),
                Channel.valueOf(n.get("channel").asText()), n.get("orgProfile").asText(), null, null, null)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static CorpusEvaluation run(UrgencyClassifier classifier, List<Ticket> tickets) {
    CorpusEvaluation e = new CorpusEvaluation();
    for (Ticket t : tickets) {
      var c = classifier.classify(t.request());
      e.confusion[t.label().ordinal()][c.urgency().ordinal()]++;
      boolean atLeastUrgent = c.urgency().compareTo(Urgency.URGENT) <= 0;
      if (t.kind() != null && INCIDENTS.contains(t.kind())) {
        e.incidents++;
        e.incidentsAtLeastUrgent += atLeastUrgent ? 1 : 0;
      }
      if (t.label() == Urgency.CONSULTATION) {
        e.questions++;
        e.questionsBelowUrgent += atLeastUrgent ? 0 : 1;
      }
      if (c.urgency() != t.label()) {
        e.misses.add(t.id() + " " + t.label() + " -> " + c.urgency() + " " + c.reasons().stream()
            .map(x -> x.rule() + "(" + x.weight() + ")").toList() + "  " + t.request().description());
      }
    }
    return e;
  }

  /** The tickets of one language. */
  static List<Ticket> inLanguage(List<Ticket> tickets, String lang) {
    return tickets.stream().filter(t -> t.lang().equals(lang)).toList();
  }

  /** Outages, crashes and security incidents rated URGENT or EMERGENCY, as a share of them. */
  double incidentsRatedUrgentOrHigher() {
    return incidents == 0 ? 1 : (double) incidentsAtLeastUrgent / incidents;
  }

  /** Questions (label CONSULTATION) rated below URGENT, as a share of them. */
  double questionsRatedBelowUrgent() {
    return questions == 0 ? 1 : (double) questionsBelowUrgent / questions;
  }

  double precision(Urgency u) {
    int predicted = 0;
    for (Urgency actual : CLASSES) {
      predicted += confusion[actual.ordinal()][u.ordinal()];
    }
    return predicted == 0 ? 0 : (double) confusion[u.ordinal()][u.ordinal()] / predicted;
  }

  double recall(Urgency u) {
    int actual = 0;
    for (Urgency predicted : CLASSES) {
      actual += confusion[u.ordinal()][predicted.ordinal()];
    }
    return actual == 0 ? 0 : (double) confusion[u.ordinal()][u.ordinal()] / actual;
  }

  double f1(Urgency u) {
    double p = precision(u);
    double r = recall(u);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  double macroF1() {
    double sum = 0;
    for (Urgency u : CLASSES) {
      sum += f1(u);
    }
    return sum / CLASSES.length;
  }

  /** The matrix (rows: the label, columns: the answer) and per-class figures, as a table. */
  String report(String title) {
    StringBuilder out = new StringBuilder(title).append('\n');
    out.append(String.format("%-14s%10s%10s%10s%14s%11s%8s%6s%n", "label \\ answer", "EMERGENCY", "URGENT", "PLANNED",
        "CONSULTATION", "precision", "recall", "F1"));
    for (Urgency actual : CLASSES) {
      out.append(String.format("%-14s", actual));
      for (Urgency predicted : CLASSES) {
        out.append(String.format(predicted == Urgency.CONSULTATION ? "%14d" : "%10d",
            confusion[actual.ordinal()][predicted.ordinal()]));
      }
      out.append(String.format("%11.3f%8.3f%6.3f%n", precision(actual), recall(actual), f1(actual)));
    }
    out.append(String.format("macro-F1 %.3f; incidents rated URGENT or higher %d/%d (%.3f); questions rated below"
        + " URGENT %d/%d (%.3f)%n", macroF1(), incidentsAtLeastUrgent, incidents, incidentsRatedUrgentOrHigher(),
        questionsBelowUrgent, questions, questionsRatedBelowUrgent()));
    return out.toString();
  }
}
