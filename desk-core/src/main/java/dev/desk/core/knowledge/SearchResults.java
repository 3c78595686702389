package dev.desk.core.knowledge;

import java.util.List;

/**
 * What a search found: how many articles the reader may read match, and the best of them.
 *
 * @param total every matching article the reader may read (never one they may not)
 * @param hits the best, best first
 */
public record SearchResults(long total, List<SearchHit> hits) {

  /** Copies the hits. */
  public SearchResults {
    hits = List.copyOf(hits);
  }
}
