package dev.desk.core.lifecycle;

import dev.desk.spi.ticket.TicketSnapshot;
import org.apache.commons.lang3.StringUtils;

/** Fields a transition can require to be filled before it is taken. */
public enum TicketField {
  /** An agent responsible. */
  ASSIGNEE("assignee"),
  /** A group responsible. */
  GROUP("group"),
  /** The answer given. */
  RESOLUTION("resolution"),
  /** One of the refusal reasons. */
  REFUSAL_REASON("refusalReason"),
  /** The actor's reason for the command. */
  REASON("reason"),
  /** Steps to reproduce the problem. */
  STEPS_TO_REPRODUCE("stepsToReproduce"),
  /** At least one attachment. */
  ATTACHMENTS("attachments"),
  /** A service contract. */
  SERVICE_CONTRACT("serviceContract"),
  /** At least one linked knowledge-base article. */
  KNOWLEDGE_ARTICLE("knowledgeArticles");

  private final String path;

  TicketField(String path) {
    this.path = path;
  }

  /** The property path reported in a violation. */
  public String path() {
    return path;
  }

  /**
   * Whether the field is filled on the ticket as a command leaves it.
   *
   * @param reason the command's reason, or {@code null}
   */
  public boolean filledOn(TicketSnapshot t, String reason) {
    return switch (this) {
      case ASSIGNEE -> StringUtils.isNotBlank(t.assignee());
      case GROUP -> StringUtils.isNotBlank(t.group());
      case RESOLUTION -> StringUtils.isNotBlank(t.resolution());
      case REFUSAL_REASON -> t.refusalReason() != null;
      case REASON -> StringUtils.isNotBlank(reason);
      case STEPS_TO_REPRODUCE -> StringUtils.isNotBlank(t.stepsToReproduce());
      case ATTACHMENTS -> !t.attachments().isEmpty();
      case SERVICE_CONTRACT -> StringUtils.isNotBlank(t.serviceContract());
      case KNOWLEDGE_ARTICLE -> !t.knowledgeArticles().isEmpty();
    };
  }
}
