/**
 * The {@code desk} command-line tool ({@code java -jar examples/target/desk.jar --help}):
 * {@code demo} runs the contact-centre demo, {@code plugins} lists what discovery finds.
 */
package dev.desk.examples.cli;
