package dev.desk.core.classify;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.desk.core.internal.ConfigFiles;
import dev.desk.spi.classify.Scope;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.ticket.Channel;
import dev.desk.spi.ticket.Urgency;
import java.io.Reader;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads urgency rules from YAML or JSON (JSON is YAML too). Every key is optional but
 * {@code rules}; errors of form name their line and column, errors of content name the rule.
 *
 * <pre>
 * thresholds: {EMERGENCY: 3, URGENT: 2, CONSULTATION: 1}  # scores a class needs
 * negation:
 *   cues: [не, нет, без, no, not, never, without]         # words that negate what follows
 *   shortCues: [без, no, without]                         # cues that reach only the next word
 *   concord: [ничего, ни]                                 # cues that leave a negation alone ("ничего не работает")
 *   window: 3                                             # how many words ahead the others reach
 * slop: 1                  # other words allowed between two words of a phrase
 * lexicons:                # named phrase lists, used in rules as @name
 *   failure: [не работает, перестал работать, сломался, not working, down]
 * scopes:                  # phrases that tell how many people are touched
 *   EVERYONE: [у всех, весь корпус, all users]
 *   DEPARTMENT: [всё отделение, whole department]
 * rules:
 *   - id: gas-smell                     # unique
 *     description: a smell of gas threatens life
 *     urgency: EMERGENCY                # the class it speaks for
 *     weight: 4                         # added to the class's score; negative speaks against
 *     text: [запах газа, пахнет газом, gas smell]   # one must appear, not negated
 *     textAlso: ["@failure"]            # and one of these too
 *     categories: [gas]                 # and the request is in one of these categories
 *     channels: [PHONE]                 # PHONE, PORTAL, EMAIL, SMS
 *     organisationProfiles: [hospital-icu]
 *     serviceContracts: [warranty]
 *     scopes: [EVERYONE, DEPARTMENT]    # ONE_USER, DEPARTMENT, EVERYONE
 *     hours: "20:00-08:00"              # local time of arrival; may wrap midnight
 *     days: [SATURDAY, SUNDAY]
 *     months: [NOVEMBER, DECEMBER, JANUARY, FEBRUARY, MARCH]
 * </pre>
 */
final class UrgencyRulesFile {

  private static final String KNOWN_KEYS = "thresholds, negation, slop, lexicons, scopes, rules; in a rule: id, "
      + "description, urgency, weight, text, textAlso, categories, channels, organisationProfiles, serviceContracts, "
      + "scopes, hours, days, months; in negation: cues, shortCues, concord, window";

  private static final ObjectMapper MAPPER = JsonMapper.builder(new YAMLFactory())
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .addHandler(ConfigFiles.unknownKeys(KNOWN_KEYS))
      .build();

  private UrgencyRulesFile() {}

  static UrgencyRules read(Reader in, String source) {
    Definition d = ConfigFiles.read(in, source, MAPPER, Definition.class);
    if (d.rules == null) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID,
          source + ": rules is required");
    }
    UrgencyRules.Builder b = UrgencyRules.builder();
    if (d.thresholds != null) {
      d.thresholds.forEach(b::threshold);
    }
    if (d.negation != null) {
      if (d.negation.cues != null) {
        b.negationCues(Set.copyOf(d.negation.cues));
      }
      if (d.negation.shortCues != null) {
        b.shortNegationCues(Set.copyOf(d.negation.shortCues));
      }
      if (d.negation.concord != null) {
        b.concordNegationCues(Set.copyOf(d.negation.concord));
      }
      if (d.negation.window != null) {
        b.negationWindow(d.negation.window);
      }
    }
    if (d.slop != null) {
      b.slop(d.slop);
    }
    if (d.lexicons != null) {
      d.lexicons.forEach(b::lexicon);
    }
    if (d.scopes != null) {
      d.scopes.forEach(b::scope);
    }
    for (RuleDefinition r : d.rules) {
      UrgencyRule.Builder rule = UrgencyRule.builder(r.id).description(r.description).adds(r.urgency, r.weight)
          .text(r.text.toArray(String[]::new)).textAlso(r.textAlso.toArray(String[]::new))
          .categories(r.categories.toArray(String[]::new)).channels(r.channels.toArray(Channel[]::new))
          .organisationProfiles(r.organisationProfiles.toArray(String[]::new))
          .serviceContracts(r.serviceContracts.toArray(String[]::new)).scopes(r.scopes.toArray(Scope[]::new))
          .hours(r.hours).days(r.days.toArray(DayOfWeek[]::new)).months(r.months.toArray(Month[]::new));
      b.rule(rule.build());
    }
    try {
      return b.build();
    } catch (DeskException e) {
      throw new DeskException(e.code(), source + ": " + e.getMessage(), e);
    }
  }

  /** The file's shape; fields in the order Jackson meets them keep their line numbers. */
  static final class Definition {
    public Map<Urgency, Double> thresholds;
    public Negation negation;
    public Integer slop;
    public Map<String, List<String>> lexicons;
    public Map<Scope, List<String>> scopes;
    public List<RuleDefinition> rules;
  }

  static final class Negation {
    public List<String> cues;
    public List<String> shortCues;
    public List<String> concord;
    public Integer window;
  }

  static final class RuleDefinition {
    public String id;
    public String description;
    public Urgency urgency;
    public double weight = 1;
    public List<String> text = List.of();
    public List<String> textAlso = List.of();
    public List<String> categories = List.of();
    public List<Channel> channels = List.of();
    public List<String> organisationProfiles = List.of();
    public List<String> serviceContracts = List.of();
    public List<Scope> scopes = List.of();
    public String hours;
    public List<DayOfWeek> days = List.of();
    public List<Month> months = List.of();
  }
}
