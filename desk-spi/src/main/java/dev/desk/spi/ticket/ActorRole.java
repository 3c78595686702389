package dev.desk.spi.ticket;

/** The role an actor plays; it decides what the actor may see and do. */
public enum ActorRole {
  /** The person who asked; sees the tickets of their own organisation. */
  REQUESTER,
  /** A support specialist; acts on tickets of their groups. */
  AGENT,
  /** A group lead or head of service; acts everywhere. */
  SUPERVISOR,
  /** desk itself or the host application (timers, channels, imports). */
  SYSTEM
}
