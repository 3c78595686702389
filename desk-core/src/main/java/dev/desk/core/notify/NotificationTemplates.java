package dev.desk.core.notify;

import dev.desk.spi.notify.Message;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The words of notifications: a subject and a body per event and locale, with {@code {fact}}
 * placeholders filled from the ticket: {@code number}, {@code subject}, {@code status},
 * {@code urgency}, {@code line}, {@code group}, {@code assignee}, {@code resolution},
 * {@code articles}, {@code question}, {@code note}, {@code reason}, {@code rule}, {@code level};
 * a status, an urgency and a refusal reason in the notice's language. An unknown
 * locale falls back to English; an unknown fact reads as nothing. Immutable.
 *
 * <p>Events: {@code REGISTERED} (the number the requester must quote), {@code
 * INFORMATION_REQUESTED}, {@code STATUS_CHANGED}, {@code REJECTED} (with the reason in words),
 * {@code RESOLVED} (with knowledge-base links),
 * {@code ASSIGNED} (to the agent), {@code INTERNAL_NOTE} (to a watcher) and {@code ESCALATION}
 * (warnings, breaches and other rule firings, to staff).
 */
public final class NotificationTemplates {

  private static final String FALLBACK = "en";
  private static final NotificationTemplates DEFAULTS = builder()
      .template("REGISTERED", "ru", "Обращение {number} зарегистрировано",
          "Ваше обращение зарегистрировано под номером {number}: «{subject}». Называйте этот номер при каждом "
              + "обращении по этому вопросу.")
      .template("REGISTERED", "en", "Ticket {number} registered",
          "Your request is registered as {number}: \"{subject}\". Please quote this number whenever you contact us "
              + "about it.")
      .template("INFORMATION_REQUESTED", "ru", "По обращению {number} нужны сведения",
          "Специалист просит уточнить: {question} Ответьте на это сообщение, указав номер {number}.")
      .template("INFORMATION_REQUESTED", "en", "Information needed for ticket {number}",
          "Our specialist asks: {question} Please reply to this message quoting {number}.")
      .template("STATUS_CHANGED", "ru", "Обращение {number}: {status}",
          "Статус обращения {number} («{subject}») изменён: {status}.")
      .template("STATUS_CHANGED", "en", "Ticket {number}: {status}",
          "The status of ticket {number} (\"{subject}\") is now {status}.")
      .template("REJECTED", "ru", "Обращение {number} отклонено",
          "Обращение {number} («{subject}») отклонено: {reason}. Вы можете подать новое обращение, устранив причину.")
      .template("REJECTED", "en", "Ticket {number} rejected",
          "Ticket {number} (\"{subject}\") is rejected: {reason}. You may submit a new request once the reason is "
              + "dealt with.")
      .template("RESOLVED", "ru", "Обращение {number} решено",
          "Решение: {resolution}{articles} Если проблема осталась, ответьте на это сообщение, и обращение будет "
              + "открыто снова.")
      .template("RESOLVED", "en", "Ticket {number} resolved",
          "Resolution: {resolution}{articles} If the problem is still there, reply to this message and the ticket "
              + "will be reopened.")
      .template("ASSIGNED", "ru", "Вам назначено обращение {number}",
          "Обращение {number} («{subject}», {urgency}) назначено вам в группе {group}.")
      .template("ASSIGNED", "en", "Ticket {number} assigned to you",
          "Ticket {number} (\"{subject}\", {urgency}) is assigned to you in group {group}.")
      .template("INTERNAL_NOTE", "ru", "Заметка по обращению {number}",
          "К обращению {number} («{subject}», статус {status}), за которым вы следите, добавлена внутренняя заметка: "
              + "{note}")
      .template("INTERNAL_NOTE", "en", "Note on ticket {number}",
          "An internal note was added to ticket {number} (\"{subject}\", status {status}), which you watch: {note}")
      .template("ESCALATION", "ru", "Эскалация {number}: {rule}, уровень {level}",
          "Обращение {number} («{subject}», {urgency}, линия {line}, статус {status}) требует внимания: правило "
              + "{rule}, уровень {level}.")
      .template("ESCALATION", "en", "Escalation of {number}: {rule}, level {level}",
          "Ticket {number} (\"{subject}\", {urgency}, line {line}, status {status}) needs attention: rule {rule}, "
              + "level {level}.")
      .build();

  private final Map<String, String[]> templates;

  private NotificationTemplates(Map<String, String[]> templates) {
    this.templates = Map.copyOf(templates);
  }

  /** The built-in templates, in Russian and English. */
  public static NotificationTemplates defaults() {
    return DEFAULTS;
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these templates, to add or replace some. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.templates.putAll(templates);
    return b;
  }

  /** The events this set has templates for, in the given locale. */
  public List<String> events(String locale) {
    return templates.keySet().stream().filter(k -> k.endsWith("/" + locale)).map(k -> k.substring(0, k.indexOf('/')))
        .sorted().toList();
  }

  /**
   * The message of an event in a locale (English when the locale has no template), its
   * placeholders filled from the facts.
   *
   * @throws IllegalArgumentException when no locale has a template for the event
   */
  public Message render(String event, String locale, Map<String, String> facts) {
    String[] t = templates.get(event + "/" + locale);
    String used = locale;
    if (t == null) {
      t = templates.get(event + "/" + FALLBACK);
      used = FALLBACK;
    }
    if (t == null) {
      throw new IllegalArgumentException("no template for event " + event);
    }
    return new Message(fill(t[0], facts), fill(t[1], facts), used);
  }

  private static String fill(String template, Map<String, String> facts) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        out.append(template, i, template.length());
        break;
      }
      out.append(template, i, open).append(Objects.requireNonNullElse(facts.get(template.substring(open + 1, close)),
          ""));
      i = close + 1;
    }
    return out.toString();
  }

  /** Mutable, not thread-safe builder. */
  public static final class Builder {
    private final Map<String, String[]> templates = new HashMap<>();

    private Builder() {}

    /** Adds or replaces the template of an event in a locale. */
    public Builder template(String event, String locale, String subject, String body) {
      templates.put(Objects.requireNonNull(event, "event") + "/" + Objects.requireNonNull(locale, "locale"),
          new String[] {Objects.requireNonNull(subject, "subject"), Objects.requireNonNull(body, "body")});
      return this;
    }

    /** The templates. */
    public NotificationTemplates build() {
      return new NotificationTemplates(templates);
    }
  }
}
