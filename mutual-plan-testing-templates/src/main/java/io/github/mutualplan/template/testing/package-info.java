/**
 * Samplers of templates, customer profiles, rules and people, for property tests of your own customization
 * rules and catalogues: {@link io.github.mutualplan.template.testing.TemplateSamplers}.
 */
@NullMarked
package io.github.mutualplan.template.testing;

import org.jspecify.annotations.NullMarked;
