package dev.desk.core.command;

/**
 * A command a feature module adds beside the core set: the feature that owns it decides it
 * ({@link dev.desk.core.engine.Feature#decide}), the facade checks it like any command (its
 * fields' constraints, access, the version read) and journals what the feature decided. Implement
 * it as a record with Jakarta Validation constraints on its fields.
 */
public non-sealed interface FeatureCommand extends TicketCommand {}
