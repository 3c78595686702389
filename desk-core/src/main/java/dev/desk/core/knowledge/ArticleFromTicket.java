package dev.desk.core.knowledge;

import dev.desk.core.directory.Directory;
import dev.desk.core.view.RequesterEntry;
import dev.desk.core.view.RequesterView;
import dev.desk.spi.knowledge.ArticleVisibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The draft a solved ticket (or a suggestion about the base) makes: its question, the public
 * messages and its solution as the requester could read them, in the language it was written
 * in, with personal data taken out ({@link PersonalData}).
 *
 * @param draft the article's text and rules: staff only, in the ticket's category
 * @param reason why the revision is made, naming the ticket
 */
record ArticleFromTicket(ArticleDraft draft, String reason) {

  /** What a support code looks like (GKB-0001), to look the text's up in the directory. */
  private static final Pattern CODE_LIKE =
      Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]{2,10}-\\d{2,8}(?![\\p{L}\\p{N}])");

  static ArticleFromTicket of(SolvedTicket ticket, Directory directory) {
    RequesterView view = ticket.view();
    String description = "";
    List<RequesterEntry.Message> messages = new ArrayList<>();
    String resolution = null;
    for (RequesterEntry e : view.entries()) {
      if (e instanceof RequesterEntry.Registered r) {
        description = r.description();
      } else if (e instanceof RequesterEntry.Message m) {
        messages.add(m);
      } else if (e instanceof RequesterEntry.Resolution r) {
        resolution = r.text();
      }
    }
    String locale = KnowledgeBase.cyrillic(description) ? "ru" : "en";
    boolean ru = locale.equals("ru");
    List<String> codes = new ArrayList<>();
    if (ticket.supportCode() != null) {
      codes.add(ticket.supportCode());
    }
    // codes of other organisations quoted in the text
    StringBuilder said = new StringBuilder(description);
    messages.forEach(m -> said.append('\n').append(m.text()));
    Matcher quoted = CODE_LIKE.matcher(said);
    while (quoted.find()) {
      directory.organisationBySupportCode(quoted.group()).ifPresent(o -> codes.add(o.supportCode()));
    }
    StringBuilder body = new StringBuilder();
    body.append(ticket.suggestion() ? (ru ? "Предложение" : "Suggestion") : (ru ? "Вопрос" : "Question"))
        .append("\n").append(description.strip()).append("\n");
    if (!messages.isEmpty()) {
      body.append("\n").append(ru ? "Переписка" : "Messages").append("\n");
      for (RequesterEntry.Message m : messages) {
        String who = m.from() == RequesterEntry.Author.REQUESTER ? (ru ? "Заявитель" : "Requester")
            : (ru ? "Поддержка" : "Support");
        body.append(who).append(": ").append(m.text()).append("\n");
      }
    }
    if (resolution != null) {
      body.append("\n").append(ru ? "Решение" : "Solution").append("\n").append(resolution.strip()).append("\n");
    }
    String subject = view.subject() != null && !view.subject().isBlank() ? view.subject()
        : description.strip().split("(?<=[.!?])\\s|\\n", 2)[0];
    String title = PersonalData.redact(subject, ticket.names(), codes, locale);
    title = title.length() > ArticleDraft.MAX_TITLE ? title.substring(0, ArticleDraft.MAX_TITLE - 1) + "…" : title;
    String text = PersonalData.redact(body.toString(), ticket.names(), codes, locale);
    if (text.length() > ArticleDraft.MAX_BODY) {
      text = text.substring(0, ArticleDraft.MAX_BODY);
    }
    ArticleDraft draft = new ArticleDraft(title.isBlank() ? view.number() : title, text, ticket.category(),
        List.of(), locale, ArticleVisibility.INTERNAL, Set.of());
    return new ArticleFromTicket(draft, (ru ? "черновик по обращению " : "drafted from ticket ") + view.number());
  }
}
