/**
 * Finding and checking plugins: {@link dev.desk.core.plugin.PluginRegistry} takes plugins
 * registered explicitly and, on request, those {@link java.util.ServiceLoader} finds; it refuses
 * plugins built for an incompatible SDK and duplicate names, and logs every registration.
 */
package dev.desk.core.plugin;
