package io.github.mutualplan.pdf;

import io.github.mutualplan.render.Outline;
import io.github.mutualplan.render.PlanDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Lays out one document on pages: a cursor moving down the page, text wrapped to a width, and a new page when
 * the next line does not fit. One per document; not thread-safe.
 */
final class PdfLayout {
  /** The margin on every side of a page, in points. */
  static final float MARGIN = 42;
  /** The space above the bottom margin kept for the footer. */
  private static final float FOOTER = 16;
  static final float TITLE = 18;
  static final float H2 = 13.5f;
  static final float H3 = 11;
  static final float BODY = 9.5f;
  static final float TABLE = 8.5f;
  static final float FOOTER_SIZE = 8;
  /** Padding inside a table cell. */
  private static final float PAD = 3.5f;

  static final Rgb TEXT = Rgb.of(0x1f2328);
  static final Rgb MUTED = Rgb.of(0x57606a);
  static final Rgb RULE = Rgb.of(0xd0d7de);
  static final Rgb HEADER_FILL = Rgb.of(0xf6f8fa);
  /** Text marked late, stale or as a warning: the red of the HTML page. */
  static final Rgb ALERT = Rgb.of(0xa40e26);

  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final byte[] FONT_BYTES = fontBytes();

  private final PDDocument pdf;
  private final PlanDocument doc;
  private final PageSize size;
  private final PDType0Font font;
  /** The advance of each code point at 1 point, or NaN when the font has no glyph for it. */
  private final Map<Integer, Float> advances = new HashMap<>();
  private final List<PDPage> pages = new ArrayList<>();
  private PDPageContentStream content;
  private float y;

  private PdfLayout(PDDocument pdf, PlanDocument doc, PageSize size) throws IOException {
    this.pdf = pdf;
    this.doc = doc;
    this.size = size;
    this.font = PDType0Font.load(pdf, new java.io.ByteArrayInputStream(FONT_BYTES));
    this.content = addPage();
  }

  /** Lays out the outline of a document on the pages of {@code pdf}, numbers them and sets its metadata. */
  static void write(PDDocument pdf, PlanDocument doc, Outline outline, PageSize size) throws IOException {
    PdfLayout layout = new PdfLayout(pdf, doc, size);
    layout.body(outline);
    layout.content.close();
    layout.footers();
    layout.metadata();
  }

  private void body(Outline outline) throws IOException {
    for (String line : wrap(outline.heading(), TITLE, width())) {
      ensure(lineHeight(TITLE));
      text(line, left(), y - TITLE, TITLE, true, TEXT);
      y -= lineHeight(TITLE);
    }
    for (String line : wrap(outline.title(), H3, width())) {
      ensure(lineHeight(H3));
      text(line, left(), y - H3, H3, false, MUTED);
      y -= lineHeight(H3);
    }
    y -= 6;
    List<Outline.Section> sections = new ArrayList<>();
    sections.add(outline.summary());
    sections.addAll(outline.sections());
    for (int i = 0; i < sections.size(); i++) {
      Outline.Section section = sections.get(i);
      heading(section, keep(sections, i));
      for (Outline.Block block : section.blocks()) {
        block(block);
      }
      if (i == 0) {
        y -= 4;
        facts(outline.facts()); // after the summary, as on the HTML page
      }
    }
  }

  private void facts(List<Outline.Fact> facts) throws IOException {
    float labelWidth = 0;
    for (Outline.Fact fact : facts) {
      labelWidth = Math.max(labelWidth, width(clean(fact.label()), BODY));
    }
    float gap = 12;
    labelWidth = Math.min(labelWidth + gap + 1, width() * 0.35f);
    float lh = lineHeight(BODY);
    for (Outline.Fact fact : facts) {
      List<String> labels = wrap(fact.label(), BODY, labelWidth - gap);
      List<String> values = wrap(fact.value(), BODY, width() - labelWidth);
      int lines = Math.max(labels.size(), values.size());
      ensure(Math.min(lines, 2) * lh);
      for (int j = 0; j < lines; j++) {
        ensure(lh);
        if (j < labels.size()) {
          text(labels.get(j), left(), y - BODY, BODY, true, MUTED);
        }
        if (j < values.size()) {
          text(values.get(j), left() + labelWidth, y - BODY, BODY, false, TEXT);
        }
        y -= lh;
      }
      y -= 1.5f;
    }
  }

  /** How much of what follows section {@code i}'s heading is kept on its page with it. */
  private float keep(List<Outline.Section> sections, int i) throws IOException {
    Outline.Section section = sections.get(i);
    float keep;
    if (section.blocks().isEmpty()) {
      keep = i + 1 < sections.size() ? headingHeight(sections.get(i + 1)) + keep(sections, i + 1) : 0;
    } else {
      keep = firstLines(section.blocks().get(0));
    }
    return Math.min(keep, contentHeight() * 0.6f);
  }

  private float firstLines(Outline.Block block) throws IOException {
    if (block instanceof Outline.Heading) {
      return wrap(((Outline.Heading) block).text(), BODY, width()).size() * lineHeight(BODY) + 4
          + lineHeight(BODY);
    } else if (block instanceof Outline.Paragraph) {
      return Math.min(2, wrap(((Outline.Paragraph) block).text(), BODY, width()).size()) * lineHeight(BODY);
    } else if (block instanceof Outline.Items) {
      List<Outline.Item> items = ((Outline.Items) block).items();
      return items.isEmpty() ? 0
          : Math.min(2, wrap(items.get(0).text(), BODY, width() - 14).size()) * lineHeight(BODY);
    } else if (block instanceof Outline.Table) {
      Outline.Table table = (Outline.Table) block;
      if (table.header().isEmpty()) {
        return 0;
      }
      float[] widths = columnWidths(table);
      float first = table.rows().isEmpty() ? 0
          : Math.min(rowHeight(lines(table.rows().get(0), widths)), 3 * lineHeight(TABLE) + 2 * PAD);
      return rowHeight(lines(table.header(), widths)) + first;
    } else {
      return new GanttPdf(this, doc).keepHeight();
    }
  }

  private float headingHeight(Outline.Section section) throws IOException {
    float size = section.level() <= 2 ? H2 : H3;
    return (section.level() <= 2 ? 12 : 8) + wrap(section.heading(), size, width()).size() * lineHeight(size) + 6;
  }

  private void heading(Outline.Section section, float keep) throws IOException {
    float size = section.level() <= 2 ? H2 : H3;
    float before = section.level() <= 2 ? 12 : 8;
    List<String> lines = wrap(section.heading(), size, width());
    float height = lines.size() * lineHeight(size) + 6;
    if (!fits(before + height + keep)) {
      newPage();
    } else if (y < top()) {
      y -= before;
    }
    for (String line : lines) {
      ensure(lineHeight(size));
      text(line, left(), y - size, size, true, TEXT);
      y -= lineHeight(size);
    }
    if (section.level() <= 2) {
      line(left(), y - 1.5f, right(), y - 1.5f, 0.6f, RULE);
    }
    y -= 6;
  }

  private void block(Outline.Block block) throws IOException {
    if (block instanceof Outline.Heading) {
      subheading(((Outline.Heading) block).text());
    } else if (block instanceof Outline.Paragraph) {
      Outline.Paragraph paragraph = (Outline.Paragraph) block;
      paragraph(paragraph.text(), paragraph.style().isEmpty() ? TEXT : ALERT);
    } else if (block instanceof Outline.Items) {
      items(((Outline.Items) block).items());
    } else if (block instanceof Outline.Table) {
      table((Outline.Table) block);
    } else {
      GanttPdf chart = new GanttPdf(this, doc);
      if (chart.isEmpty()) {
        paragraph(doc.label("text.noItems"));
      } else {
        chart.draw();
      }
    }
  }

  void paragraph(String text) throws IOException {
    paragraph(text, TEXT);
  }

  private void paragraph(String text, Rgb color) throws IOException {
    float lh = lineHeight(BODY);
    for (String line : wrap(text, BODY, width())) {
      ensure(lh);
      text(line, left(), y - BODY, BODY, false, color);
      y -= lh;
    }
    y -= 5;
  }

  /** A heading within a section, kept with the next two lines. */
  private void subheading(String text) throws IOException {
    float lh = lineHeight(BODY);
    List<String> lines = wrap(text, BODY, width());
    if (!fits(lines.size() * lh + 4 + 2 * lh)) {
      newPage();
    }
    y -= 4;
    for (String line : lines) {
      text(line, left(), y - BODY, BODY, true, TEXT);
      y -= lh;
    }
    y -= 2;
  }

  /** Text marked {@code late}, {@code stale} or {@code warn} reads in red; any other style in black. */
  private static boolean alert(String style) {
    return style.equals("late") || style.equals("stale") || style.equals("warn");
  }

  private void items(List<Outline.Item> items) throws IOException {
    float lh = lineHeight(BODY);
    float indent = 14;
    String bullet = clean("\u2022");
    for (Outline.Item item : items) {
      Rgb color = alert(item.style()) ? ALERT : TEXT;
      List<String> lines = wrap(item.text(), BODY, width() - indent);
      ensure(Math.min(2, lines.size()) * lh);
      for (int j = 0; j < lines.size(); j++) {
        ensure(lh);
        if (j == 0) {
          text(bullet, left() + 3, y - BODY, BODY, false, color);
        }
        text(lines.get(j), left() + indent, y - BODY, BODY, false, color);
        y -= lh;
      }
      y -= 1.5f;
    }
    y -= 4;
  }

  // Tables.

  private void table(Outline.Table table) throws IOException {
    if (table.header().isEmpty()) {
      return;
    }
    float[] widths = columnWidths(table);
    List<List<String>> header = lines(table.header(), widths);
    float headerHeight = rowHeight(header);
    float lh = lineHeight(TABLE);
    ensure(headerHeight + (table.rows().isEmpty() ? 0 : lh + 2 * PAD));
    row(header, widths, 0, maxLines(header), true, TEXT);
    for (int r = 0; r < table.rows().size(); r++) {
      List<String> cells = table.rows().get(r);
      Rgb color = r < table.rowStyles().size() && alert(table.rowStyles().get(r)) ? ALERT : TEXT;
      List<List<String>> row = lines(cells, widths);
      int total = maxLines(row);
      if (!fits(rowHeight(row)) && rowHeight(row) <= contentHeight() - headerHeight) {
        newPage(); // the whole row on the next page
        row(header, widths, 0, maxLines(header), true, TEXT);
      }
      int start = 0;
      while (start < total) {
        int room = (int) Math.floor((y - bottom() - 2 * PAD) / lh);
        int count = Math.min(total - start, room);
        if (count <= 0) {
          newPage();
          row(header, widths, 0, maxLines(header), true, TEXT);
          continue;
        }
        row(row, widths, start, count, false, color);
        start += count;
      }
    }
    y -= 8;
  }

  /** Draws lines {@code start} to {@code start + count} of each cell of a row, with the cells' borders. */
  private void row(List<List<String>> cells, float[] widths, int start, int count, boolean header, Rgb color)
      throws IOException {
    float lh = lineHeight(TABLE);
    float height = count * lh + 2 * PAD;
    float x = left();
    if (header) {
      fillRect(left(), y - height, sum(widths), height, HEADER_FILL);
    }
    for (int c = 0; c < widths.length; c++) {
      List<String> lines = cells.get(c);
      for (int j = start; j < Math.min(lines.size(), start + count); j++) {
        text(lines.get(j), x + PAD, y - PAD - (j - start) * lh - TABLE, TABLE, header, color);
      }
      strokeRect(x, y - height, widths[c], height, 0.5f, RULE);
      x += widths[c];
    }
    y -= height;
  }

  private List<List<String>> lines(List<String> cells, float[] widths) {
    List<List<String>> lines = new ArrayList<>(widths.length);
    for (int c = 0; c < widths.length; c++) {
      lines.add(wrap(c < cells.size() ? cells.get(c) : "", TABLE, widths[c] - 2 * PAD));
    }
    return lines;
  }

  private static int maxLines(List<List<String>> cells) {
    int lines = 1;
    for (List<String> cell : cells) {
      lines = Math.max(lines, cell.size());
    }
    return lines;
  }

  private float rowHeight(List<List<String>> cells) {
    return maxLines(cells) * lineHeight(TABLE) + 2 * PAD;
  }

  /**
   * Widths fitted to the content: each column as wide as its widest text when they all fit, else at least as
   * wide as its longest word (a date is one word) and the rest shared in proportion to what each would need.
   */
  float[] columnWidths(Outline.Table table) {
    int n = table.header().size();
    float total = width();
    float[] natural = new float[n];
    float[] minimum = new float[n];
    List<List<String>> all = new ArrayList<>();
    all.add(table.header());
    all.addAll(table.rows());
    float cap = Math.max(total / n, width("0000-00-00", TABLE) + 2 * PAD);
    for (List<String> cells : all) {
      for (int c = 0; c < n; c++) {
        String cell = clean(c < cells.size() ? cells.get(c) : "");
        // A date ("Jul 12, 2027") is never split: its column is at least as wide as its widest date.
        boolean date = c < table.columnStyles().size() && table.columnStyles().get(c).equals("date");
        for (String line : cell.split("\n", -1)) {
          natural[c] = Math.max(natural[c], width(line, TABLE) + 2 * PAD + 0.5f);
          for (String word : date ? new String[] {line} : line.split(" ")) {
            float needed = width(word, TABLE) + 2 * PAD + 0.5f;
            minimum[c] = Math.max(minimum[c], date ? needed : Math.min(cap, needed));
          }
        }
      }
    }
    float[] widths = new float[n];
    float naturalSum = sum(natural);
    if (naturalSum <= total) {
      for (int c = 0; c < n; c++) {
        widths[c] = natural[c] + (total - naturalSum) * natural[c] / naturalSum;
      }
      return widths;
    }
    float minimumSum = sum(minimum);
    if (minimumSum >= total) {
      for (int c = 0; c < n; c++) {
        widths[c] = total * minimum[c] / minimumSum;
      }
      return widths;
    }
    float wanted = naturalSum - minimumSum;
    for (int c = 0; c < n; c++) {
      widths[c] = minimum[c] + (total - minimumSum) * (natural[c] - minimum[c]) / wanted;
    }
    return widths;
  }

  private static float sum(float[] values) {
    float sum = 0;
    for (float value : values) {
      sum += value;
    }
    return sum;
  }

  // Pages.

  float left() {
    return MARGIN;
  }

  float right() {
    return size.width() - MARGIN;
  }

  float width() {
    return right() - left();
  }

  float top() {
    return size.height() - MARGIN;
  }

  float bottom() {
    return MARGIN + FOOTER;
  }

  float contentHeight() {
    return top() - bottom();
  }

  /** Where the next line's top is. */
  float y() {
    return y;
  }

  /** Moves the cursor down. */
  void down(float height) {
    y -= height;
  }

  boolean fits(float height) {
    return y - height >= bottom();
  }

  /** Starts a new page unless what follows fits on this one, or this one is still empty. */
  void ensure(float height) throws IOException {
    if (!fits(height) && y < top()) {
      newPage();
    }
  }

  void newPage() throws IOException {
    content.close();
    content = addPage();
  }

  private PDPageContentStream addPage() throws IOException {
    PDPage page = new PDPage(new PDRectangle(size.width(), size.height()));
    pdf.addPage(page);
    pages.add(page);
    y = top();
    return new PDPageContentStream(pdf, page);
  }

  private void footers() throws IOException {
    for (int i = 0; i < pages.size(); i++) {
      String label = clean(doc.label("text.page", Integer.toString(i + 1), Integer.toString(pages.size())));
      try (PDPageContentStream footer = new PDPageContentStream(pdf, pages.get(i),
          PDPageContentStream.AppendMode.APPEND, true, true)) {
        content = footer;
        text(label, (size.width() - width(label, FOOTER_SIZE)) / 2, MARGIN, FOOTER_SIZE, false, MUTED);
      }
    }
  }

  private void metadata() {
    PDDocumentInformation info = pdf.getDocumentInformation();
    info.setTitle(doc.plan().title());
    info.setAuthor(doc.plan().sellerOrganization());
    info.setSubject(doc.label(doc.plan().kind()) + ": " + doc.plan().deal().accountName());
    info.setCreator("mutual-plan");
    info.setCreationDate(GregorianCalendar.from(doc.generatedAt().atZone(ZoneOffset.UTC)));
    pdf.getDocumentCatalog().setLanguage(doc.locale().toLanguageTag());
    PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    pdf.getDocumentCatalog().setViewerPreferences(preferences);
    // The same document gets the same identifier, so that the same plan always gives the same bytes.
    byte[] id = Arrays.copyOf(sha256(doc.plan().id().key() + '\n' + doc.plan().version() + '\n'
        + doc.generatedAt() + '\n' + doc.audience() + '\n' + doc.locale() + '\n' + doc.asOf() + '\n' + size), 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  // Text.

  static float lineHeight(float size) {
    return size * 1.3f;
  }

  /**
   * The text as the font can show it: tabs become spaces, other control characters but line breaks are left
   * out, and a character the font has no glyph for becomes {@code ?}.
   */
  String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    String plain = text.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < plain.length(); ) {
      int cp = plain.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\n') {
        out.append('\n');
      } else if (cp == '\t') {
        out.append(' ');
      } else if (Character.isISOControl(cp)) {
        continue;
      } else if (Float.isNaN(advance(cp))) {
        out.append('?');
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  private float advance(int cp) {
    Float known = advances.get(cp);
    if (known == null) {
      float value;
      try {
        value = font.getStringWidth(new String(Character.toChars(cp))) / 1000f;
      } catch (IllegalArgumentException | IOException | IllegalStateException e) {
        value = Float.NaN; // no glyph for it
      }
      advances.put(cp, value);
      return value;
    }
    return known;
  }

  /** The width of a clean text (one line) at a size. */
  float width(String clean, float size) {
    float width = 0;
    for (int i = 0; i < clean.length(); ) {
      int cp = clean.codePointAt(i);
      i += Character.charCount(cp);
      float advance = advance(cp);
      width += Float.isNaN(advance) ? 0 : advance;
    }
    return width * size;
  }

  /**
   * A text cleaned and wrapped to a width: at its line breaks, then between words; a word wider than the width
   * (never a date, as the columns are at least as wide as one) is broken between characters. At least one line.
   */
  List<String> wrap(String text, float size, float width) {
    List<String> lines = new ArrayList<>();
    float space = width(" ", size);
    for (String paragraph : clean(text).split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      float lineWidth = 0;
      for (String word : paragraph.split(" ")) {
        if (word.isEmpty()) {
          continue;
        }
        float wordWidth = width(word, size);
        if (line.length() > 0 && lineWidth + space + wordWidth <= width) {
          line.append(' ').append(word);
          lineWidth += space + wordWidth;
          continue;
        }
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        while (wordWidth > width) {
          int cut = fit(word, size, width);
          lines.add(word.substring(0, cut));
          word = word.substring(cut);
          wordWidth = width(word, size);
        }
        line.append(word);
        lineWidth = wordWidth;
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** How many chars of a word fit in the width: at least one code point. */
  private int fit(String word, float size, float width) {
    float used = 0;
    int i = 0;
    while (i < word.length()) {
      int cp = word.codePointAt(i);
      float advance = advance(cp) * size;
      if (i > 0 && used + advance > width) {
        break;
      }
      used += advance;
      i += Character.charCount(cp);
    }
    return i;
  }

  /** Draws one line of clean text with its baseline at {@code baseline}; bold is filled and stroked. */
  void text(String clean, float x, float baseline, float size, boolean bold, Rgb color) throws IOException {
    if (clean.isEmpty()) {
      return;
    }
    content.saveGraphicsState();
    content.setNonStrokingColor(color.r(), color.g(), color.b());
    if (bold) {
      content.setStrokingColor(color.r(), color.g(), color.b());
      content.setLineWidth(size * 0.035f);
    }
    content.beginText();
    content.setFont(font, size);
    if (bold) {
      content.setRenderingMode(RenderingMode.FILL_STROKE);
    }
    content.newLineAtOffset(x, baseline);
    content.showText(clean);
    content.endText();
    content.restoreGraphicsState();
  }

  // Shapes.

  void fillRect(float x, float bottom, float w, float h, Rgb color) throws IOException {
    content.setNonStrokingColor(color.r(), color.g(), color.b());
    content.addRect(x, bottom, w, h);
    content.fill();
  }

  void strokeRect(float x, float bottom, float w, float h, float lineWidth, Rgb color) throws IOException {
    content.setStrokingColor(color.r(), color.g(), color.b());
    content.setLineWidth(lineWidth);
    content.addRect(x, bottom, w, h);
    content.stroke();
  }

  void line(float x1, float y1, float x2, float y2, float lineWidth, Rgb color) throws IOException {
    content.setStrokingColor(color.r(), color.g(), color.b());
    content.setLineWidth(lineWidth);
    content.moveTo(x1, y1);
    content.lineTo(x2, y2);
    content.stroke();
  }

  void dashedLine(float x1, float y1, float x2, float y2, float lineWidth, Rgb color) throws IOException {
    content.saveGraphicsState();
    content.setLineDashPattern(new float[] {3, 2}, 0);
    line(x1, y1, x2, y2, lineWidth, color);
    content.restoreGraphicsState();
  }

  /** A diamond centred on (x, y), filled, with an optional outline. */
  void diamond(float x, float cy, float radius, Rgb fill) throws IOException {
    content.setNonStrokingColor(fill.r(), fill.g(), fill.b());
    content.moveTo(x, cy + radius);
    content.lineTo(x + radius, cy);
    content.lineTo(x, cy - radius);
    content.lineTo(x - radius, cy);
    content.closePath();
    content.fill();
  }

  private static byte[] fontBytes() {
    try (InputStream in = PDType0Font.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("PDFBox's jar has no " + FONT + ": use PDFBox 3.0");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + FONT + " from PDFBox's jar", e);
    }
  }

  /** A colour of the device's RGB space. */
  record Rgb(float r, float g, float b) {
    static Rgb of(int hex) {
      return new Rgb(((hex >> 16) & 0xff) / 255f, ((hex >> 8) & 0xff) / 255f, (hex & 0xff) / 255f);
    }
  }
}
