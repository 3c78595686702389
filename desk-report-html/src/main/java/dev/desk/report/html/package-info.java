/**
 * desk's reports for a period as one self-contained HTML file: the figures in tables with their
 * definitions, and charts drawn by Chart.js, bundled into the file, so it opens with no network.
 */
package dev.desk.report.html;
