package io.github.mutualplan.render;

import static io.github.mutualplan.testing.SamplePlans.ALEX_AE;
import static io.github.mutualplan.testing.SamplePlans.DANA_CFO;
import static io.github.mutualplan.testing.SamplePlans.MARIA_OPS;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.SignOff;
import io.github.mutualplan.Visibility;
import io.github.mutualplan.testing.SamplePlans;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The sample plan as the buyer sees it, and readers of the documents: ical4j, commons-csv and the JDK's XML. */
public final class Documents {
  static final CommitmentId DEAL_DESK = CommitmentId.of("deal-desk-approval");
  static final MilestoneId PRICING_APPROVED = MilestoneId.of("pricing-approved");

  private Documents() {}

  /**
   * The healthcare plan shared with the buyer, version 3, signed by Alex on version 2 (stale since), with
   * one internal commitment and one internal milestone of the seller's: the deal desk's pricing approval.
   */
  static MutualActionPlan sharedPlan() {
    MutualActionPlan closing = SamplePlans.healthcareClosingPlan().build();
    return MutualActionPlan.builder().from(closing)
        .stakeholders(closing.stakeholders().stream()
            .map(s -> s.id().equals(DANA_CFO) ? s.withRoles(Role.DECISION_MAKER, Role.ECONOMIC_BUYER) : s)
            .collect(Collectors.toList()))
        .buyerCoOwner(MARIA_OPS)
        .kind(PlanKind.MUTUAL_ACTION_PLAN)
        .status(PlanStatus.SHARED)
        .version(3)
        .addSignOff(SignOff.of(ALEX_AE, Instant.parse("2027-01-20T15:00:00Z"), 2).withStale(true))
        .addMilestone(Milestone.builder().id(PRICING_APPROVED).name("Discount approved by the deal desk")
            .targetDate(LocalDate.of(2027, 2, 26)).visibility(Visibility.INTERNAL).build())
        .addCommitment(Commitment.builder().id(DEAL_DESK).title("Deal desk approves the 12% discount")
            .owingSide(Side.SELLER).durationDays(3).visibility(Visibility.INTERNAL)
            .addDependsOn(CommitmentId.of("discovery")).milestone(PRICING_APPROVED)
            .addResponsibility(Responsibility.accountable(ALEX_AE)).build())
        .build();
  }

  static Calendar ical(String text) {
    try {
      return new CalendarBuilder().build(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (net.fortuna.ical4j.data.ParserException e) {
      throw new AssertionError("not iCalendar: " + e.getMessage() + "\n" + text, e);
    }
  }

  static List<CSVRecord> csv(String text) {
    try {
      return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses XML without namespaces, DTDs or external entities. */
  public static Document xml(String text) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  static String render(DocumentFormat format, MutualActionPlan plan, RenderOptions options) {
    return format.renderer(options).render(plan);
  }
}
