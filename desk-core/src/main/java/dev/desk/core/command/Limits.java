package dev.desk.core.command;

/** Size limits of command fields, in characters. */
public final class Limits {
  /** Ids of organisations, categories, groups, agents, articles. */
  public static final int ID = 64;
  /** Names of people. */
  public static final int NAME = 300;
  /** Subjects. */
  public static final int SUBJECT = 500;
  /** Descriptions, resolutions, comments: 64 KiB of text. */
  public static final int TEXT = 65_536;
  /** Reasons given for a command. */
  public static final int REASON = 2_000;
  /** The id of an actor: a person's or a system's. */
  public static final int ACTOR = 200;
  /** The id of a message a channel received (a mail's Message-ID). */
  public static final int MESSAGE_ID = 255;
  /** The name of a file. */
  public static final int FILE_NAME = 255;
  /** Contacts per requester. */
  public static final int CONTACTS = 20;
  /** Attachments per command. */
  public static final int ATTACHMENTS = 50;

  private Limits() {}
}
