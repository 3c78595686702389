package dev.desk.core.classify;

import dev.desk.spi.classify.Scope;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.ticket.Urgency;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A checked, compiled set of classification rules: the rules, the lexicons they share, the
 * phrases that reveal a problem's scope, how negation reads, and the thresholds that turn scores
 * into a class. Immutable and thread-safe.
 *
 * <p>Scores add up per class. The class is EMERGENCY when the EMERGENCY score reaches its
 * threshold; else URGENT when the URGENT score plus a positive EMERGENCY score reaches its; else
 * CONSULTATION when its score reaches its threshold and beats PLANNED's; else PLANNED. Adding
 * evidence for a more urgent class can therefore never lower the class.
 *
 * <p>Made by {@link #defaults()} (the built-in set for ICT support of hospitals, utilities
 * dispatch and post-sales service), by {@link #read(Reader, String)} from YAML or JSON (format in
 * {@link UrgencyRulesFile}), or by {@link #builder()}.
 */
public final class UrgencyRules {

  /** The built-in rule file, in the jar. */
  static final String DEFAULT_RESOURCE = "default-urgency-rules.yaml";

  private final Map<Urgency, Double> thresholds;
  private final Set<String> negationCues;
  private final Set<String> shortNegationCues;
  private final Set<String> concordNegationCues;
  private final int negationWindow;
  private final int slop;
  private final Map<String, List<String>> lexicons;
  private final Map<Scope, List<String>> scopePhrases;
  private final List<UrgencyRule> rules;
  // compiled
  final PhraseIndex phrases;
  final int[][] textIds;
  final int[][] textAlsoIds;
  final LocalTime[][] hourRanges;
  final Map<Scope, int[]> scopeIds;

  private UrgencyRules(Builder b) {
    thresholds = Map.copyOf(b.thresholds);
    negationCues = Set.copyOf(b.negationCues);
    shortNegationCues = Set.copyOf(b.shortNegationCues);
    concordNegationCues = Set.copyOf(b.concordNegationCues);
    negationWindow = b.negationWindow;
    slop = b.slop;
    lexicons = copy(b.lexicons);
    scopePhrases = Map.copyOf(copy(b.scopes));
    rules = List.copyOf(b.rules);
    List<String> problems = new ArrayList<>();
    checkSettings(problems);
    Set<String> ids = new HashSet<>();
    for (UrgencyRule rule : rules) {
      problems.addAll(rule.problems());
      if (rule.id() != null && !ids.add(rule.id())) {
        problems.add("rule " + rule.id() + ": the id is used twice");
      }
    }
    phrases = new PhraseIndex(negationCues, shortNegationCues, concordNegationCues, negationWindow, slop);
    textIds = new int[rules.size()][];
    textAlsoIds = new int[rules.size()][];
    hourRanges = new LocalTime[rules.size()][];
    for (int i = 0; i < rules.size(); i++) {
      UrgencyRule rule = rules.get(i);
      textIds[i] = compile("rule " + rule.id(), rule.text(), problems);
      textAlsoIds[i] = compile("rule " + rule.id(), rule.textAlso(), problems);
      hourRanges[i] = rule.hours() == null ? null : UrgencyRule.hourRange(rule.hours());
    }
    scopeIds = new EnumMap<>(Scope.class);
    scopePhrases.forEach((scope, list) -> scopeIds.put(scope, compile("scope " + scope, list, problems)));
    if (!problems.isEmpty()) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "The urgency rules have "
          + problems.size() + (problems.size() == 1 ? " problem:\n  " : " problems:\n  ")
          + String.join("\n  ", problems));
    }
  }

  private void checkSettings(List<String> problems) {
    for (Urgency u : List.of(Urgency.EMERGENCY, Urgency.URGENT, Urgency.CONSULTATION)) {
      Double t = thresholds.get(u);
      if (t == null || !Double.isFinite(t) || t <= 0) {
        problems.add("thresholds: " + u + " needs a positive threshold, not " + t);
      }
    }
    if (thresholds.containsKey(Urgency.PLANNED)) {
      problems.add("thresholds: PLANNED has no threshold; it is what remains");
    }
    for (String cue : shortNegationCues) {
      if (!negationCues.contains(cue)) {
        problems.add("negation: the short cue " + cue + " is not among the cues");
      }
    }
    for (String cue : concordNegationCues) {
      if (!negationCues.contains(cue)) {
        problems.add("negation: the concord cue " + cue + " is not among the cues");
      }
    }
    if (negationWindow < 0 || negationWindow > 10) {
      problems.add("negation window must be within 0..10, not " + negationWindow);
    }
    if (slop < 0 || slop > 5) {
      problems.add("slop must be within 0..5, not " + slop);
    }
    lexicons.forEach((name, list) -> list.forEach(p -> {
      if (p.startsWith("@")) {
        problems.add("lexicon " + name + ": lexicons hold phrases, not other lexicons (" + p + ")");
      }
    }));
  }

  private int[] compile(String owner, List<String> items, List<String> problems) {
    List<Integer> out = new ArrayList<>();
    for (String item : items) {
      if (item == null || item.isBlank()) {
        continue; // reported by the rule
      }
      List<String> expanded;
      if (item.startsWith("@")) {
        expanded = lexicons.get(item.substring(1));
        if (expanded == null) {
          problems.add(owner + ": no lexicon " + item + " (known: " + String.join(", ", lexicons.keySet()) + ")");
          continue;
        }
      } else {
        expanded = List.of(item);
      }
      for (String phrase : expanded) {
        int id = phrases.add(phrase);
        if (id < 0) {
          problems.add(owner + ": the phrase \"" + phrase + "\" has no words");
        } else if (!out.contains(id)) {
          out.add(id);
        }
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static <K> Map<K, List<String>> copy(Map<K, List<String>> map) {
    Map<K, List<String>> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }

  /** The built-in rule set; read once, then shared. */
  public static UrgencyRules defaults() {
    return Defaults.RULES;
  }

  /**
   * Rules from a YAML or JSON definition.
   *
   * @param source names the input in error messages (a file name)
   * @throws DeskException {@code CONFIGURATION_INVALID} naming the line, or the rule, and what is
   *     wrong; every problem of the rules themselves is listed at once
   */
  public static UrgencyRules read(Reader in, String source) {
    return UrgencyRulesFile.read(in, source);
  }

  /** An empty builder with the built-in thresholds and negation words. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding everything this set holds, to change and build anew. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.thresholds.putAll(thresholds);
    b.negationCues.clear();
    b.negationCues.addAll(negationCues);
    b.shortNegationCues.clear();
    b.shortNegationCues.addAll(shortNegationCues);
    b.concordNegationCues.clear();
    b.concordNegationCues.addAll(concordNegationCues);
    b.negationWindow = negationWindow;
    b.slop = slop;
    b.lexicons.putAll(lexicons);
    scopePhrases.forEach(b.scopes::put);
    b.rules.addAll(rules);
    return b;
  }

  /** The rules, in order. */
  public List<UrgencyRule> rules() { return rules; }
  /** The score a class needs (EMERGENCY, URGENT, CONSULTATION). */
  public double threshold(Urgency urgency) { return thresholds.getOrDefault(urgency, 0.0); }
  /** Words that negate what follows them. */
  public Set<String> negationCues() { return negationCues; }
  /** Negation words that reach only the next word ("без", "without"); a subset of the cues. */
  public Set<String> shortNegationCues() { return shortNegationCues; }
  /**
   * Negation words of negative concord ("ничего", "ни"): they negate on their own ("ничего
   * срочного") but not a phrase that is a negation itself ("ничего не работает"); a subset of the cues.
   */
  public Set<String> concordNegationCues() { return concordNegationCues; }
  /** How many words before a phrase a negation reaches. */
  public int negationWindow() { return negationWindow; }
  /** How many other words may stand between two words of a phrase. */
  public int slop() { return slop; }
  /** Named phrase lists rules refer to as {@code @name}. */
  public Map<String, List<String>> lexicons() { return lexicons; }
  /** Phrases that reveal how many people a problem touches. */
  public Map<Scope, List<String>> scopePhrases() { return scopePhrases; }

  /** Mutable, not thread-safe builder. */
  public static final class Builder {
    private final Map<Urgency, Double> thresholds = new EnumMap<>(Map.of(
        Urgency.EMERGENCY, 3.0, Urgency.URGENT, 2.0, Urgency.CONSULTATION, 1.0));
    private final Set<String> negationCues = new HashSet<>(List.of("не", "нет", "ни", "без", "никак", "no",
        "not", "never", "without", "don't", "dont", "doesn't", "doesnt", "isn't", "isnt", "aren't", "arent",
        "wasn't", "wasnt", "nor", "neither"));
    private final Set<String> shortNegationCues = new HashSet<>(List.of("без", "no", "without"));
    private final Set<String> concordNegationCues = new HashSet<>(List.of("ни", "никак"));
    private int negationWindow = 3;
    private int slop = 1;
    private final Map<String, List<String>> lexicons = new LinkedHashMap<>();
    private final Map<Scope, List<String>> scopes = new EnumMap<>(Scope.class);
    private final List<UrgencyRule> rules = new ArrayList<>();

    private Builder() {}

    /** The score a class needs; PLANNED has none, it is what remains. */
    public Builder threshold(Urgency urgency, double value) { thresholds.put(urgency, value); return this; }
    /** Replaces the negation words (compared after lower-casing, ё read as е). */
    public Builder negationCues(Set<String> values) {
      negationCues.clear();
      values.forEach(v -> negationCues.add(TextAnalyzer.normalise(v.strip())));
      return this;
    }
    /** Replaces the negation words that reach only the next word; each must be a cue too. */
    public Builder shortNegationCues(Set<String> values) {
      shortNegationCues.clear();
      values.forEach(v -> shortNegationCues.add(TextAnalyzer.normalise(v.strip())));
      return this;
    }
    /** Replaces the negation words of negative concord; each must be a cue too. */
    public Builder concordNegationCues(Set<String> values) {
      concordNegationCues.clear();
      values.forEach(v -> concordNegationCues.add(TextAnalyzer.normalise(v.strip())));
      return this;
    }
    /** How many words before a phrase a negation reaches (3 by default). */
    public Builder negationWindow(int value) { negationWindow = value; return this; }
    /** How many other words may stand between two words of a phrase (1 by default). */
    public Builder slop(int value) { slop = value; return this; }
    /** A named phrase list, referred to in rules as {@code @name}. */
    public Builder lexicon(String name, List<String> phrases) { lexicons.put(name, List.copyOf(phrases)); return this; }
    /** Phrases that say a problem touches this many people. */
    public Builder scope(Scope scope, List<String> phrases) { scopes.put(scope, List.copyOf(phrases)); return this; }
    /** Adds a rule after the others. */
    public Builder rule(UrgencyRule rule) { rules.add(rule); return this; }
    /** Removes every rule. */
    public Builder clearRules() { rules.clear(); return this; }

    /**
     * The checked rule set.
     *
     * @throws DeskException {@code CONFIGURATION_INVALID} listing every problem
     */
    public UrgencyRules build() {
      return new UrgencyRules(this);
    }
  }

  /** Reads the built-in file once, on first use. */
  private static final class Defaults {
    static final UrgencyRules RULES = load();

    private static UrgencyRules load() {
      var in = UrgencyRules.class.getResourceAsStream(DEFAULT_RESOURCE);
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return read(reader, DEFAULT_RESOURCE);
      } catch (java.io.IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
