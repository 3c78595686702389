/**
 * Real plugins written against desk-spi alone: a webhook channel, an SMS notifier and a
 * file-system attachment store, offered together by {@link dev.desk.plugins.SamplePlugins}.
 */
package dev.desk.plugins;
