package dev.desk.core.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes personal data out of what a requester and support wrote before it becomes an article
 * others read: e-mail addresses, phone numbers, the organisations' support codes, and people's
 * names (the ones the ticket names, in any case form, and whatever is written as a Russian full
 * name, a name with a patronymic, or a surname with initials). Each is replaced by a word saying
 * what was there, in the article's language. Thread-safe.
 */
final class PersonalData {

  private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
  /** 7 to 15 digits in groups (spaces, dashes, brackets between), maybe a leading +. */
  private static final Pattern PHONE = Pattern.compile(
      "(?<![\\p{L}\\p{N}-])\\+?\\d(?:[ \\u00a0\\-()]{0,3}\\d){6,14}(?![\\p{L}\\p{N}])"
          // a town's six digits: 45-67-89
          + "|(?<![\\p{L}\\p{N}-])\\d{2,3}-\\d{2}-\\d{2}(?![\\p{L}\\p{N}-])");
  /** Dates and times look like phone numbers to the pattern above; they stay. */
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{2}-\\d{2}-\\d{4}");
  /** A patronymic in any case: Сергеевич, Сергеевичу; Петровна, Петровны, Петровне. */
  private static final String PATRONYMIC = "(?:ович|евич|ьич|ич|овн|евн|ичн|иничн)\\p{Ll}{0,3}";
  private static final String WORD = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";
  private static final Pattern FULL_NAME = Pattern.compile(
      "(?:" + WORD + "\\s+)?" + WORD + "\\s+\\p{Lu}\\p{Ll}+" + PATRONYMIC + "(?:\\s+" + WORD + ")?");
  private static final Pattern INITIALS = Pattern.compile(
      WORD + "\\s+\\p{Lu}\\.\\s?(?:\\p{Lu}\\.)?|(?<!\\p{L})\\p{Lu}\\.\\s?(?:\\p{Lu}\\.\\s?)?" + WORD);

  private PersonalData() {}

  /**
   * The text without personal data.
   *
   * @param names people's names the ticket knows (the requester's full name, contacts' names)
   * @param codes the organisations' support codes
   * @param locale the language of the words put in their place ({@code ru}, else English)
   */
  static String redact(String text, Collection<String> names, Collection<String> codes, String locale) {
    boolean ru = locale.equals("ru");
    String out = replace(EMAIL, text, ru ? "[адрес]" : "[e-mail]");
    out = phones(out, ru ? "[телефон]" : "[phone]");
    for (String code : codes.stream().filter(c -> c != null && !c.isBlank())
        .sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
      out = Pattern.compile(Pattern.quote(code), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(out)
          .replaceAll(Matcher.quoteReplacement(ru ? "[код]" : "[code]"));
    }
    String person = ru ? "[имя]" : "[name]";
    out = replace(FULL_NAME, out, person);
    out = replace(INITIALS, out, person);
    for (String stem : stems(names)) {
      // the name in any case form: Иванова, Ивановой, Иванову; Кузнецов, Кузнецовым; Анна, Анны, Анне
      out = Pattern.compile("(?<!\\p{L})" + Pattern.quote(stem) + "\\p{L}{0,4}(?!\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(out).replaceAll(Matcher.quoteReplacement(person));
    }
    return out;
  }

  /** Each word of each name, without the letters its case endings change. */
  private static List<String> stems(Collection<String> names) {
    List<String> out = new ArrayList<>();
    for (String name : names) {
      if (name == null) {
        continue;
      }
      for (String word : name.split("[\\s.,]+")) {
        if (word.length() >= 3) {
          String w = word.toLowerCase(Locale.ROOT);
          out.add(w.length() > 4 ? w.substring(0, w.length() - 1 - (w.matches(".*(ая|ий|ой|ый|ов|ев|ин)$") ? 1 : 0))
              : w.substring(0, w.length() - (w.matches(".*[аеёиоуыэюяь]$") ? 1 : 0)));
        }
      }
    }
    out.sort(Comparator.comparingInt(String::length).reversed());
    return out;
  }

  private static String phones(String text, String word) {
    Matcher m = PHONE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(DATE.matcher(m.group()).matches() ? m.group() : word));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String replace(Pattern pattern, String text, String word) {
    return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(word));
  }
}
