/**
 * What a requester reads: {@link dev.desk.core.view.RequesterView}, built for them from the
 * journal by the feature that owns each kind of event. A kind no feature shows to requesters
 * (internal comments, planned notices, escalations, the classifier's reasoning, clocks) is never
 * in it; it is not a filtered internal record. Stable API.
 */
package dev.desk.core.view;
