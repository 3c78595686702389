/** The smallest host: the embedding example quoted in the README. */
package dev.desk.examples.embedding;
