/**
 * The urgency-classifier SDK: what a classifier is asked ({@link
 * dev.desk.spi.classify.ClassificationRequest}), what it answers ({@link
 * dev.desk.spi.classify.Classification}) and the plugin interface ({@link
 * dev.desk.spi.classify.UrgencyClassifier}) through which a host plugs in its own model beside
 * or instead of desk's built-in rules.
 */
package dev.desk.spi.classify;
