package dev.desk.core.internal;

import dev.desk.core.classify.UrgencyClassification;
import dev.desk.core.command.RegisterTicket;
import dev.desk.core.directory.Category;
import dev.desk.core.directory.Directory;
import dev.desk.core.directory.Organisation;
import dev.desk.core.knowledge.SuggestionsDeclined;
import dev.desk.core.lifecycle.Lifecycle;
import dev.desk.core.routing.Dispatcher;
import dev.desk.spi.classify.Classification;
import dev.desk.spi.classify.ClassificationRequest;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.error.Violation;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.ContactKind;
import dev.desk.spi.ticket.Requester;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.Urgency;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.apache.commons.lang3.StringUtils;

/**
 * What a registration says before the engine decides it: its facts checked against the directory
 * (every problem named at once), its urgency judged, its group routed, its subject taken from the
 * description when it has none. Thread-safe.
 */
public final class Registrations {

  private static final int SUBJECT_FROM_DESCRIPTION = 120;

  private final InputValidator validator = InputValidator.shared();
  private final Directory directory;
  private final Lifecycle lifecycle;
  private final UrgencyClassification classification;
  private final Assignments assignments;

  /**
   * Registrations against this directory and lifecycle.
   *
   * @param classification how urgency is judged, or {@code null} for the category's default
   * @param assignments routing, or {@code null} for the category's first-line group
   */
  public Registrations(Directory directory, Lifecycle lifecycle, UrgencyClassification classification,
      Assignments assignments) {
    this.directory = directory;
    this.lifecycle = lifecycle;
    this.classification = classification;
    this.assignments = assignments;
  }

  /**
   * Checks the command and its facts against the directory.
   *
   * @return the category it names
   * @throws ValidationException listing every missing or wrong fact
   */
  public Category check(RegisterTicket command) {
    List<Violation> violations = new ArrayList<>(validator.check(command));
    Category category = command == null ? null : checkDirectoryFacts(command, violations);
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
    return category;
  }

  /**
   * The registration's changes: {@code Registered}, with the urgency stated or judged and the group
   * routing chose, then the classifier's judgement, applied or not.
   *
   * @param threads the pool classifier plugins answer on
   */
  public List<TicketChange> changes(RegisterTicket command, Category category, String number, Instant now,
      ZoneId zone, ExecutorService threads) {
    Optional<Organisation> organisation = StringUtils.isBlank(command.organisationId())
        ? Optional.empty() : directory.organisation(command.organisationId());
    String profile = organisation.map(Organisation::profile).filter(StringUtils::isNotBlank).orElse(null);
    Classification classified = classification == null ? null : classification.classify(new ClassificationRequest(
        command.subject(), command.description(), category.id(), command.channel(), profile,
        StringUtils.trimToNull(command.serviceContract()), null, now.atZone(zone)), threads);
    Urgency urgency = command.urgency() != null ? command.urgency()
        : classified != null ? classified.urgency() : category.defaultUrgency();
    Optional<Dispatcher.Route> route = assignments == null ? Optional.empty()
        : assignments.route(category.id(), urgency, profile, command.organisationId(), now);
    TicketChange.Registered registered = new TicketChange.Registered(
        number,
        command.type(),
        command.organisationId(),
        command.supportCode(),
        new Requester(command.requesterId(), command.fullName().strip(), command.contacts(), command.noticesBy()),
        command.channel(),
        category.id(),
        urgency,
        StringUtils.isBlank(command.subject()) ? subjectOf(command.description()) : command.subject().strip(),
        command.description(),
        StringUtils.trimToNull(command.stepsToReproduce()),
        command.attachments(),
        route.map(Dispatcher.Route::group).orElse(category.firstLineGroup()),
        route.map(Dispatcher.Route::line).orElse(SupportLine.L1),
        StringUtils.trimToNull(command.serviceContract()),
        lifecycle.initialState().name());
    List<TicketChange> changes = new ArrayList<>(List.of(registered));
    if (classified != null) {
      changes.add(new TicketChange.UrgencyClassified(classified, command.urgency() == null));
    }
    if (StringUtils.isNotBlank(command.suggestionSession())) {
      changes.add(new SuggestionsDeclined(command.suggestionSession().strip()));
    }
    return List.copyOf(changes);
  }

  private Category checkDirectoryFacts(RegisterTicket command, List<Violation> violations) {
    Optional<Organisation> organisation = StringUtils.isBlank(command.organisationId())
        ? Optional.empty() : directory.organisation(command.organisationId());
    if (StringUtils.isNotBlank(command.organisationId()) && organisation.isEmpty()) {
      violations.add(Messages.violation("organisationId", "organisation.unknown", command.organisationId()));
    }
    if (StringUtils.isNotBlank(command.supportCode())) {
      Optional<Organisation> owner = directory.organisationBySupportCode(command.supportCode());
      if (owner.isEmpty()) {
        violations.add(Messages.violation("supportCode", "supportCode.unknown", command.supportCode()));
      } else if (organisation.isPresent() && !owner.get().id().equals(organisation.get().id())) {
        violations.add(Messages.violation("supportCode", "supportCode.otherOrganisation",
            command.supportCode(), command.organisationId()));
      }
    }
    if (command.noticesBy() != null && command.contacts() != null) {
      for (ContactKind medium : command.noticesBy()) {
        if (medium != null && command.contacts().stream().noneMatch(c -> c != null && c.kind() == medium)) {
          violations.add(Messages.violation("noticesBy", "noticesBy.noContact", medium));
        }
      }
    }
    if (StringUtils.isBlank(command.category())) {
      return null;
    }
    Optional<Category> category = directory.category(command.category());
    if (category.isEmpty()) {
      violations.add(Messages.violation("category", "category.unknown", command.category()));
    }
    violations.sort(Comparator.comparing(Violation::path));
    return category.orElse(null);
  }

  private static String subjectOf(String description) {
    String text = description.strip();
    int lineEnd = StringUtils.indexOfAny(text, '\n', '\r');
    return StringUtils.abbreviate(lineEnd < 0 ? text : text.substring(0, lineEnd), SUBJECT_FROM_DESCRIPTION);
  }
}
