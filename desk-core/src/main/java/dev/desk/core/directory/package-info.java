/**
 * What desk knows about the world it serves: {@link dev.desk.core.directory.Organisation}s with
 * their support codes and {@link dev.desk.core.directory.Category categories} (areas of
 * competence) with the group of the first line that takes them. A host either lists them with
 * {@link dev.desk.core.directory.Directory#builder()} or implements
 * {@link dev.desk.core.directory.Directory} over its own registry.
 */
package dev.desk.core.directory;
