package io.github.mutualplan.template;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A set of templates and the rules that tailor them. The {@linkplain #builtIn() built-in catalogue} has six
 * templates, in English and Russian, and rules for compliance regimes, formal procurement, deal size and
 * many decision makers; its durations follow public figures on sales cycles (see {@code CATALOGUE.md}).
 *
 * <pre>{@code
 * Catalogue catalogue = Catalogue.builtIn();
 * PlanTemplate template = catalogue.templateFor(profile);    // healthcare-provider for a hospital
 * request.template(template).rules(catalogue.rules());
 * }</pre>
 */
public final class Catalogue {
  private static final String DIRECTORY = "catalogue/";
  private static volatile @Nullable Catalogue builtIn;

  private final ImmutableList<PlanTemplate> templates;
  private final ImmutableList<CustomizationRule> rules;

  private Catalogue(List<PlanTemplate> templates, List<? extends CustomizationRule> rules) {
    this.templates = ImmutableList.copyOf(templates);
    this.rules = ImmutableList.copyOf(rules);
  }

  /** A catalogue of these templates and rules. */
  public static Catalogue of(List<PlanTemplate> templates, List<? extends CustomizationRule> rules) {
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(rules, "rules");
    if (templates.isEmpty()) {
      throw new IllegalArgumentException("templates: a catalogue needs at least one template");
    }
    return new Catalogue(templates, rules);
  }

  /** The built-in catalogue, read once from the module's resources. */
  public static Catalogue builtIn() {
    Catalogue catalogue = builtIn;
    if (catalogue == null) {
      synchronized (Catalogue.class) {
        if (builtIn == null) {
          builtIn = readBuiltIn();
        }
        catalogue = builtIn;
      }
    }
    return catalogue;
  }

  /** The templates. */
  public List<PlanTemplate> templates() {
    return templates;
  }

  /** The rules. */
  public List<CustomizationRule> rules() {
    return rules;
  }

  /** The template with this identifier, if the catalogue has it. */
  public Optional<PlanTemplate> template(String id) {
    Objects.requireNonNull(id, "id");
    return templates.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * The template that fits a customer best: a startup gets {@code startup-fast-track}; a healthcare buyer
   * {@code healthcare-provider}; the public sector {@code public-sector}; an enterprise or a formal procurement
   * {@code enterprise-procurement}; a small business {@code smb-velocity}; anyone else {@code standard-b2b}. A
   * catalogue without the chosen template gives its first.
   */
  public PlanTemplate templateFor(CustomerProfile profile) {
    Objects.requireNonNull(profile, "profile");
    Segment segment = profile.effectiveSegment();
    String id;
    if (segment == Segment.STARTUP) {
      id = "startup-fast-track";
    } else if (profile.industry().equals("healthcare")) {
      id = "healthcare-provider";
    } else if (profile.industry().equals("public-sector")) {
      id = "public-sector";
    } else if (segment == Segment.ENTERPRISE || profile.buyingProcess() == BuyingProcess.FORMAL_PROCUREMENT) {
      id = "enterprise-procurement";
    } else if (segment == Segment.SMB) {
      id = "smb-velocity";
    } else {
      id = "standard-b2b";
    }
    return template(id).orElse(templates.get(0));
  }

  private static Catalogue readBuiltIn() {
    TemplateCodecs.Index index =
        TemplateFiles.read(resource("index.yaml"), "index.yaml", TemplateFiles.Format.YAML, TemplateCodecs.INDEX);
    List<PlanTemplate> templates = new ArrayList<>();
    index.templates().forEach(file ->
        templates.add(TemplateFiles.readTemplate(resource(file), file, TemplateFiles.Format.YAML)));
    List<CustomizationRule> rules = new ArrayList<>();
    index.rules().forEach(file ->
        rules.addAll(TemplateFiles.readRules(resource(file), file, TemplateFiles.Format.YAML)));
    return new Catalogue(templates, rules);
  }

  private static String resource(String name) {
    try (InputStream in = Catalogue.class.getResourceAsStream(DIRECTORY + name)) {
      if (in == null) {
        throw new IllegalStateException("the built-in catalogue has no file " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
