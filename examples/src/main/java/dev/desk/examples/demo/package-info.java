/**
 * The contact-centre demo: a regional contact centre for health-care information systems
 * embeds desk, registers the calls and portal requests of one morning, walks them through the
 * lifecycle and prints their journals.
 */
package dev.desk.examples.demo;
