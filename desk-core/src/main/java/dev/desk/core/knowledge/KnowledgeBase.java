package dev.desk.core.knowledge;

import dev.desk.core.command.LinkKnowledgeArticle;
import dev.desk.core.directory.Directory;
import dev.desk.core.internal.AccessPolicy;
import dev.desk.core.internal.InputValidator;
import dev.desk.core.internal.Messages;
import dev.desk.core.internal.TextCheck;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.error.Violation;
import dev.desk.spi.journal.JournalListener;
import dev.desk.spi.storage.JournalFeed;
import dev.desk.spi.knowledge.ArticleRevision;
import dev.desk.spi.knowledge.ArticleState;
import dev.desk.spi.knowledge.ArticleVisibility;
import dev.desk.spi.knowledge.KnowledgeStore;
import dev.desk.spi.knowledge.StoredRevision;
import dev.desk.spi.knowledge.StoredSuggestionEvent;
import dev.desk.spi.knowledge.SuggestionEvent;
import dev.desk.spi.knowledge.SuggestionStep;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.TicketId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The knowledge base: articles with immutable revisions in a {@link KnowledgeStore}, found by a
 * search that reads Russian and English, suggested for a ticket's text.
 *
 * <p>Staff write: every edit, publication and archiving is a new revision with its author and
 * reason, checked first (a broken field is named, and nothing is stored). Requesters read
 * published articles that are public or meant for their organisation, as an {@link ArticleView};
 * staff read everything. The search index is derived state: fed at once by this knowledge base's
 * own writes, and by {@link #refresh} (the host calls it, as it runs timers) from the store's
 * positions, so nodes sharing a store find what the others wrote; {@link #rebuild} makes it anew.
 *
 * <p>Thread-safe.
 */
public final class KnowledgeBase implements AutoCloseable {

  /** How long a position not yet readable below readable ones is waited for (a write in flight). */
  static final Duration HOLE_GRACE = Duration.ofSeconds(30);
  private static final Pattern ARTICLE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final int PAGE = 1_000;
  private static final int MAX_REASON = 500;
  /**
   * A request's words a suggestion weighs at least: the rarest in the base, which tell articles apart. 8
   * keeps a suggestion among 100,000 articles within 20 ms at p99 (12: 45 ms); words rare enough to
   * be cheap are weighed too, so that a letter's greeting and signature cost no recall (the
   * evaluation set, examples/src/test/resources/knowledge-eval).
   */
  private static final int SUGGESTION_WORDS = 8;

  private final KnowledgeStore store;
  private final Directory directory;
  private final Clock clock;
  private final Set<String> locales;
  private final Set<String> stemmed;
  private final Callable<org.apache.lucene.store.Directory> indexes;
  private final InputValidator validator = InputValidator.shared();
  private volatile KnowledgeIndex index;
  private final ArticlePrior prior = new ArticlePrior();
  /** Every position up to here is indexed; positions read above it, and holes with when first seen. */
  private long floor;
  private final Set<Long> readAbove = new TreeSet<>();
  private final Map<Long, Instant> holes = new HashMap<>();

  private KnowledgeBase(Builder b) {
    this.store = b.store;
    this.directory = b.directory;
    this.clock = b.clock;
    this.locales = Set.copyOf(b.locales);
    this.stemmed = Set.of("ru", "en");
    this.indexes = b.indexes;
    this.index = newIndex();
    refresh();
  }

  /** A builder over this store and the centre's directory (its categories and organisations). */
  public static Builder builder(KnowledgeStore store, Directory directory) {
    return new Builder(store, directory);
  }

  /**
   * Writes the first revision of a new article, a draft, under a new id.
   *
   * @throws ValidationException naming each broken field; nothing is stored
   * @throws dev.desk.spi.error.AccessDeniedException for a requester
   */
  public ArticleRevision create(Actor author, ArticleDraft draft, String reason) {
    return create(author, "kb-" + UUID.randomUUID(), draft, reason);
  }

  /**
   * Writes the first revision of a new article, a draft, under the id given (an import keeps its
   * files' ids: lower-case letters, digits, {@code . _ -}, at most 64).
   *
   * @throws dev.desk.spi.error.StaleVersionException when the id is taken
   */
  public ArticleRevision create(Actor author, String articleId, ArticleDraft draft, String reason) {
    requireWriter(author);
    List<Violation> problems = new ArrayList<>();
    if (articleId == null || !ARTICLE_ID.matcher(articleId).matches()) {
      problems.add(Messages.violation("articleId", "knowledge.id.format", String.valueOf(articleId)));
    }
    check(draft, reason, problems);
    return append(revision(articleId, 1, draft, ArticleState.DRAFT, author, reason, null));
  }

  /**
   * Writes an edit of the text or rules as the next revision, in the state the article is in.
   *
   * @param expectedRevision the revision the author edited: another in between makes this one stale
   * @throws dev.desk.spi.error.StaleVersionException when the article has moved past that revision
   */
  public ArticleRevision revise(Actor author, String articleId, int expectedRevision, ArticleDraft draft,
      String reason) {
    requireWriter(author);
    ArticleRevision latest = latest(articleId);
    List<Violation> problems = new ArrayList<>();
    check(draft, reason, problems);
    // an edit keeps the ticket the article was drafted from
    return append(revision(articleId, expectedRevision + 1, draft, latest.state(), author, reason,
        latest.sourceTicket()));
  }

  /**
   * Writes a draft from a solved ticket (or a suggestion about the base): its question, the public
   * messages and its solution as the requester could read them, never internal notes, with
   * personal data taken out (names, phone numbers, e-mail addresses, support codes), linked back
   * to the ticket. It is for staff only until a reviewer publishes it with the visibility it needs.
   */
  public ArticleRevision draftFrom(Actor author, SolvedTicket ticket) {
    requireWriter(author);
    ArticleFromTicket from = ArticleFromTicket.of(Objects.requireNonNull(ticket, "ticket"), directory);
    List<Violation> problems = new ArrayList<>();
    check(from.draft(), from.reason(), problems);
    return append(revision("kb-" + UUID.randomUUID(), 1, from.draft(), ArticleState.DRAFT, author, from.reason(),
        ticket.id()));
  }

  /**
   * Imports an article from a file: a new id becomes a new article, a known one is revised when
   * the file's text or rules differ from its latest revision, and then moved to the file's state.
   * Importing the same file again writes nothing.
   *
   * @throws ValidationException naming each broken field of the file's article; nothing is stored
   */
  public ImportedArticle importArticle(Actor author, ArticleFile file, String reason) {
    requireWriter(author);
    Objects.requireNonNull(file, "file");
    Optional<ArticleRevision> known = store.latest(file.id());
    ArticleRevision r;
    ImportedArticle.Change change;
    if (known.isEmpty()) {
      r = create(author, file.id(), file.draft(), reason);
      change = ImportedArticle.Change.CREATED;
    } else {
      r = known.get();
      List<Violation> problems = new ArrayList<>();
      check(file.draft(), reason, problems);
      boolean sameText = sameText(r, file.draft());
      if (!sameText) {
        r = revise(author, file.id(), r.number(), file.draft(), reason);
      }
      change = sameText && r.state() == file.state() ? ImportedArticle.Change.UNCHANGED
          : ImportedArticle.Change.REVISED;
    }
    if (r.state() != file.state()) {
      r = move(author, file.id(), r.number(), file.state(), reason);
    }
    return new ImportedArticle(file.id(), r.number(), change);
  }

  /**
   * What is wrong with a file's article, field by field, without storing anything: an import of
   * many files checks them all first, so that it stores all or none.
   */
  public List<Violation> problems(ArticleFile file) {
    List<Violation> problems = new ArrayList<>();
    if (!ARTICLE_ID.matcher(file.id()).matches()) {
      problems.add(Messages.violation("id", "knowledge.id.format", file.id()));
    }
    try {
      check(file.draft(), "import", problems);
    } catch (ValidationException e) {
      return e.violations();
    }
    return problems;
  }

  private static boolean sameText(ArticleRevision r, ArticleDraft d) {
    return r.title().equals(d.title()) && r.body().equals(d.body()) && r.category().equals(d.category())
        && r.tags().equals(List.copyOf(new LinkedHashSet<>(d.tags()))) && r.locale().equals(d.locale())
        && r.visibility() == d.visibility() && r.organisations().equals(d.organisations());
  }

  /** Whether a text is written mostly in Cyrillic rather than Latin letters. */
  static boolean cyrillic(String text) {
    int cyrillic = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); i++) {
      Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
      cyrillic += script == Character.UnicodeScript.CYRILLIC ? 1 : 0;
      latin += script == Character.UnicodeScript.LATIN ? 1 : 0;
    }
    return cyrillic >= latin;
  }

  /** Publishes the article as the next revision: from then on it is found, suggested and linked. */
  public ArticleRevision publish(Actor author, String articleId, int expectedRevision, String reason) {
    return move(author, articleId, expectedRevision, ArticleState.PUBLISHED, reason);
  }

  /** Archives the article as the next revision: kept for the answers that link it, no longer found. */
  public ArticleRevision archive(Actor author, String articleId, int expectedRevision, String reason) {
    return move(author, articleId, expectedRevision, ArticleState.ARCHIVED, reason);
  }

  private ArticleRevision move(Actor author, String articleId, int expectedRevision, ArticleState state,
      String reason) {
    requireWriter(author);
    ArticleRevision latest = latest(articleId);
    List<Violation> problems = new ArrayList<>();
    reason(reason, problems);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return append(new ArticleRevision(articleId, expectedRevision + 1, latest.title(), latest.body(),
        latest.category(), latest.tags(), latest.locale(), latest.visibility(), latest.organisations(), state,
        author.id(), reason, clock.instant(), latest.sourceTicket()));
  }

  /** Every revision of the article, oldest first, for staff. */
  public List<ArticleRevision> history(Actor reader, String articleId) {
    AccessPolicy.requireStaff(reader, "read an article's revisions");
    return store.history(articleId);
  }

  /**
   * The article's latest published revision as the reader reads it; empty when there is none or
   * the reader may not read it (the two answer alike).
   */
  public Optional<ArticleView> read(Actor reader, String articleId) {
    requireReader(reader);
    List<ArticleRevision> history = store.history(articleId);
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).state() == ArticleState.PUBLISHED) {
        return Optional.of(history.get(i)).filter(r -> readable(reader, r)).map(KnowledgeBase::view);
      }
    }
    return Optional.empty();
  }

  /**
   * One revision as the reader reads it, as it was when it was sent: an answer links a revision,
   * and later edits never change what that link shows. Empty when the reader may not read it.
   */
  public Optional<ArticleView> read(Actor reader, String articleId, int revision) {
    requireReader(reader);
    return store.revision(articleId, revision).filter(r -> r.state() != ArticleState.DRAFT || isStaff(reader))
        .filter(r -> readable(reader, r)).map(KnowledgeBase::view);
  }

  /**
   * The link an answer to a requester of the organisation makes: the article's latest published
   * revision with its title, which they must be able to read (the revision and title the caller
   * gave are replaced).
   *
   * @throws ValidationException when there is none they may read (none, a draft, archived, staff
   *     only, or meant for other organisations)
   */
  public LinkKnowledgeArticle linkFor(LinkKnowledgeArticle link, String organisationId) {
    ArticleRevision r = store.latest(link.articleId()).filter(a -> a.state() == ArticleState.PUBLISHED)
        .filter(a -> a.readableBy(organisationId))
        .orElseThrow(() -> new ValidationException(List.of(Messages.violation("articleId",
            "knowledge.article.unreadable", link.articleId()))));
    return new LinkKnowledgeArticle(link.ticketId(), link.expectedVersion(), r.articleId(), r.number(), r.title());
  }

  /**
   * Searches the published articles the reader may read.
   *
   * @throws ValidationException for a blank or over-long text, a language the base does not
   *     take, or a limit out of range
   */
  public SearchResults search(Actor reader, KnowledgeQuery query) {
    requireReader(reader);
    List<Violation> problems = new ArrayList<>(validator.check(query));
    if (query.text() == null || query.text().isBlank()) {
      problems.add(Messages.violation("text", "constraint.NotBlank"));
    } else if (query.text().length() > TextCheck.CAP) {
      problems.add(Messages.violation("text", "constraint.Size", 1, TextCheck.CAP));
    }
    if (query.limit() < 1 || query.limit() > KnowledgeQuery.MAX_LIMIT) {
      problems.add(Messages.violation("limit", "constraint.Size", 1, KnowledgeQuery.MAX_LIMIT));
    }
    if (query.locale() != null && !locales.contains(query.locale())) {
      problems.add(Messages.violation("locale", "knowledge.locale.unknown", query.locale(), String.join(", ",
          new TreeSet<>(locales))));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return index.search(indexReader(reader), query.text(), query.locale() == null ? locales : Set.of(query.locale()),
        query.category(), null, query.limit(), Integer.MAX_VALUE, null);
  }

  /**
   * The articles that may answer a request, best first, each with why: the request's words it
   * matched and whether it is of the request's category (which ranks higher). For a request being
   * registered (any channel) and for an agent looking at a ticket.
   *
   * @param category the request's category, or {@code null}
   * @param locale the articles' language, or {@code null} for the request's own (Russian when it is
   *     written mostly in Cyrillic, English otherwise)
   */
  public List<SearchHit> suggest(Actor reader, String text, String category, String locale, int limit) {
    requireReader(reader);
    List<Violation> problems = new ArrayList<>();
    if (text == null || text.isBlank()) {
      problems.add(Messages.violation("text", "constraint.NotBlank"));
    }
    if (limit < 1 || limit > KnowledgeQuery.MAX_LIMIT) {
      problems.add(Messages.violation("limit", "constraint.Size", 1, KnowledgeQuery.MAX_LIMIT));
    }
    if (locale != null && !locales.contains(locale)) {
      problems.add(Messages.violation("locale", "knowledge.locale.unknown", locale, String.join(", ",
          new TreeSet<>(locales))));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    // a request's words, not a search: quotes and stars in it are not operators
    String words = text.length() > TextCheck.CAP ? text.substring(0, TextCheck.CAP) : text;
    // without a language given, the request's own: a Russian request is answered from Russian articles
    String language = locale != null ? locale : cyrillic(words) ? "ru" : "en";
    return index.search(indexReader(reader), words.replace('"', ' ').replace('*', ' '),
        locales.contains(language) ? Set.of(language) : locales, null, category, limit, SUGGESTION_WORDS,
        prior::resolved).hits();
  }

  /**
   * Suggestions for a request, journaled as a session: the articles shown, in their order. What the
   * reader opens ({@link #open}) or says helped ({@link #helped}) joins the session, and a ticket
   * registered anyway names it, so deflection is counted from what happened ({@link
   * dev.desk.core.Desk#deflection}).
   *
   * @see #suggest
   */
  public Suggestions offer(Actor reader, String text, String category, String locale, int limit) {
    Suggestions s = propose(reader, text, category, locale, limit);
    shown(reader, s);
    return s;
  }

  /**
   * Suggestions for a request under a new session, not yet journaled: for a caller that journals
   * them with {@link #shown} once they are sent (after the registration they go with commits).
   */
  public Suggestions propose(Actor reader, String text, String category, String locale, int limit) {
    return new Suggestions("sg-" + UUID.randomUUID(), suggest(reader, text, category, locale, limit));
  }

  /** Journals that the session's articles were shown to the reader, in their order; nothing for none. */
  public void shown(Actor reader, Suggestions suggestions) {
    requireReader(reader);
    List<SearchHit> hits = suggestions.hits();
    if (hits.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    List<SuggestionEvent> shown = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      shown.add(new SuggestionEvent(suggestions.sessionId(), SuggestionStep.SHOWN, now, reader.id(),
          hits.get(i).articleId(), hits.get(i).revision(), i + 1));
    }
    store.record(shown);
  }

  /**
   * Opens an article the reader was shown in a session: its latest revision they may read,
   * journaled as opened.
   *
   * @throws ValidationException when the session is not the reader's or did not show the article
   * @throws DeskException {@code ARTICLE_NOT_FOUND} when it is no longer published
   */
  public ArticleView open(Actor reader, String sessionId, String articleId) {
    SuggestionEvent shown = shown(reader, sessionId, articleId);
    ArticleView view = read(reader, articleId).orElseThrow(() -> new DeskException(ErrorCode.ARTICLE_NOT_FOUND,
        "Article " + articleId + " is no longer published"));
    store.record(List.of(new SuggestionEvent(sessionId, SuggestionStep.OPENED, clock.instant(), reader.id(),
        articleId, view.revision(), shown.rank())));
    return view;
  }

  /**
   * Journals that an article shown in a session helped the reader: a session that helped and
   * after which no ticket was registered counts as deflected.
   *
   * @throws ValidationException when the session is not the reader's or did not show the article
   */
  public void helped(Actor reader, String sessionId, String articleId) {
    SuggestionEvent shown = shown(reader, sessionId, articleId);
    store.record(List.of(new SuggestionEvent(sessionId, SuggestionStep.HELPED, clock.instant(), reader.id(),
        articleId, shown.revision(), shown.rank())));
  }

  /** The session's showing of the article, which must be the reader's. */
  private SuggestionEvent shown(Actor reader, String sessionId, String articleId) {
    requireReader(reader);
    List<SuggestionEvent> session = sessionId == null ? List.of() : store.session(sessionId);
    if (session.isEmpty() || !session.get(0).actorId().equals(reader.id())) {
      throw new ValidationException(List.of(Messages.violation("sessionId", "knowledge.session.unknown",
          String.valueOf(sessionId))));
    }
    return session.stream().filter(e -> e.step() == SuggestionStep.SHOWN && e.articleId().equals(articleId))
        .findFirst().orElseThrow(() -> new ValidationException(List.of(Messages.violation("articleId",
            "knowledge.session.not-shown", String.valueOf(articleId), sessionId))));
  }

  /**
   * Whether a suggestion session showed anything: a ticket registered after suggestions must name
   * one that did.
   */
  public boolean knowsSession(String sessionId) {
    return sessionId != null && !store.session(sessionId).isEmpty();
  }

  /**
   * The sessions that began from {@code from} (inclusive) to {@code to} (exclusive), each with
   * whether an article helped, read from the store in one pass.
   */
  Map<String, Boolean> sessions(Instant from, Instant to) {
    Map<String, Boolean> helped = new LinkedHashMap<>();
    long position = 0;
    for (List<StoredSuggestionEvent> page = store.suggestionsAfter(0, PAGE); !page.isEmpty();
        page = store.suggestionsAfter(position, PAGE)) {
      for (StoredSuggestionEvent stored : page) {
        SuggestionEvent e = stored.event();
        if (e.step() == SuggestionStep.SHOWN && !e.at().isBefore(from) && e.at().isBefore(to)) {
          helped.putIfAbsent(e.sessionId(), false);
        } else if (e.step() == SuggestionStep.HELPED && helped.containsKey(e.sessionId())) {
          helped.put(e.sessionId(), true);
        }
        position = stored.position();
      }
    }
    return helped;
  }

  /**
   * The deflection of the sessions that began in a period, counted against the tickets' journal
   * (which registrations named a session). For the facade's {@link dev.desk.core.Desk#deflection}.
   */
  public Deflection deflection(Instant from, Instant to, JournalFeed journal) {
    return Deflection.count(from, to, sessions(from, to), journal);
  }

  /**
   * What ranks suggestions by the tickets each article resolved: follow the journal with it from
   * the start ({@code desk.follow(kb.resolutions(), 0)}) and poll it as the host's runner polls
   * other read models. Without it, suggestions rank by text and category alone.
   */
  public JournalListener resolutions() {
    return prior;
  }

  /**
   * Catches the index up with the store: what other nodes wrote since the last call. A position
   * not yet readable below readable ones (a write in flight) is waited for {@link #HOLE_GRACE}.
   *
   * @return how many revisions changed the index
   */
  public synchronized int refresh() {
    return catchUp(index);
  }

  private int catchUp(KnowledgeIndex target) {
    int changed = 0;
    while (true) {
      List<StoredRevision> page = store.after(floor, PAGE);
      for (StoredRevision r : page) {
        changed += target.index(r.revision()) ? 1 : 0;
        if (r.position() > floor) {
          readAbove.add(r.position());
        }
      }
      long before = floor;
      advance();
      if (page.size() < PAGE || floor == before) {
        target.publish();
        return changed;
      }
    }
  }

  private void advance() {
    Instant now = clock.instant();
    while (!readAbove.isEmpty()) {
      long next = floor + 1;
      if (readAbove.remove(next)) {
        holes.remove(next);
        floor = next;
      } else if (!now.isBefore(holes.computeIfAbsent(next, k -> now).plus(HOLE_GRACE))) {
        holes.remove(next); // a write that never came (rolled back): step over it
        floor = next;
      } else {
        return;
      }
    }
  }

  /**
   * Makes the index anew from the store, in a new directory (searches go on in the old one until
   * the new one has caught up), then closes the old one.
   */
  public synchronized void rebuild() {
    KnowledgeIndex old = index;
    KnowledgeIndex fresh = newIndex();
    floor = 0;
    readAbove.clear();
    holes.clear();
    catchUp(fresh);
    index = fresh; // what this node stores meanwhile reaches the new one with the next refresh
    old.close();
  }

  @Override
  public void close() {
    index.close();
  }

  private KnowledgeIndex newIndex() {
    try {
      return new KnowledgeIndex(indexes.call(), stemmed);
    } catch (Exception e) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "Cannot open a directory for the knowledge index: "
          + e.getMessage(), e);
    }
  }

  private ArticleRevision append(ArticleRevision revision) {
    StoredRevision stored = store.append(revision);
    KnowledgeIndex current = index;
    if (current.index(stored.revision())) {
      current.publish();
    }
    return stored.revision();
  }

  private ArticleRevision latest(String articleId) {
    return store.latest(articleId).orElseThrow(() -> new DeskException(ErrorCode.ARTICLE_NOT_FOUND,
        "No article " + articleId + " is known"));
  }

  private ArticleRevision revision(String articleId, int number, ArticleDraft d, ArticleState state, Actor author,
      String reason, TicketId sourceTicket) {
    return new ArticleRevision(articleId, number, d.title().strip(), d.body(), d.category(),
        List.copyOf(new LinkedHashSet<>(d.tags())), d.locale(), d.visibility(), d.organisations(), state, author.id(),
        reason, clock.instant(), sourceTicket);
  }

  /** Every broken field of the draft and the reason, named; throws when there is one. */
  private void check(ArticleDraft draft, String reason, List<Violation> problems) {
    if (draft == null) {
      problems.add(Messages.violation("draft", "constraint.NotNull"));
    } else {
      problems.addAll(validator.check(draft));
      if (draft.category() != null && !draft.category().isBlank() && directory.category(draft.category()).isEmpty()) {
        problems.add(Messages.violation("category", "category.unknown", draft.category()));
      }
      if (draft.locale() != null && !draft.locale().isBlank() && !locales.contains(draft.locale())) {
        problems.add(Messages.violation("locale", "knowledge.locale.unknown", draft.locale(), String.join(", ",
            new TreeSet<>(locales))));
      }
      if (draft.visibility() == ArticleVisibility.ORGANISATIONS && draft.organisations() != null) {
        if (draft.organisations().isEmpty()) {
          problems.add(Messages.violation("organisations", "knowledge.organisations.none"));
        }
        for (String id : new TreeSet<>(draft.organisations())) {
          if (id != null && directory.organisation(id).isEmpty()) {
            problems.add(Messages.violation("organisations", "organisation.unknown", id));
          }
        }
      } else if (draft.organisations() != null && !draft.organisations().isEmpty()) {
        problems.add(Messages.violation("organisations", "knowledge.organisations.not-asked", draft.visibility()));
      }
    }
    reason(reason, problems);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  private static void reason(String reason, List<Violation> problems) {
    if (reason == null || reason.isBlank()) {
      problems.add(Messages.violation("reason", "constraint.NotBlank"));
    } else if (reason.length() > MAX_REASON) {
      problems.add(Messages.violation("reason", "constraint.Size", 1, MAX_REASON));
    } else {
      problems.addAll(TextCheck.check("reason", reason));
    }
  }

  private static void requireWriter(Actor author) {
    requireReader(author);
    AccessPolicy.requireStaff(author, "write the knowledge base");
  }

  private static void requireReader(Actor reader) {
    Objects.requireNonNull(reader, "actor");
    List<Violation> problems = TextCheck.actor(reader);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  private static boolean isStaff(Actor actor) {
    return actor.role() != ActorRole.REQUESTER;
  }

  private static boolean readable(Actor reader, ArticleRevision r) {
    return isStaff(reader) || r.readableBy(reader.organisationId());
  }

  private static KnowledgeIndex.Reader indexReader(Actor reader) {
    return new KnowledgeIndex.Reader(isStaff(reader), reader.organisationId());
  }

  private static ArticleView view(ArticleRevision r) {
    return new ArticleView(r.articleId(), r.number(), r.title(), r.body(), r.category(), r.tags(), r.locale(), r.at());
  }

  /** Mutable, not thread-safe builder. */
  public static final class Builder {
    private final KnowledgeStore store;
    private final Directory directory;
    private Clock clock = Clock.systemUTC();
    private final Set<String> locales = new LinkedHashSet<>(List.of("ru", "en"));
    private Callable<org.apache.lucene.store.Directory> indexes = ByteBuffersDirectory::new;

    private Builder(KnowledgeStore store, Directory directory) {
      this.store = Objects.requireNonNull(store, "store");
      this.directory = Objects.requireNonNull(directory, "directory");
    }

    /** The clock revisions are dated by; the system's by default. */
    public Builder clock(Clock value) {
      clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * A language articles may be written in besides Russian and English ({@code kk}); it is
     * searched word for word, without morphology.
     */
    public Builder locale(String value) {
      if (value == null || !value.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")) {
        throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "A language is a code like kk or pt-BR, not "
            + value);
      }
      locales.add(value);
      return this;
    }

    /**
     * Where search indexes live instead of memory: called for a new, empty Lucene directory at
     * start and at each {@link KnowledgeBase#rebuild} (on disk, {@code () ->
     * FSDirectory.open(base.resolve(UUID.randomUUID().toString()))}); desk closes each one it
     * stops using.
     */
    public Builder indexIn(Callable<org.apache.lucene.store.Directory> directories) {
      indexes = Objects.requireNonNull(directories, "index directories");
      return this;
    }

    /** The knowledge base, its index fed with every revision the store holds. */
    public KnowledgeBase build() {
      return new KnowledgeBase(this);
    }
  }
}
