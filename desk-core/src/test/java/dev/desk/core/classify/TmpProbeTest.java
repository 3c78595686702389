package dev.desk.core.classify;

import dev.desk.spi.classify.ClassificationRequest;
import dev.desk.spi.ticket.Urgency;
import org.junit.jupiter.api.Test;

final class TmpProbeTest {
  @Test
  void probe() {
    var c = RuleBasedClassifier.withDefaults();
    var phrases = UrgencyRules.defaults().rules().stream().filter(r -> r.urgency() == Urgency.EMERGENCY && r.weight() >= 3
        && r.textAlso().isEmpty() && r.organisationProfiles().isEmpty() && r.scopes().isEmpty() && r.months().isEmpty()).flatMap(r -> r.text().stream()).filter(x -> !x.startsWith("@")).toList();
    int shown = 0;
    java.util.Random rnd = new java.util.Random(3);
    for (int n = 0; n < 3000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = rnd.nextInt(300);
      for (int i = 0; i < len; i++) {
        sb.appendCodePoint(rnd.nextInt(3) == 0 ? rnd.nextInt(0x500) : rnd.nextInt(0x110000));
      }
      String text = sb.toString();
      var before = c.classify(ClassificationRequest.ofText(text)).urgency();
      for (String p : phrases.subList(0, phrases.size()).stream().filter(x -> rnd.nextInt(20) == 0).toList()) {
        for (String more : new String[] {text + ". " + p, p + ". " + text}) {
          var r = c.classify(ClassificationRequest.ofText(more));
          if (before.isMoreUrgentThan(r.urgency()) && shown++ < 10) {
            StringBuilder e = new StringBuilder();
            more.codePoints().forEach(x -> e.append(x >= 0x20 && x < 0x7f || x >= 0x400 && x < 0x500 ? Character.toString(x) : "~"));
            System.out.println("PROBE " + e + " -> " + before + " " + r.urgency() + " " + r.reasons());
          }
        }
      }
    }
  }
}
