package dev.desk.jdbc.internal;

import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Every statement desk-jdbc runs; parameters are bound ({@code #{}}), never spliced into SQL. */
public interface TicketMapper {

  // the statements a commit runs are static SQL (no <script>): MyBatis parses them once, not on every call

  @Insert("INSERT INTO desk_ticket (id, ticket_number, organisation_id, status, assignee, group_id,"
      + " created_at, version, snapshot) VALUES (#{id}, #{number}, #{organisationId}, #{status},"
      + " #{assignee}, #{groupId}, #{createdAt}, #{version}, #{snapshot})")
  void insertTicket(TicketRow row);

  @Update("UPDATE desk_ticket SET status = #{status}, assignee = #{assignee}, group_id = #{groupId},"
      + " version = #{version}, snapshot = #{snapshot}"
      + " WHERE id = #{id} AND version = #{expectedVersion}")
  int updateTicket(TicketRow row);

  /** JSON into a JSON column: json on PostgreSQL wants its parameter cast, the others take text. */
  @Insert(value = "INSERT INTO desk_journal (ticket_id, seq, occurred_at, kind, event)"
      + " VALUES (#{ticketId}, #{seq}, #{occurredAt}, #{kind}, CAST(#{event} AS json))", databaseId = "postgresql")
  @Insert("INSERT INTO desk_journal (ticket_id, seq, occurred_at, kind, event)"
      + " VALUES (#{ticketId}, #{seq}, #{occurredAt}, #{kind}, #{event})")
  void insertEvent(JournalRow row);

  /** The journal of all tickets after a global position, in its order. */
  @Select("SELECT global_position AS globalPosition, event FROM desk_journal WHERE global_position > #{after}"
      + " ORDER BY global_position LIMIT #{limit}")
  List<FeedRow> journalAfter(@Param("after") long after, @Param("limit") int limit);

  @Select("SELECT version FROM desk_ticket WHERE id = #{id}")
  Long version(@Param("id") String id);

  @Select("SELECT snapshot FROM desk_ticket WHERE id = #{id}")
  String snapshot(@Param("id") String id);

  @Select("SELECT snapshot FROM desk_ticket WHERE ticket_number = #{number}")
  String snapshotByNumber(@Param("number") String number);

  @Select("SELECT event FROM desk_journal WHERE ticket_id = #{id} ORDER BY seq")
  List<String> journal(@Param("id") String id);

  @Select({"<script>",
      "SELECT snapshot FROM desk_ticket",
      "<where>",
      "<if test='organisationId != null'>organisation_id = #{organisationId}</if>",
      "<if test='!statuses.isEmpty()'>AND status IN",
      "<foreach item='s' collection='statuses' open='(' separator=',' close=')'>#{s}</foreach></if>",
      "<if test='assignee != null'>AND assignee = #{assignee}</if>",
      "<if test='unassigned'>AND assignee IS NULL</if>",
      "<if test='!groups.isEmpty()'>AND group_id IN",
      "<foreach item='g' collection='groups' open='(' separator=',' close=')'>#{g}</foreach></if>",
      "</where>",
      "ORDER BY created_at, ticket_number LIMIT #{limit} OFFSET #{offset}",
      "</script>"})
  List<String> query(QueryParams params);

  /**
   * The tickets of the earliest timers due in {@code [from, now]}, in due order, at most {@code
   * limit} timers (a ticket with two due timers comes twice). It walks the due index and stops at
   * the limit, so its cost follows the limit, not what is due; never an open range, with the low
   * end a bound parameter, so every database seeks.
   */
  @Select("SELECT ticket_id FROM desk_timer WHERE due_at BETWEEN #{from} AND #{now}"
      + " ORDER BY due_at, ticket_id, kind LIMIT #{limit}")
  List<String> dueTimerTickets(@Param("from") long from, @Param("now") long now, @Param("limit") int limit);

  /**
   * {@link #dueTimerTickets}, locking the timers it returns and skipping those another sweep holds,
   * so that sweeps at once each take their own tickets instead of all reading the same earliest
   * ones and all but one finding them taken. Not on H2, which locks every matching row before it
   * applies the limit.
   */
  @Select("SELECT ticket_id FROM desk_timer WHERE due_at BETWEEN #{from} AND #{now}"
      + " ORDER BY due_at, ticket_id, kind LIMIT #{limit} FOR UPDATE SKIP LOCKED")
  List<String> claimDueTimerTickets(@Param("from") long from, @Param("now") long now, @Param("limit") int limit);

  /** Locks these tickets for this transaction; rows another node holds are skipped, not waited for. */
  @Select({"<script>",
      "SELECT snapshot FROM desk_ticket WHERE id IN",
      "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach>",
      "ORDER BY id FOR UPDATE SKIP LOCKED",
      "</script>"})
  List<String> lockTickets(@Param("ids") List<String> ids);

  /**
   * Every timer of these tickets, read again once they are locked. By ticket only, so the key's
   * index answers it: a condition on the due instant would tempt the database to walk every due
   * timer of the burst for each batch.
   */
  @Select({"<script>",
      "SELECT ticket_id AS ticketId, kind, due_at AS dueAt FROM desk_timer WHERE ticket_id IN",
      "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach>",
      "</script>"})
  List<TimerRow> timersOf(@Param("ids") List<String> ids);

  @Select("SELECT ticket_id AS ticketId, kind, due_at AS dueAt FROM desk_timer WHERE ticket_id = #{id}"
      + " ORDER BY due_at, kind")
  List<TimerRow> timers(@Param("id") String id);

  @Insert("INSERT INTO desk_timer (ticket_id, kind, due_at) VALUES (#{ticketId}, #{kind}, #{dueAt})")
  void insertTimer(TimerRow row);

  /** Moves a timer the ticket is known to have (the sweep read it under its lock). */
  @Update("UPDATE desk_timer SET due_at = #{dueAt} WHERE ticket_id = #{ticketId} AND kind = #{kind}")
  int moveTimer(TimerRow row);

  /** Sets a ticket's timer of a kind, whether it had one or not: one statement, each database's own words for it. */
  @Insert(value = "MERGE INTO desk_timer (ticket_id, kind, due_at) KEY (ticket_id, kind)"
      + " VALUES (#{ticketId}, #{kind}, #{dueAt})", databaseId = "h2")
  @Insert(value = "INSERT INTO desk_timer (ticket_id, kind, due_at) VALUES (#{ticketId}, #{kind}, #{dueAt})"
      + " ON CONFLICT (ticket_id, kind) DO UPDATE SET due_at = EXCLUDED.due_at", databaseId = "postgresql")
  @Insert(value = "INSERT INTO desk_timer (ticket_id, kind, due_at) VALUES (#{ticketId}, #{kind}, #{dueAt})"
      + " ON DUPLICATE KEY UPDATE due_at = VALUES(due_at)", databaseId = "mariadb")
  void setTimer(TimerRow row);

  @Delete("DELETE FROM desk_timer WHERE ticket_id = #{ticketId} AND kind = #{kind}")
  void deleteTimer(@Param("ticketId") String ticketId, @Param("kind") String kind);

  @Select({"<script>",
      "SELECT name, counter_value AS counterValue FROM desk_counter WHERE name IN",
      "<foreach item='n' collection='names' open='(' separator=',' close=')'>#{n}</foreach>",
      "</script>"})
  List<CounterRow> counters(@Param("names") List<String> names);

  @Insert("INSERT INTO desk_counter (name, counter_value) VALUES (#{name}, 0)")
  void insertCounter(@Param("name") String name);

  @Update("UPDATE desk_counter SET counter_value = counter_value + #{delta} WHERE name = #{name}")
  int moveCounter(@Param("name") String name, @Param("delta") long delta);

  /** Moves a counter unless it would pass its ceiling: 0 rows then, and the commit fails. */
  @Update("UPDATE desk_counter SET counter_value = counter_value + #{delta} WHERE name = #{name}"
      + " AND counter_value + #{delta} <= #{ceiling}")
  int moveCounterUpTo(@Param("name") String name, @Param("delta") long delta, @Param("ceiling") long ceiling);

  @Update("UPDATE desk_counter SET counter_value = #{value} WHERE name = #{name}")
  int setCounter(@Param("name") String name, @Param("value") long value);

  @Update("UPDATE desk_series SET next_value = next_value + #{count} WHERE name = #{name}")
  int incrementSeries(@Param("name") String name, @Param("count") int count);

  @Insert("INSERT INTO desk_series (name, next_value) VALUES (#{name}, #{count})")
  void insertSeries(@Param("name") String name, @Param("count") int count);

  @Select("SELECT next_value FROM desk_series WHERE name = #{name}")
  long seriesValue(@Param("name") String name);

  @Select("SELECT name, version, content, saved_at AS savedAt FROM desk_document WHERE name = #{name}")
  DocumentRow document(@Param("name") String name);

  @Insert("INSERT INTO desk_document (name, version, content, saved_at) VALUES (#{name}, #{version}, #{content},"
      + " #{savedAt})")
  void insertDocument(DocumentRow row);

  @Update("UPDATE desk_document SET version = #{row.version}, content = #{row.content}, saved_at = #{row.savedAt}"
      + " WHERE name = #{row.name} AND version = #{expectedVersion}")
  int updateDocument(@Param("row") DocumentRow row, @Param("expectedVersion") long expectedVersion);

  String OUTBOX_COLUMNS = "entry_key AS entryKey, ticket_id AS ticketId, ticket_number AS ticketNumber, notification,"
      + " state, attempts, next_attempt_at AS nextAttemptAt, last_error AS lastError, delivered_at AS deliveredAt";

  @Insert(value = "INSERT INTO desk_outbox (entry_key, ticket_id, ticket_number, notification, state, attempts,"
      + " next_attempt_at) VALUES (#{entryKey}, #{ticketId}, #{ticketNumber}, CAST(#{notification} AS json), #{state},"
      + " #{attempts}, #{nextAttemptAt})", databaseId = "postgresql")
  @Insert("INSERT INTO desk_outbox (entry_key, ticket_id, ticket_number, notification, state, attempts,"
      + " next_attempt_at) VALUES (#{entryKey}, #{ticketId}, #{ticketNumber}, #{notification}, #{state},"
      + " #{attempts}, #{nextAttemptAt})")
  void insertOutbox(OutboxRow row);

  /** Pending, due and leased by nobody. */
  String CLAIMABLE = "state = 'PENDING' AND next_attempt_at <= #{now}"
      + " AND (leased_until IS NULL OR leased_until <= #{now})";

  /** Pending, due entries nobody leases; rows another node is claiming are skipped, not waited for. */
  @Select("SELECT " + OUTBOX_COLUMNS + " FROM desk_outbox WHERE " + CLAIMABLE
      + " ORDER BY next_attempt_at, entry_key LIMIT #{limit} FOR UPDATE SKIP LOCKED")
  List<OutboxRow> claimOutbox(@Param("now") long now, @Param("limit") int limit);

  /**
   * The keys {@link #claimOutbox} would claim, read without locks. Ordering by the state the
   * condition fixes lets H2 walk the due index in order and stop at the limit.
   */
  @Select("SELECT entry_key FROM desk_outbox WHERE " + CLAIMABLE
      + " ORDER BY state, next_attempt_at, entry_key LIMIT #{limit}")
  List<String> claimableOutbox(@Param("now") long now, @Param("limit") int limit);

  /**
   * Claims these entries if they are still claimable: the second half of a claim on H2, where a
   * locking query with a limit first reads and locks every matching row.
   */
  @Select({"<script>",
      "SELECT " + OUTBOX_COLUMNS + " FROM desk_outbox WHERE entry_key IN",
      "<foreach item='key' collection='keys' open='(' separator=',' close=')'>#{key}</foreach>",
      "AND <![CDATA[" + CLAIMABLE + "]]> ORDER BY next_attempt_at, entry_key FOR UPDATE SKIP LOCKED",
      "</script>"})
  List<OutboxRow> lockOutbox(@Param("keys") List<String> keys, @Param("now") long now);

  @Update("UPDATE desk_outbox SET leased_until = #{until} WHERE entry_key = #{key}")
  int lease(@Param("key") String key, @Param("until") long until);

  @Update("UPDATE desk_outbox SET state = 'DELIVERED', attempts = attempts + 1, next_attempt_at = NULL,"
      + " leased_until = NULL, delivered_at = #{at} WHERE entry_key = #{key}")
  int delivered(@Param("key") String key, @Param("at") long at);

  @Update("UPDATE desk_outbox SET state = #{state}, attempts = #{attempts}, next_attempt_at = #{next},"
      + " leased_until = NULL, last_error = #{error} WHERE entry_key = #{key}")
  int failed(@Param("key") String key, @Param("state") String state, @Param("attempts") int attempts,
      @Param("next") Long next, @Param("error") String error);

  @Select("SELECT " + OUTBOX_COLUMNS + " FROM desk_outbox WHERE entry_key = #{key}")
  OutboxRow outboxEntry(@Param("key") String key);

  @Select("SELECT " + OUTBOX_COLUMNS + " FROM desk_outbox WHERE state = 'DEAD' ORDER BY entry_key LIMIT #{limit}")
  List<OutboxRow> deadLetters(@Param("limit") int limit);

  @Update("UPDATE desk_outbox SET state = 'PENDING', attempts = 0, next_attempt_at = #{at}, leased_until = NULL"
      + " WHERE entry_key = #{key} AND state = 'DEAD'")
  int requeue(@Param("key") String key, @Param("at") long at);

  @Insert("INSERT INTO desk_attachment (id, file_name, media_type, size, content, stored_by, stored_for) VALUES"
      + " (#{id}, #{fileName}, #{mediaType}, #{size}, #{content}, #{storedBy}, #{storedFor, jdbcType=VARCHAR})")
  void insertAttachment(@Param("id") String id, @Param("fileName") String fileName,
      @Param("mediaType") String mediaType, @Param("size") long size, @Param("content") byte[] content,
      @Param("storedBy") String storedBy, @Param("storedFor") String storedFor);

  @Delete("DELETE FROM desk_attachment WHERE id = #{id}")
  int deleteAttachment(@Param("id") String id);

  @Select("SELECT id, file_name AS fileName, media_type AS mediaType, size, stored_by AS storedBy,"
      + " stored_for AS storedFor FROM desk_attachment WHERE id = #{id}")
  AttachmentRow attachment(@Param("id") String id);

  /** The content through a row: MyBatis reads a bare {@code byte[]} result as a list of bytes. */
  @Select("SELECT id, file_name AS fileName, media_type AS mediaType, size, content FROM desk_attachment"
      + " WHERE id = #{id}")
  AttachmentRow attachmentWithContent(@Param("id") String id);

  @Insert("INSERT INTO desk_inbound (channel, message_id, ticket_id) VALUES (#{channel}, #{messageId}, #{ticketId})")
  void insertInbound(@Param("channel") String channel, @Param("messageId") String messageId,
      @Param("ticketId") String ticketId);

  @Select("SELECT ticket_id FROM desk_inbound WHERE channel = #{channel} AND message_id = #{messageId}")
  String ticketOfMessage(@Param("channel") String channel, @Param("messageId") String messageId);
}
