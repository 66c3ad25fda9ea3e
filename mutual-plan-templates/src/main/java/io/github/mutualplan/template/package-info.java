/**
 * Plan templates: a catalogue of stages, steps and rules, tailored to a customer profile and instantiated into
 * plans ({@link io.github.mutualplan.template.TemplateInstantiator}), read from YAML or JSON files
 * ({@link io.github.mutualplan.template.TemplateFiles}).
 *
 * <p>The Immutables style below is core's (see {@code io.github.mutualplan}), repeated because a style is read
 * from the sources being compiled.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"criterion:criteria", "process:processes"},
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
@NullMarked
package io.github.mutualplan.template;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
