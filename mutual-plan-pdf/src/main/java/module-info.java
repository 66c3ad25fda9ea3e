/**
 * mutual-plan PDF: the document of a plan as a PDF, the same content as the HTML page laid out on A4 or Letter
 * pages, with its Gantt chart drawn natively; written with Apache PDFBox ({@code PdfRenderer}).
 */
module io.github.mutualplan.pdf {
  requires transitive io.github.mutualplan;
  requires org.apache.pdfbox;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.mutualplan.pdf;
}
