package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.desk.core.Desk;
import dev.desk.core.command.AddComment;
import dev.desk.core.command.Assign;
import dev.desk.core.command.Resolve;
import dev.desk.core.command.StartWork;
import dev.desk.core.knowledge.ArticleDraft;
import dev.desk.core.knowledge.KnowledgeBase;
import dev.desk.core.store.InMemoryKnowledgeStore;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.error.AccessDeniedException;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.knowledge.ArticleRevision;
import dev.desk.spi.knowledge.ArticleState;
import dev.desk.spi.knowledge.ArticleVisibility;
import dev.desk.spi.ticket.ContactKind;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.TicketType;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A draft from a solved ticket keeps what the requester could read and none of the personal data
 * in it: for generated tickets with names in several case forms and with initials, phone numbers
 * in the ways people write them, e-mail addresses and support codes in the request, the
 * messages and the solution, no such value reaches the draft, and no internal note does.
 */
final class DraftFromTicketProperties {

  /** A surname in the forms a text puts it in, a first name and a patronymic the same way. */
  private static final String[][] SURNAMES = {{"Иванова", "Ивановой", "Иванову"}, {"Петров", "Петрова", "Петрову"},
      {"Смирнова", "Смирновой", "Смирнову"}, {"Кузнецов", "Кузнецова", "Кузнецовым"},
      {"Соколова", "Соколовой", "Соколову"}, {"Лебедев", "Лебедева", "Лебедеву"}};
  private static final String[][] FIRST = {{"Анна", "Анны", "Анне"}, {"Мария", "Марии", "Марию"},
      {"Сергей", "Сергея", "Сергею"}, {"Ольга", "Ольги", "Ольге"}, {"Дмитрий", "Дмитрия", "Дмитрию"}};
  private static final String[][] PATRONYMIC = {{"Петровна", "Петровны", "Петровне"},
      {"Сергеевич", "Сергеевича", "Сергеевичу"}, {"Ивановна", "Ивановны", "Ивановне"},
      {"Андреевич", "Андреевича", "Андреевичу"}};
  private static final String[] PHONES = {"+7 (8442) %s-%s-%s", "8 902 %s %s %s", "+7902%s%s%s", "8-902-%s-%s-%s",
      "%s-%s-%s"};
  private static final String INTERNAL_NOTE = "ВНУТРЕННЯЯ ЗАМЕТКА: пароль администратора в сейфе";

  @Test
  void noNamePhoneAddressOrCodeAndNoInternalNoteReachesADraft() {
    qt().withExamples(200).forAll(lists().of(integers().between(0, 1_000_000)).ofSize(6)).checkAssert(n -> {
      FakeClock clock = FakeClock.at("2026-03-16T09:00:00+03:00");
      KnowledgeBase kb = KnowledgeBase.builder(new InMemoryKnowledgeStore(), Fixtures.directory()).clock(clock).build();
      Desk desk = Desk.builder().clock(clock).store(new InMemoryTicketStore()).directory(Fixtures.directory())
          .knowledge(kb).build();
      String[] surname = SURNAMES[n.get(0) % SURNAMES.length];
      String[] first = FIRST[n.get(1) % FIRST.length];
      String[] patronymic = PATRONYMIC[n.get(2) % PATRONYMIC.length];
      int form = n.get(3) % 3;
      String phone = String.format(PHONES[n.get(4) % PHONES.length], two(n.get(5)), two(n.get(5) / 100),
          two(n.get(5) / 10_000));
      String mail = "user" + n.get(5) % 997 + "@gkb" + n.get(4) % 7 + ".example";
      String code = (n.get(3) % 2 == 0 ? Fixtures.HOSPITAL : Fixtures.BOILER_HOUSE).supportCode();
      List<String> personal = List.of(surname[form], first[form], patronymic[form], phone, mail, code);

      String fullName = surname[0] + " " + first[0] + " " + patronymic[0];
      TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().requester(fullName)
          .contact(ContactKind.EMAIL, mail).subject("Не печатает принтер в регистратуре")
          .description("Принтер в регистратуре не печатает направления. Звоните " + phone + ", спросите "
              + surname[form] + " " + first[form] + " " + patronymic[form] + ". Код " + code + ", почта " + mail
              + ".").build());
      t = desk.execute(Fixtures.EMR_AGENT, new Assign(t.id(), t.version(), "emr-l1", null, "petrov", null));
      t = desk.execute(Fixtures.EMR_AGENT, new StartWork(t.id(), t.version()));
      t = desk.execute(Fixtures.EMR_AGENT, new AddComment(t.id(), t.version(), INTERNAL_NOTE, true));
      t = desk.execute(Fixtures.EMR_AGENT, new AddComment(t.id(), t.version(), first[form] + " " + patronymic[form]
          + ", перезвоню на " + phone + ". " + surname[0] + " " + first[0].charAt(0) + "." + patronymic[0].charAt(0)
          + ". записана.", false));
      t = desk.execute(Fixtures.EMR_AGENT, new Resolve(t.id(), t.version(), "Переустановлен драйвер принтера;"
          + " проверено с " + first[0].charAt(0) + ". " + surname[0] + " по телефону " + phone + "."));

      ArticleRevision draft = desk.draftArticle(Fixtures.EMR_AGENT, t.id());
      String text = draft.title() + "\n" + draft.body();
      for (String value : personal) {
        assertFalse(text.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT)),
            () -> "«" + value + "» reached the draft:\n" + text);
      }
      assertFalse(digits(text).contains(digits(phone)), () -> phone + " reached the draft:\n" + text);
      assertFalse(text.contains("сейф"), "an internal note reached the draft");
      assertTrue(text.contains("Переустановлен драйвер принтера"), text);
      assertTrue(text.contains("не печатает направления"), text);
      assertEquals(t.id(), draft.sourceTicket(), "linked back");
      ArticleRevision edited = kb.revise(Fixtures.EMR_AGENT_2, draft.articleId(), draft.number(),
          new ArticleDraft(draft.title(), draft.body() + "\nПроверено.", draft.category(), draft.tags(),
              draft.locale(), draft.visibility(), draft.organisations()), "проверено");
      assertEquals(t.id(), edited.sourceTicket(), "an edit keeps the link back");
      assertEquals(List.of(ArticleState.DRAFT, ArticleVisibility.INTERNAL, Fixtures.EMR.id(), "ru"),
          List.of(draft.state(), draft.visibility(), draft.category(), draft.locale()));
    });
  }

  @Test
  void aTicketNotYetSolvedIsRefusedAndRequestersDraftNothingButASuggestionMayBeDrafted() {
    FakeClock clock = FakeClock.at("2026-03-16T09:00:00+03:00");
    KnowledgeBase kb = KnowledgeBase.builder(new InMemoryKnowledgeStore(), Fixtures.directory()).clock(clock).build();
    Desk desk = Desk.builder().clock(clock).store(new InMemoryTicketStore()).directory(Fixtures.directory())
        .knowledge(kb).build();
    TicketSnapshot open = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());
    ValidationException unsolved = assertThrows(ValidationException.class,
        () -> desk.draftArticle(Fixtures.EMR_AGENT, open.id()));
    assertEquals("обращение DESK-2026-000001 ещё не решено: статью готовят по решённому или закрытому обращению либо"
        + " по предложению", unsolved.violations().get(0).message(Locale.forLanguageTag("ru")));
    assertThrows(AccessDeniedException.class, () -> desk.draftArticle(Fixtures.HOSPITAL_REQUESTER, open.id()));

    TicketSnapshot wish = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket()
        .type(TicketType.SUGGESTION).subject("Добавьте статью о печати направлений")
        .description("В базе знаний нет статьи о том, как печатать направления из ЭМК.").build());
    ArticleRevision draft = desk.draftArticle(Fixtures.EMR_AGENT, wish.id());
    assertEquals("Добавьте статью о печати направлений", draft.title());
    assertTrue(draft.body().startsWith("Предложение\nВ базе знаний нет статьи"), draft.body());
  }

  private static String two(int n) {
    return String.format("%02d", Math.floorMod(n, 100));
  }

  private static String digits(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (Character.isDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
