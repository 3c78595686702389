package dev.desk.core.classify;

import dev.desk.spi.classify.Classification;
import dev.desk.spi.classify.ClassificationRequest;
import dev.desk.spi.classify.Scope;
import dev.desk.spi.classify.UrgencyClassifier;
import dev.desk.spi.ticket.Urgency;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * desk's built-in classifier: {@link UrgencyRules} applied to a request, with every rule that
 * fired given as a reason. Deterministic: the same request and rules give the same answer. The
 * rules can be {@linkplain #reload(UrgencyRules) replaced} while it runs; each classification
 * sees one rule set whole. Thread-safe.
 */
public final class RuleBasedClassifier implements UrgencyClassifier {

  /** The name it answers under. */
  public static final String NAME = "built-in-rules";

  private volatile UrgencyRules rules;

  /** A classifier with these rules. */
  public RuleBasedClassifier(UrgencyRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** A classifier with the built-in rules. */
  public static RuleBasedClassifier withDefaults() {
    return new RuleBasedClassifier(UrgencyRules.defaults());
  }

  /** Replaces the rules; classifications already running finish with the old ones. */
  public void reload(UrgencyRules next) {
    rules = Objects.requireNonNull(next, "rules");
  }

  /** The rules in use. */
  public UrgencyRules rules() {
    return rules;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Classification classify(ClassificationRequest request) {
    Objects.requireNonNull(request, "request");
    UrgencyRules r = rules;
    String text = request.subject() == null || request.subject().isBlank()
        ? request.description() : request.subject() + " .\n" + request.description();
    BitSet found = r.phrases.match(TextAnalyzer.get().analyse(text));
    Scope scope = scope(r, found, request.scope());
    double[] score = new double[Urgency.values().length];
    List<Classification.Reason> reasons = new ArrayList<>();
    List<UrgencyRule> list = r.rules();
    for (int i = 0; i < list.size(); i++) {
      UrgencyRule rule = list.get(i);
      int textHit = firstFound(r.textIds[i], found);
      int alsoHit = firstFound(r.textAlsoIds[i], found);
      if ((r.textIds[i].length > 0 && textHit < 0) || (r.textAlsoIds[i].length > 0 && alsoHit < 0)
          || !contextHolds(rule, r.hourRanges[i], request, scope)) {
        continue;
      }
      score[rule.urgency().ordinal()] += rule.weight();
      reasons.add(new Classification.Reason(rule.id(), rule.urgency(), rule.weight(),
          evidence(r, rule, textHit, alsoHit, request, scope)));
    }
    return decide(r, score, reasons);
  }

  private static Scope scope(UrgencyRules r, BitSet found, Scope stated) {
    Scope widest = stated;
    for (Scope s : Scope.values()) {
      int[] ids = r.scopeIds.get(s);
      if (ids != null && firstFound(ids, found) >= 0 && (widest == null || s.compareTo(widest) > 0)) {
        widest = s;
      }
    }
    return widest;
  }

  private static int firstFound(int[] ids, BitSet found) {
    for (int id : ids) {
      if (found.get(id)) {
        return id;
      }
    }
    return -1;
  }

  private static boolean contextHolds(UrgencyRule rule, LocalTime[] hours, ClassificationRequest q, Scope scope) {
    ZonedDateTime at = q.receivedAt();
    return within(rule.categories(), q.category())
        && within(rule.channels(), q.channel())
        && within(rule.organisationProfiles(), q.organisationProfile())
        && within(rule.serviceContracts(), q.serviceContract())
        && within(rule.scopes(), scope)
        && (hours == null || at != null && inHours(at.toLocalTime(), hours[0], hours[1]))
        && (rule.days().isEmpty() || at != null && rule.days().contains(at.getDayOfWeek()))
        && (rule.months().isEmpty() || at != null && rule.months().contains(at.getMonth()));
  }

  private static <T> boolean within(Set<T> allowed, T value) {
    return allowed.isEmpty() || value != null && allowed.contains(value);
  }

  private static boolean inHours(LocalTime t, LocalTime from, LocalTime to) {
    return from.isBefore(to) ? !t.isBefore(from) && t.isBefore(to) : !t.isBefore(from) || t.isBefore(to);
  }

  private static String evidence(UrgencyRules r, UrgencyRule rule, int textHit, int alsoHit, ClassificationRequest q,
      Scope scope) {
    StringJoiner out = new StringJoiner(", ");
    if (textHit >= 0) {
      out.add("text \"" + r.phrases.text(textHit) + "\"");
    }
    if (alsoHit >= 0) {
      out.add("text \"" + r.phrases.text(alsoHit) + "\"");
    }
    if (!rule.categories().isEmpty()) {
      out.add("category " + q.category());
    }
    if (!rule.channels().isEmpty()) {
      out.add("channel " + q.channel());
    }
    if (!rule.organisationProfiles().isEmpty()) {
      out.add("organisation profile " + q.organisationProfile());
    }
    if (!rule.serviceContracts().isEmpty()) {
      out.add("service contract " + q.serviceContract());
    }
    if (!rule.scopes().isEmpty()) {
      out.add("scope " + scope);
    }
    if (rule.hours() != null) {
      out.add("received at " + q.receivedAt().toLocalTime().withNano(0) + " (hours " + rule.hours() + ")");
    }
    if (!rule.days().isEmpty()) {
      out.add("received on " + q.receivedAt().getDayOfWeek());
    }
    if (!rule.months().isEmpty()) {
      out.add("received in " + q.receivedAt().getMonth());
    }
    return out.toString();
  }

  /** Thresholds to a class; the confidence grows with the margin by which the class won. */
  private static Classification decide(UrgencyRules r, double[] score, List<Classification.Reason> reasons) {
    double emergency = score[Urgency.EMERGENCY.ordinal()];
    // evidence for an emergency counts for URGENT too; evidence against it does not count against URGENT
    double urgent = Math.max(emergency, 0) + score[Urgency.URGENT.ordinal()];
    double planned = score[Urgency.PLANNED.ordinal()];
    double consultation = score[Urgency.CONSULTATION.ordinal()];
    double toEmergency = r.threshold(Urgency.EMERGENCY) - emergency;
    double toUrgent = r.threshold(Urgency.URGENT) - urgent;
    double toConsultation = r.threshold(Urgency.CONSULTATION) - consultation;
    Urgency urgency;
    double margin;
    if (toEmergency <= 0) {
      urgency = Urgency.EMERGENCY;
      margin = -toEmergency;
    } else if (toUrgent <= 0) {
      urgency = Urgency.URGENT;
      margin = Math.min(-toUrgent, toEmergency);
    } else if (toConsultation <= 0 && consultation > planned) {
      urgency = Urgency.CONSULTATION;
      margin = Math.min(Math.min(-toConsultation, consultation - planned), Math.min(toUrgent, toEmergency));
    } else {
      urgency = Urgency.PLANNED;
      double overConsultation = toConsultation > 0 ? toConsultation : planned - consultation;
      margin = Math.min(Math.min(overConsultation, 0.5 + Math.max(planned, 0)), Math.min(toUrgent, toEmergency));
    }
    double confidence = Math.min(0.99, Math.round((1 - 0.5 * Math.exp(-margin)) * 100) / 100.0);
    return new Classification(urgency, confidence, reasons, NAME);
  }
}
