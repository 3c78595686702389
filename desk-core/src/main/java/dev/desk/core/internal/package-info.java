/**
 * Implementation of desk-core: the pure decider, validation and access checks behind the
 * {@link dev.desk.core.Desk} facade. Not API: anything here may change in any release.
 */
package dev.desk.core.internal;
