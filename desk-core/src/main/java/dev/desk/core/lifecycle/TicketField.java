package dev.desk.core.lifecycle;

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
}
