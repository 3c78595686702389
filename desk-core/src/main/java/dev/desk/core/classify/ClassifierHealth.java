package dev.desk.core.classify;

/**
 * How a plugged-in classifier has fared since start.
 *
 * @param classifier its name
 * @param calls how often it was asked
 * @param failures how often it threw or answered nothing usable
 * @param timeouts how often it ran over its time budget
 * @param lastProblem the last failure or timeout in words (no ticket text), or {@code null}
 */
public record ClassifierHealth(String classifier, long calls, long failures, long timeouts, String lastProblem) {}
