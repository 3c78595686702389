/**
 * What files a ticket accepts: {@link dev.desk.core.attachment.AttachmentPolicy} judges each by
 * its content (magic bytes), never by its name or declared type, and limits sizes and counts.
 */
package dev.desk.core.attachment;
