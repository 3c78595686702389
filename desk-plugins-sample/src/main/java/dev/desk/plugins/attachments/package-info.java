/**
 * Attachment stores outside the database: {@link
 * dev.desk.plugins.attachments.FileSystemAttachmentStore} keeps files in a directory tree.
 * Written against desk-spi alone.
 */
package dev.desk.plugins.attachments;
