package dev.desk.core.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every phrase of a rule set, analysed once, and the matcher that finds them in a ticket's text:
 * the phrase's stems in order within one clause, with at most {@code slop} other words between
 * two of them. A phrase that itself begins with a negation ("не работает", "no heating") must be
 * contiguous, so that "нет запаха газа" never reads as "нет газа".
 *
 * <p>A match is negated, and does not count, when a negation word stands in its clause within
 * {@code window} words before it, or between its words ("not really urgent", "газом не пахнет").
 * Short negations ("без", "without", "no") reach only the next word: "без отопления весь микрорайон"
 * negates the heating, not the district. A negation covers the whole phrase it negates, so the
 * phrases inside it ("down" in "not power line is down") do not count either. Words of negative
 * concord negate on their own ("ничего срочного" is no "срочно") but not a phrase that is itself a
 * negation: "ничего не работает" is a failure. The negation
 * of a phrase found as such ("не работает", "not urgent") negates nothing after that phrase ("не
 * работает во всей больнице") but still negates the words inside it: "not urgent" is no "urgent",
 * "не горит свет" is no "горит". Immutable and thread-safe once built.
 */
final class PhraseIndex {

  private final List<String[]> stems = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();
  private final List<Boolean> negationFirst = new ArrayList<>();
  private final Map<String, Integer> idsByKey = new HashMap<>();
  private final Map<String, int[]> byFirstStem = new HashMap<>();
  private final Set<String> cues;
  private final Set<String> shortCues;
  private final Set<String> concordCues;
  private final int window;
  private final int slop;

  PhraseIndex(Set<String> cues, Set<String> shortCues, Set<String> concordCues, int window, int slop) {
    this.cues = Set.copyOf(cues);
    this.shortCues = Set.copyOf(shortCues);
    this.concordCues = Set.copyOf(concordCues);
    this.window = window;
    this.slop = slop;
  }

  /** The id of a phrase, adding it on first sight; -1 when the phrase has no words. */
  int add(String phrase) {
    TextAnalyzer.Tokens t = TextAnalyzer.get().analyse(phrase);
    if (t.size == 0) {
      return -1;
    }
    String[] phraseStems = Arrays.copyOf(t.stems, t.size);
    String key = String.join(" ", phraseStems);
    Integer known = idsByKey.get(key);
    if (known != null) {
      return known;
    }
    int id = stems.size();
    stems.add(phraseStems);
    texts.add(phrase.strip());
    negationFirst.add(cues.contains(t.words[0]));
    idsByKey.put(key, id);
    int[] before = byFirstStem.getOrDefault(phraseStems[0], new int[0]);
    int[] after = Arrays.copyOf(before, before.length + 1);
    after[before.length] = id;
    byFirstStem.put(phraseStems[0], after);
    return id;
  }

  /** The phrase as the rule file wrote it. */
  String text(int id) {
    return texts.get(id);
  }

  int size() {
    return stems.size();
  }

  /** The ids of the phrases found un-negated in the text. */
  BitSet match(TextAnalyzer.Tokens t) {
    BitSet found = new BitSet(stems.size());
    int[] positions = new int[16];
    int negatedUntil = -1; // a negation covers the whole phrase it negates, and the phrases inside it
    // the "не" of a found "не работает" negates only up to the end of that phrase; -1: a cue not used so
    int[] cueReach = new int[t.size];
    Arrays.fill(cueReach, -1);
    for (int i = 0; i < t.size; i++) {
      int[] candidates = byFirstStem.get(t.stems[i]);
      if (candidates == null) {
        continue;
      }
      for (int id : candidates) {
        if (found.get(id)) {
          continue;
        }
        String[] p = stems.get(id);
        if (positions.length < p.length) {
          positions = new int[p.length];
        }
        if (!matchesAt(t, i, p, negationFirst.get(id) ? 0 : slop, positions)) {
          continue;
        }
        boolean isNegation = negationFirst.get(id);
        if (i <= negatedUntil || negated(t, positions, p.length, isNegation, cueReach)) {
          negatedUntil = Math.max(negatedUntil, positions[p.length - 1]);
        } else {
          found.set(id);
          if (isNegation) {
            cueReach[i] = Math.max(cueReach[i], positions[p.length - 1]);
          }
        }
      }
    }
    return found;
  }

  private static boolean matchesAt(TextAnalyzer.Tokens t, int start, String[] p, int gap, int[] positions) {
    positions[0] = start;
    int at = start;
    for (int k = 1; k < p.length; k++) {
      int next = -1;
      for (int j = at + 1; j <= at + 1 + gap && j < t.size && t.clauses[j] == t.clauses[start]; j++) {
        if (t.stems[j].equals(p[k])) {
          next = j;
          break;
        }
      }
      if (next < 0) {
        return false;
      }
      positions[k] = next;
      at = next;
    }
    return true;
  }

  private boolean negated(TextAnalyzer.Tokens t, int[] positions, int length, boolean isNegation, int[] cueReach) {
    int start = positions[0];
    int clause = t.clauses[start];
    for (int m = start - 1; m >= 0 && m >= start - window && t.clauses[m] == clause; m--) {
      String w = t.words[m];
      if (cues.contains(w) && (cueReach[m] < 0 || start <= cueReach[m]) && (m == start - 1 || !shortCues.contains(w))
          && !(isNegation && concordCues.contains(w))) {
        return true;
      }
    }
    for (int k = 1; k < length; k++) {
      for (int m = positions[k - 1] + 1; m < positions[k]; m++) {
        if (cues.contains(t.words[m])) {
          return true;
        }
      }
    }
    return false;
  }
}
