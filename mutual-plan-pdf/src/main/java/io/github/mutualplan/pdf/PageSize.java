package io.github.mutualplan.pdf;

/**
 * The size of the pages of a PDF document, portrait. {@link PdfRenderer} takes {@link #LETTER} when the
 * options' locale names the United States or Canada as its country, and {@link #A4} otherwise, unless
 * {@linkplain PdfRenderer#withPageSize(PageSize) told}.
 *
 * <pre>{@code
 * PdfRenderer renderer = PdfRenderer.of(RenderOptions.defaults()).withPageSize(PageSize.LETTER);
 * }</pre>
 *
 * @since 0.1.0
 */
public enum PageSize {
  /** ISO 216 A4: 210 by 297 mm (595 by 842 points). */
  A4(595.27563f, 841.8898f),
  /** US Letter: 8.5 by 11 inches (612 by 792 points). */
  LETTER(612f, 792f);

  private final float width;
  private final float height;

  PageSize(float width, float height) {
    this.width = width;
    this.height = height;
  }

  /** The width in points (1/72 inch). */
  float width() {
    return width;
  }

  /** The height in points (1/72 inch). */
  float height() {
    return height;
  }
}
