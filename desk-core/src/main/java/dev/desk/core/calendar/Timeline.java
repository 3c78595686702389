package dev.desk.core.calendar;

import java.util.Arrays;

/**
 * The working intervals of a calendar's whole supported range as sorted, merged arrays of epoch
 * nanoseconds, with the working time before each interval. Every query is a binary search:
 * O(log n) in the number of intervals, whatever the span. Immutable once built.
 */
final class Timeline {

  private final long[] starts;
  private final long[] ends;
  /** Working nanoseconds before interval i; {@code cumulative[count]} is the total. */
  private final long[] cumulative;
  private final int count;
  private final long rangeStart;
  private final long rangeEnd;

  Timeline(long[] starts, long[] ends, int count, long rangeStart, long rangeEnd) {
    this.starts = Arrays.copyOf(starts, count);
    this.ends = Arrays.copyOf(ends, count);
    this.count = count;
    this.rangeStart = rangeStart;
    this.rangeEnd = rangeEnd;
    this.cumulative = new long[count + 1];
    for (int i = 0; i < count; i++) {
      cumulative[i + 1] = cumulative[i] + (ends[i] - starts[i]);
    }
  }

  long rangeStart() {
    return rangeStart;
  }

  long rangeEnd() {
    return rangeEnd;
  }

  long total() {
    return cumulative[count];
  }

  /** Working nanoseconds from the range's start up to {@code t}. */
  long workedUntil(long t) {
    int i = lastStartingAtOrBefore(t);
    if (i < 0) {
      return 0;
    }
    return cumulative[i] + (Math.min(t, ends[i]) - starts[i]);
  }

  /**
   * The earliest instant at which {@code worked} working nanoseconds have passed since the
   * range's start, or {@code Long.MIN_VALUE} when the range holds less.
   */
  long instantAfterWorking(long worked) {
    if (worked > total()) {
      return Long.MIN_VALUE;
    }
    // first interval whose end reaches the target: cumulative[i + 1] >= worked
    int lo = 0;
    int hi = count - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid + 1] >= worked) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return starts[lo] + (worked - cumulative[lo]);
  }

  boolean isWorking(long t) {
    int i = lastStartingAtOrBefore(t);
    return i >= 0 && t < ends[i];
  }

  /** {@code t} when working, else the start of the next interval, or {@code Long.MIN_VALUE}. */
  long nextWorking(long t) {
    int i = lastStartingAtOrBefore(t);
    if (i >= 0 && t < ends[i]) {
      return t;
    }
    return i + 1 < count ? starts[i + 1] : Long.MIN_VALUE;
  }

  private int lastStartingAtOrBefore(long t) {
    int i = Arrays.binarySearch(starts, 0, count, t);
    return i >= 0 ? i : -i - 2;
  }
}
