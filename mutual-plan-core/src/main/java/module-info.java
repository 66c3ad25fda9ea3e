/**
 * mutual-plan core: the model of mutual action plans and closing plans, and its rules.
 *
 * <p>Exports {@code io.github.mutualplan}; everything under {@code io.github.mutualplan.internal} is not part
 * of the API.
 */
module io.github.mutualplan {
  requires static org.immutables.value.annotations;
  requires com.google.common;

  exports io.github.mutualplan;
}
