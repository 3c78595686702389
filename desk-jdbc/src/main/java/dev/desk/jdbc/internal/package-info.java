/** Implementation of desk-jdbc: MyBatis mapper, rows, the JSON codec and dialects. Not API. */
package dev.desk.jdbc.internal;
