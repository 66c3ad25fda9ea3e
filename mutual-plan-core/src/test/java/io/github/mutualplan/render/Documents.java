package io.github.mutualplan.render;

import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.testing.SamplePlans;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
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
  static final CommitmentId DEAL_DESK = SamplePlans.DEAL_DESK;
  static final MilestoneId PRICING_APPROVED = SamplePlans.PRICING_APPROVED;

  private Documents() {}

  /** The healthcare plan shared with the buyer, with the deal desk's internal items: see {@link SamplePlans}. */
  static MutualActionPlan sharedPlan() {
    return SamplePlans.healthcareSharedPlan();
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
