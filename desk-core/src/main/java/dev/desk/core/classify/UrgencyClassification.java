package dev.desk.core.classify;

import dev.desk.core.plugin.PluginHealth;
import dev.desk.core.plugin.PluginThreads;
import dev.desk.spi.classify.Classification;
import dev.desk.spi.classify.ClassificationRequest;
import dev.desk.spi.classify.UrgencyClassifier;
import dev.desk.spi.ticket.Urgency;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How desk decides a new ticket's urgency: the built-in {@link RuleBasedClassifier}, and the
 * classifiers of plugins beside or instead of it.
 *
 * <ul>
 *   <li>The first plugin in {@link UrgencyClassifier.Mode#REPLACE REPLACE} mode that answers in
 *       time gives the answer.
 *   <li>Otherwise every answer is a vote of weight × confidence for its class; the built-in
 *       answer has weight 1. The heaviest class wins, ties go to the more urgent class, and votes
 *       never take EMERGENCY away from the built-in answer: missing an emergency is the worst
 *       error.
 *   <li>A plugin that throws, answers {@code null} or runs over its time budget is left out for
 *       that ticket, logged (its name and error, never the ticket's text) and counted in
 *       {@link #health()}.
 * </ul>
 *
 * <p>Plugins run on daemon threads of their own, so a hung plugin costs a thread, never a ticket.
 * Thread-safe.
 */
public final class UrgencyClassification implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(UrgencyClassification.class);

  private final RuleBasedClassifier builtIn;
  private final List<Plugged> plugins;
  /** Threads for a plugin's answer when the caller gives none (the command-line tool); made when first needed. */
  private volatile PluginThreads ownThreads;

  private UrgencyClassification(RuleBasedClassifier builtIn, List<UrgencyClassifier> plugins) {
    this.builtIn = builtIn;
    this.plugins = plugins.stream().map(Plugged::new).toList();
  }

  /** The built-in classifier with the built-in rules and no plugins. */
  public static UrgencyClassification builtIn() {
    return new UrgencyClassification(RuleBasedClassifier.withDefaults(), List.of());
  }

  /** The built-in classifier with these rules, and these plugins in order. */
  public static UrgencyClassification of(UrgencyRules rules, List<UrgencyClassifier> plugins) {
    List<String> names = new ArrayList<>();
    for (UrgencyClassifier p : plugins) {
      Objects.requireNonNull(p, "classifier");
      if (names.contains(p.name()) || RuleBasedClassifier.NAME.equals(p.name())) {
        throw new IllegalArgumentException("two classifiers are named " + p.name());
      }
      names.add(p.name());
    }
    return new UrgencyClassification(new RuleBasedClassifier(rules), List.copyOf(plugins));
  }

  /**
   * This classification with more plugged-in classifiers after its own (the plugins'), sharing
   * its built-in classifier and rules.
   */
  public UrgencyClassification withMorePlugins(List<UrgencyClassifier> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<UrgencyClassifier> all = new ArrayList<>(plugins.stream().map(p -> p.classifier).toList());
    all.addAll(more);
    return new UrgencyClassification(builtIn, all);
  }

  /** The built-in classifier, to read or {@linkplain RuleBasedClassifier#reload reload} its rules. */
  public RuleBasedClassifier builtInClassifier() {
    return builtIn;
  }

  /**
   * The urgency of a request, with its confidence and reasons; plugins answer on threads of this
   * classification's own small pool (see {@link #close()}). A desk passes its own threads instead.
   */
  public Classification classify(ClassificationRequest request) {
    if (plugins.isEmpty()) {
      return classify(request, null);
    }
    PluginThreads threads = ownThreads;
    if (threads == null) {
      synchronized (this) {
        if (ownThreads == null) {
          ownThreads = PluginThreads.bounded(Math.max(2, plugins.size() * 2));
        }
        threads = ownThreads;
      }
    }
    return classify(request, threads.pool());
  }

  /**
   * The urgency of a request, the plugins answering on the given threads.
   *
   * @param threads the pool for the plugins' answers; unused without plugins
   */
  public Classification classify(ClassificationRequest request, ExecutorService threads) {
    Objects.requireNonNull(request, "request");
    Classification own = builtIn.classify(request);
    if (plugins.isEmpty()) {
      return own;
    }
    ExecutorService executor = Objects.requireNonNull(threads, "threads");
    List<Future<Classification>> pending = new ArrayList<>(plugins.size());
    List<PluginHealth.Counters.Attempt> attempts = new ArrayList<>(plugins.size());
    for (Plugged p : plugins) {
      p.counters.called();
      PluginHealth.Counters.Attempt attempt = p.counters.admit() == null ? p.counters.attempt() : null;
      attempts.add(attempt);
      if (attempt == null) { // its circuit is open, or its stuck calls fill its share: not asked, no waiting
        pending.add(null);
        continue;
      }
      try {
        pending.add(executor.submit(attempt.of(() -> p.classifier.classify(request))));
      } catch (RejectedExecutionException e) {
        p.counters.failed("found no free thread"); // every thread is held (by plugins that hang)
        pending.add(null);
      }
    }
    List<Classification> votes = new ArrayList<>();
    for (int i = 0; i < plugins.size(); i++) {
      Plugged p = plugins.get(i);
      Classification answer = p.await(pending.get(i), attempts.get(i));
      if (answer != null && p.classifier.mode() == UrgencyClassifier.Mode.REPLACE) {
        pending.subList(i + 1, pending.size()).forEach(f -> f.cancel(true));
        return answer;
      }
      if (answer != null) {
        votes.add(answer);
      }
    }
    return votes.isEmpty() ? own : vote(own, votes);
  }

  private Classification vote(Classification own, List<Classification> votes) {
    Map<Urgency, Double> weight = new EnumMap<>(Urgency.class);
    weight.merge(own.urgency(), own.confidence(), Double::sum);
    double total = 1;
    List<Classification.Reason> reasons = new ArrayList<>(own.reasons());
    for (Classification v : votes) {
      double w = plugin(v.classifier()).map(p -> p.classifier.weight()).orElse(1.0);
      weight.merge(v.urgency(), w * v.confidence(), Double::sum);
      total += w;
      reasons.add(new Classification.Reason("vote:" + v.classifier(), v.urgency(), w * v.confidence(),
          "confidence " + v.confidence()));
    }
    Urgency winner = own.urgency();
    if (winner != Urgency.EMERGENCY) {
      for (Urgency u : Urgency.values()) {
        if (weight.getOrDefault(u, 0.0) > weight.getOrDefault(winner, 0.0)) {
          winner = u;
        }
      }
    }
    double confidence = Math.min(1, Math.round(weight.getOrDefault(winner, 0.0) / total * 100) / 100.0);
    return new Classification(winner, confidence, reasons, RuleBasedClassifier.NAME + "+votes");
  }

  private java.util.Optional<Plugged> plugin(String name) {
    return plugins.stream().filter(p -> p.classifier.name().equals(name)).findFirst();
  }

  /** Shuts down the threads {@link #classify(ClassificationRequest)} made for plugins, if it made any. */
  @Override
  public void close() {
    PluginThreads threads = ownThreads;
    if (threads != null) {
      threads.close();
    }
  }

  /** Calls, failures and time-outs of every plugged-in classifier. */
  public List<PluginHealth> health() {
    return plugins.stream().map(p -> p.counters.health()).toList();
  }

  /** A plugin and its counters. */
  private static final class Plugged {
    final UrgencyClassifier classifier;
    final PluginHealth.Counters counters;

    Plugged(UrgencyClassifier classifier) {
      this.classifier = classifier;
      this.counters = new PluginHealth.Counters(classifier.name());
    }

    /** The plugin's answer, or {@code null} when it failed or ran out of time. */
    Classification await(Future<Classification> answer, PluginHealth.Counters.Attempt attempt) {
      if (answer == null) {
        return null; // not asked: counted as skipped or failed already
      }
      long budget = Math.max(1, classifier.timeBudget().toMillis());
      try {
        Classification c = answer.get(budget, TimeUnit.MILLISECONDS);
        if (c == null) {
          return failed("answered null");
        }
        counters.succeeded();
        return new Classification(c.urgency(), c.confidence(), c.reasons(), classifier.name());
      } catch (TimeoutException e) {
        answer.cancel(true);
        String problem = "ran over its budget of " + budget + " ms";
        attempt.timedOut(problem);
        LOG.warn("Classifier {} {}; the built-in answer stands", classifier.name(), problem);
        return null;
      } catch (ExecutionException e) {
        return failed("threw " + e.getCause().getClass().getName());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        answer.cancel(true);
        return null;
      }
    }

    private Classification failed(String problem) {
      counters.failed(problem);
      LOG.warn("Classifier {} {}; the built-in answer stands", classifier.name(), problem);
      return null;
    }
  }
}
