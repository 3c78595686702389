package dev.desk.core.internal;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where each part of a YAML or JSON document stands, so that an error found after reading (an
 * unknown group named by an agent) can still name its line: {@code "agents/3/groups"} to 14.
 * Reads the node graph only; constructs no objects.
 */
public final class ConfigLines {

  private final Map<String, Integer> lines = new HashMap<>();

  private ConfigLines() {}

  /** The lines of a document that parsed already (so it is well-formed). */
  public static ConfigLines of(String text) {
    ConfigLines out = new ConfigLines();
    Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
    if (root != null) {
      out.walk("", root);
    }
    return out;
  }

  /** The 1-based line of the path, or of its nearest enclosing part; 0 when unknown. */
  public int line(String path) {
    for (String p = path; ; p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
      Integer line = lines.get(p);
      if (line != null || p.isEmpty()) {
        return line == null ? 0 : line;
      }
    }
  }

  private void walk(String path, Node node) {
    lines.putIfAbsent(path, node.getStartMark().getLine() + 1);
    if (node instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode key) {
          String child = path.isEmpty() ? key.getValue() : path + "/" + key.getValue();
          lines.put(child, t.getKeyNode().getStartMark().getLine() + 1);
          walkChildren(child, t.getValueNode());
        }
      }
    } else if (node instanceof SequenceNode seq) {
      List<Node> items = seq.getValue();
      for (int i = 0; i < items.size(); i++) {
        walk(path + "/" + i, items.get(i));
      }
    }
  }

  private void walkChildren(String path, Node value) {
    if (value instanceof MappingNode || value instanceof SequenceNode) {
      if (value instanceof SequenceNode seq) {
        for (int i = 0; i < seq.getValue().size(); i++) {
          walk(path + "/" + i, seq.getValue().get(i));
        }
      } else {
        walk(path, value);
      }
    }
  }
}
