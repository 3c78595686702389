package dev.desk.core.internal;

import dev.desk.core.command.Limits;
import dev.desk.spi.error.Violation;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.Actor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The check every text passes once, at the edge, before anything is decided or stored: no NUL
 * (PostgreSQL refuses it), no lone UTF-16 surrogate (no database keeps one as given: it would be
 * stored altered), and no text longer than a cap where the field states no limit of its own. It
 * walks an input's records, lists, sets and maps, so a field added later is checked too; what
 * is acknowledged is then exactly what every store keeps. Thread-safe.
 */
public final class TextCheck {

  /** The longest text a field without a limit of its own takes: 64 KiB of characters. */
  public static final int CAP = 65_536;

  private TextCheck() {}

  /** Every broken text of the value, at its path under {@code root}; empty when all are fine. */
  public static List<Violation> check(String root, Object value) {
    List<Violation> out = new ArrayList<>();
    walk(root, value, out, 0);
    return out;
  }

  /** An actor's texts, and its id within what stores keep of it. */
  public static List<Violation> actor(Actor actor) {
    List<Violation> out = check("actor", actor);
    if (actor.id().length() > Limits.ACTOR) {
      out.add(Messages.violation("actor.id", "actor.idTooLong", Limits.ACTOR, actor.id().length()));
    }
    return out;
  }

  /** The message a command came as: its texts, and its id and channel within what stores keep of them. */
  public static List<Violation> message(TicketChange.MessageReceived via) {
    if (via == null) {
      return List.of();
    }
    List<Violation> out = check("message", via);
    if (via.messageId().length() > Limits.MESSAGE_ID) {
      out.add(Messages.violation("message.messageId", "text.tooLong", Limits.MESSAGE_ID, via.messageId().length()));
    }
    if (via.channel().length() > Limits.ID) {
      out.add(Messages.violation("message.channel", "text.tooLong", Limits.ID, via.channel().length()));
    }
    return out;
  }

  private static void walk(String path, Object value, List<Violation> out, int depth) {
    if (value == null || depth > 8) {
      return;
    }
    if (value instanceof CharSequence text) {
      text(path, text, out);
    } else if (value instanceof Record r) {
      for (Records.Field f : Records.fields(r.getClass())) {
        walk(join(path, f.name()), f.of(r), out, depth + 1);
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(path + "[" + i + "]", list.get(i), out, depth + 1);
      }
    } else if (value instanceof Collection<?> items) {
      for (Object item : items) {
        walk(path + "[]", item, out, depth + 1);
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        walk(path + "[]", e.getKey(), out, depth + 1);
        walk(path + "[" + e.getKey() + "]", e.getValue(), out, depth + 1);
      }
    }
  }

  private static void text(String path, CharSequence text, List<Violation> out) {
    if (text.length() > CAP) {
      out.add(Messages.violation(path, "text.tooLong", CAP, text.length()));
      return;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        out.add(Messages.violation(path, "text.nul", i + 1));
        return;
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++; // a whole pair: one character beyond the basic plane
      } else if (Character.isSurrogate(c)) {
        out.add(Messages.violation(path, "text.surrogate", i + 1));
        return;
      }
    }
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

}
