package io.github.mutualplan.localization;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The library's own texts: properties files beside a class, read as UTF-8 whatever the JVM's locale. */
public final class TextFiles {
  private TextFiles() {}

  /** Reads the properties file {@code name} beside {@code owner}, which must exist. */
  public static Properties read(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no texts '" + name + "' beside " + owner.getName());
      }
      Properties texts = new Properties();
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
