package dev.desk.core.classify;

import dev.desk.spi.classify.Scope;
import dev.desk.spi.ticket.Channel;
import dev.desk.spi.ticket.Urgency;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One classification rule: when every condition it names holds, it adds its weight to its
 * urgency class. Conditions it does not name do not matter; a condition on a signal the request
 * lacks (no channel, no profile) does not hold.
 *
 * <ul>
 *   <li>{@code text}: one of these phrases (or {@code @lexicon} names) appears, not negated;
 *   <li>{@code textAlso}: and one of these too;
 *   <li>{@code categories}, {@code channels}, {@code organisationProfiles},
 *       {@code serviceContracts}, {@code scopes}: the request's value is one of these;
 *   <li>{@code hours} ({@code "20:00-08:00"}, may wrap midnight), {@code days}, {@code months}:
 *       when the request came in, in the desk's zone.
 * </ul>
 *
 * <p>Immutable; made with {@link #builder(String)}.
 */
public final class UrgencyRule {

  private final String id;
  private final String description;
  private final Urgency urgency;
  private final double weight;
  private final List<String> text;
  private final List<String> textAlso;
  private final Set<String> categories;
  private final Set<Channel> channels;
  private final Set<String> organisationProfiles;
  private final Set<String> serviceContracts;
  private final Set<Scope> scopes;
  private final String hours;
  private final Set<DayOfWeek> days;
  private final Set<Month> months;

  private UrgencyRule(Builder b) {
    id = b.id;
    description = b.description;
    urgency = b.urgency;
    weight = b.weight;
    text = List.copyOf(b.text);
    textAlso = List.copyOf(b.textAlso);
    categories = Set.copyOf(b.categories);
    channels = Set.copyOf(b.channels);
    organisationProfiles = Set.copyOf(b.organisationProfiles);
    serviceContracts = Set.copyOf(b.serviceContracts);
    scopes = Set.copyOf(b.scopes);
    hours = b.hours;
    days = Set.copyOf(b.days);
    months = Set.copyOf(b.months);
  }

  /** A rule with this id; the id must be unique in its rule set. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Its id. */
  public String id() { return id; }
  /** What it is for, in words; may be empty. */
  public String description() { return description; }
  /** The class it speaks for. */
  public Urgency urgency() { return urgency; }
  /** How much; negative speaks against the class. */
  public double weight() { return weight; }
  /** Phrases or {@code @lexicon} names of which one must appear; empty when text does not matter. */
  public List<String> text() { return text; }
  /** A second group of which one must appear too; may be empty. */
  public List<String> textAlso() { return textAlso; }
  /** Categories it applies to; empty for all. */
  public Set<String> categories() { return categories; }
  /** Channels it applies to; empty for all. */
  public Set<Channel> channels() { return channels; }
  /** Organisation profiles it applies to; empty for all. */
  public Set<String> organisationProfiles() { return organisationProfiles; }
  /** Service contracts it applies to; empty for all. */
  public Set<String> serviceContracts() { return serviceContracts; }
  /** Scopes it applies to; empty for all. */
  public Set<Scope> scopes() { return scopes; }
  /** Local hours it applies to ({@code "20:00-08:00"}), or {@code null} for all. */
  public String hours() { return hours; }
  /** Days of the week it applies to; empty for all. */
  public Set<DayOfWeek> days() { return days; }
  /** Months it applies to; empty for all. */
  public Set<Month> months() { return months; }

  /** The problems of this rule on its own, in words; empty when it is sound. */
  List<String> problems() {
    List<String> out = new ArrayList<>();
    String name = "rule " + (id == null || id.isBlank() ? "(no id)" : id);
    if (id == null || id.isBlank()) {
      out.add(name + ": id must not be blank");
    }
    if (urgency == null) {
      out.add(name + ": urgency is required (EMERGENCY, URGENT, PLANNED or CONSULTATION)");
    }
    if (!Double.isFinite(weight) || weight == 0) {
      out.add(name + ": weight must be a finite number other than 0, not " + weight);
    }
    if (text.isEmpty() && !textAlso.isEmpty()) {
      out.add(name + ": textAlso needs text");
    }
    if (text.isEmpty() && categories.isEmpty() && channels.isEmpty() && organisationProfiles.isEmpty()
        && serviceContracts.isEmpty() && scopes.isEmpty() && hours == null && days.isEmpty() && months.isEmpty()) {
      out.add(name + ": has no condition, so it would fire for every ticket");
    }
    if (hours != null && hourRange(hours) == null) {
      out.add(name + ": hours must look like 20:00-08:00, not " + hours);
    }
    for (String phrase : text) {
      if (phrase == null || phrase.isBlank()) {
        out.add(name + ": a blank phrase in text");
      }
    }
    for (String phrase : textAlso) {
      if (phrase == null || phrase.isBlank()) {
        out.add(name + ": a blank phrase in textAlso");
      }
    }
    return out;
  }

  /** {@code [from, to]} of an hours condition, or {@code null} when it is malformed. */
  static LocalTime[] hourRange(String hours) {
    String[] parts = hours.strip().split("-", -1);
    if (parts.length != 2) {
      return null;
    }
    try {
      LocalTime from = LocalTime.parse(parts[0].strip());
      LocalTime to = LocalTime.parse(parts[1].strip());
      return from.equals(to) ? null : new LocalTime[] {from, to};
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UrgencyRule r && id.equals(r.id) && urgency == r.urgency && weight == r.weight
        && text.equals(r.text) && textAlso.equals(r.textAlso) && categories.equals(r.categories)
        && channels.equals(r.channels) && organisationProfiles.equals(r.organisationProfiles)
        && serviceContracts.equals(r.serviceContracts) && scopes.equals(r.scopes) && Objects.equals(hours, r.hours)
        && days.equals(r.days) && months.equals(r.months);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, urgency, weight, text);
  }

  @Override
  public String toString() {
    return "UrgencyRule[" + id + " -> " + urgency + " " + weight + "]";
  }

  /** Mutable, not thread-safe builder; {@link UrgencyRules} checks what it builds. */
  public static final class Builder {
    private String id;
    private String description = "";
    private Urgency urgency;
    private double weight = 1;
    private final List<String> text = new ArrayList<>();
    private final List<String> textAlso = new ArrayList<>();
    private final Set<String> categories = new LinkedHashSet<>();
    private final Set<Channel> channels = EnumSet.noneOf(Channel.class);
    private final Set<String> organisationProfiles = new LinkedHashSet<>();
    private final Set<String> serviceContracts = new LinkedHashSet<>();
    private final Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    private String hours;
    private final Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    private final Set<Month> months = EnumSet.noneOf(Month.class);

    private Builder(String id) {
      this.id = id;
    }

    /** What the rule is for. */
    public Builder description(String value) { description = value == null ? "" : value; return this; }
    /** The class it speaks for and how much (1 by default). */
    public Builder adds(Urgency value, double by) { urgency = value; weight = by; return this; }
    /** Phrases or {@code @lexicon} names, one of which must appear. */
    public Builder text(String... phrases) { text.addAll(List.of(phrases)); return this; }
    /** Phrases or lexicon names, one of which must appear too. */
    public Builder textAlso(String... phrases) { textAlso.addAll(List.of(phrases)); return this; }
    /** Categories it applies to. */
    public Builder categories(String... values) { categories.addAll(List.of(values)); return this; }
    /** Channels it applies to. */
    public Builder channels(Channel... values) { channels.addAll(List.of(values)); return this; }
    /** Organisation profiles it applies to. */
    public Builder organisationProfiles(String... values) { organisationProfiles.addAll(List.of(values)); return this; }
    /** Service contracts it applies to. */
    public Builder serviceContracts(String... values) { serviceContracts.addAll(List.of(values)); return this; }
    /** Scopes it applies to. */
    public Builder scopes(Scope... values) { scopes.addAll(List.of(values)); return this; }
    /** Local hours it applies to, {@code "20:00-08:00"}. */
    public Builder hours(String value) { hours = value; return this; }
    /** Days of the week it applies to. */
    public Builder days(DayOfWeek... values) { days.addAll(List.of(values)); return this; }
    /** Months it applies to. */
    public Builder months(Month... values) { months.addAll(List.of(values)); return this; }

    /** The rule; unchecked until it joins a rule set. */
    public UrgencyRule build() {
      return new UrgencyRule(this);
    }
  }
}
