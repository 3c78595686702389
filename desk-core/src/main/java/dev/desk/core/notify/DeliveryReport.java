package dev.desk.core.notify;

/**
 * What one delivery round did.
 *
 * @param delivered notifications delivered
 * @param retried notifications that failed and wait for another try
 * @param dead notifications given up on (now in the dead-letter list)
 */
public record DeliveryReport(int delivered, int retried, int dead) {}
