/** Words for people: durations in prose, in one language per output. */
package dev.desk.core.text;
