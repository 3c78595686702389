/** What the sample plugins share and do not offer to others: an authenticated JSON post. */
package dev.desk.plugins.internal;
