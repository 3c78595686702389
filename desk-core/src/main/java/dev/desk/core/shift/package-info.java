/**
 * Shift handover (002) as a feature module: at a shift's end the outgoing agent hands over each
 * ticket still open with its next step, the time left is journaled as it was then, and the
 * incoming shift accepts; the shift report is read back from those events exactly as it was.
 */
package dev.desk.core.shift;
