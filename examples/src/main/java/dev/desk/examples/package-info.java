/** Runnable host applications that show how to embed desk. */
package dev.desk.examples;
