/**
 * Lifecycles as data: {@link dev.desk.core.lifecycle.State}s with flags,
 * {@link dev.desk.core.lifecycle.Transition}s with guards (the actor's role, required fields)
 * and hooks, frozen into an immutable {@link dev.desk.core.lifecycle.Lifecycle} by a builder
 * that reads like the diagram. {@link dev.desk.core.lifecycle.Lifecycles#standard()} is the
 * default lifecycle of the design; hosts define their own the same way.
 */
package dev.desk.core.lifecycle;
