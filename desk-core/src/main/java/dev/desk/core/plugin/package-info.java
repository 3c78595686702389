/**
 * Plugins at run time: {@link dev.desk.core.plugin.PluginRegistry} takes plugins registered
 * explicitly and, on request, those {@link java.util.ServiceLoader} finds, refusing plugins built
 * for an incompatible SDK and duplicate names, and logging every registration; {@link
 * dev.desk.core.plugin.PluginSet} is what a desk runs with, in the documented order; {@link
 * dev.desk.core.plugin.PluginThreads} the bounded threads plugin calls run on; {@link
 * dev.desk.core.plugin.PluginCall} one call within its budget.
 */
package dev.desk.core.plugin;
