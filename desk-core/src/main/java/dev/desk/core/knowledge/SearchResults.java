package dev.desk.core.knowledge;

import java.util.List;

/**
 * What a search found: how many articles the reader may read match, and the best of them.
 *
 * @param total the matching articles the reader may read (never one they may not): all of them
 *     up to {@value #COUNTED}, beyond that at least this many ("1000+")
 * @param exact whether {@code total} is every match, not a lower bound
 * @param hits the best, best first
 */
public record SearchResults(long total, boolean exact, List<SearchHit> hits) {

  /** Matches are counted exactly up to this many; counting all of a common word's costs a second pass. */
  public static final int COUNTED = 1000;

  /** Copies the hits. */
  public SearchResults {
    hits = List.copyOf(hits);
  }
}
