/**
 * JMH benchmarks, built only with {@code -Pbench} and never shipped. Run them with
 * {@code java -jar desk-bench/target/benchmarks.jar} (add a benchmark name to run one).
 */
package dev.desk.bench;
