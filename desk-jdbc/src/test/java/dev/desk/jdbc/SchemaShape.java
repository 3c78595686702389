package dev.desk.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What a migrated desk schema holds, in words the three databases share: to compare schemas. */
final class SchemaShape {

  private SchemaShape() {}

  /** table.column -> coarse type and nullability, for desk's tables in the connection's schema. */
  static Map<String, String> of(String url, String schema) throws SQLException {
    Map<String, String> out = read(url, schema);
    if (out.isEmpty()) {
      throw new AssertionError("no desk table found at " + url);
    }
    return out;
  }

  private static Map<String, String> read(String url, String schema) throws SQLException {
    Map<String, String> out = new TreeMap<>();
    try (Connection c = DriverManager.getConnection(url)) {
      DatabaseMetaData meta = c.getMetaData();
      String catalog = url.startsWith("jdbc:mariadb") ? c.getCatalog() : null;
      // PostgreSQL: the schema given, else the connection's own (currentSchema in the URL), never every schema
      String pattern = url.startsWith("jdbc:h2") ? "PUBLIC" : url.startsWith("jdbc:mariadb") ? null
          : schema != null ? schema : c.getSchema();
      try (ResultSet rs = meta.getColumns(catalog, pattern, "%", "%")) {
        while (rs.next()) {
          String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
          if (table.startsWith("desk_") && !table.equals("desk_schema_history")) {
            out.put(table + "." + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                coarse(rs.getString("TYPE_NAME")) + (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls
                    ? " not null" : " null"));
          }
        }
      }
      // the indexes desk names itself (the claims and the sweep depend on them), with their columns in order
      for (String table : out.keySet().stream().map(k -> k.substring(0, k.indexOf('.'))).distinct().toList()) {
        String name = url.startsWith("jdbc:h2") ? table.toUpperCase(Locale.ROOT) : table;
        try (ResultSet rs = meta.getIndexInfo(catalog, pattern, name, false, false)) {
          Map<String, TreeMap<Integer, String>> indexes = new TreeMap<>();
          while (rs.next()) {
            String index = rs.getString("INDEX_NAME");
            // the ones the migrations name; keys and constraints get names of each database's choosing
            if (index != null && index.toLowerCase(Locale.ROOT).matches("desk_[a-z_]*")
                && !index.toLowerCase(Locale.ROOT).matches(".*(pkey|_key|unique.*)")) {
              indexes.computeIfAbsent(index.toLowerCase(Locale.ROOT), k -> new TreeMap<>())
                  .put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
          }
          indexes.forEach((index, cols) -> out.put("index " + index, table + String.valueOf(cols.values())));
        }
        try (ResultSet rs = meta.getPrimaryKeys(catalog, pattern, name)) {
          TreeMap<Integer, String> key = new TreeMap<>();
          while (rs.next()) {
            key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
          }
          out.put("key " + table, String.valueOf(key.values()));
        }
      }
    }
    return out;
  }

  private static String coarse(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    if (t.contains("char") || t.contains("text") || t.startsWith("json")) { // JSON: json on PostgreSQL, text elsewhere
      return "text";
    } else if (t.contains("bigint") || t.equals("int8") || t.contains("bigserial")) {
      return "bigint";
    } else if (t.startsWith("int") || t.equals("integer") || t.equals("serial")) {
      return "int";
    } else if (t.contains("blob") || t.contains("binary") || t.equals("bytea")) {
      return "binary";
    }
    return t;
  }
}
