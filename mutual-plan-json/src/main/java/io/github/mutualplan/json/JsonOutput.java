package io.github.mutualplan.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * A JSON document {@link PlanJson} writes: taken as a string or as UTF-8 bytes, or written to a writer or a
 * stream, which stays open. The document is written when it is taken, each time it is taken, and is always the
 * same text: UTF-8, pretty-printed with two spaces a level, keys in a fixed order, {@code \n} line breaks on every
 * system and one at the end.
 *
 * <pre>{@code
 * String text = json.write(plan).text();
 * json.write(history).to(response.getOutputStream());
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads: each taking writes the document anew.
 *
 * @since 0.1.0
 */
public final class JsonOutput {
  /** Writes the document's value with a generator. */
  @FunctionalInterface
  interface Document {
    void writeTo(JsonGenerator generator) throws IOException;
  }

  private final JsonFactory factory;
  private final Document document;

  JsonOutput(JsonFactory factory, Document document) {
    this.factory = factory;
    this.document = document;
  }

  /**
   * The document as a string.
   *
   * @return the document
   */
  public String text() {
    StringWriter out = new StringWriter();
    to(out);
    return out.toString();
  }

  /**
   * The document on one line, with no space between its tokens and no line break at the end: for a database
   * column or a message, where the document is stored rather than read. The same keys in the same order as
   * {@link #text()}.
   *
   * @return the document
   */
  public String compactText() {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = factory.createGenerator(out)) {
      document.writeTo(generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * The document as UTF-8 bytes.
   *
   * @return the bytes
   */
  public byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    to(out);
    return out.toByteArray();
  }

  /**
   * Writes the document to a writer, which stays open.
   *
   * @param out the writer
   * @throws UncheckedIOException if the writer fails
   */
  public void to(Writer out) {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator generator = factory.createGenerator(out)) {
      write(generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the document in UTF-8 to a stream, which stays open.
   *
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public void to(OutputStream out) {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8)) {
      write(generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document as a string, as {@link #text()}. */
  @Override
  public String toString() {
    return text();
  }

  private void write(JsonGenerator generator) throws IOException {
    generator.setPrettyPrinter(prettyPrinter());
    document.writeTo(generator);
    generator.writeRaw('\n');
  }

  /** Two spaces a level, {@code "key": value}, one item of a list a line, and {@code \n} on every system. */
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
