/**
 * Urgency classification: {@link dev.desk.core.classify.UrgencyRules} (rules as data, read from
 * YAML or JSON or built in Java; the built-in set for hospital ICT, utilities dispatch and
 * post-sales service), {@link dev.desk.core.classify.RuleBasedClassifier} (the rules applied to
 * stemmed Russian and English text with negation, and to the channel, profile, scope, contract
 * and time of a request) and {@link dev.desk.core.classify.UrgencyClassification} (the built-in
 * classifier with the plugins' classifiers voting or replacing it within their time budgets).
 */
package dev.desk.core.classify;
