package dev.desk.spi.classify;

import dev.desk.spi.ticket.Channel;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What a classifier sees of a new ticket. Only the text is required; every other signal may be
 * {@code null} when the host does not know it.
 *
 * @param subject the short summary, or {@code null}
 * @param description the problem in the requester's words; never {@code null}, may be empty
 * @param category the area of competence ({@code emr}, {@code heating}), or {@code null}
 * @param channel where the request came in, or {@code null}
 * @param organisationProfile what kind of place asks ({@code hospital-icu}, {@code boiler-house},
 *     {@code school}), or {@code null}
 * @param serviceContract the service contract ({@code warranty}, {@code paid}), or {@code null}
 * @param scope how many people the host knows to be affected, or {@code null} to judge by the text
 * @param receivedAt when the request came in, in the desk's zone (night and winter are signals),
 *     or {@code null}
 */
public record ClassificationRequest(
    String subject,
    String description,
    String category,
    Channel channel,
    String organisationProfile,
    String serviceContract,
    Scope scope,
    ZonedDateTime receivedAt) {

  /** Rejects a missing description. */
  public ClassificationRequest {
    Objects.requireNonNull(description, "description");
  }

  /** A request with nothing but the text. */
  public static ClassificationRequest ofText(String text) {
    return new ClassificationRequest(null, text, null, null, null, null, null, null);
  }

  /** This request with another channel. */
  public ClassificationRequest withChannel(Channel value) {
    return new ClassificationRequest(subject, description, category, value, organisationProfile, serviceContract,
        scope, receivedAt);
  }

  /** This request with another category. */
  public ClassificationRequest withCategory(String value) {
    return new ClassificationRequest(subject, description, value, channel, organisationProfile, serviceContract,
        scope, receivedAt);
  }

  /** This request with another organisation profile. */
  public ClassificationRequest withOrganisationProfile(String value) {
    return new ClassificationRequest(subject, description, category, channel, value, serviceContract, scope,
        receivedAt);
  }

  /** This request with another arrival time. */
  public ClassificationRequest withReceivedAt(ZonedDateTime value) {
    return new ClassificationRequest(subject, description, category, channel, organisationProfile, serviceContract,
        scope, value);
  }
}
