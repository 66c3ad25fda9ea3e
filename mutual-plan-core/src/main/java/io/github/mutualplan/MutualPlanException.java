package io.github.mutualplan;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception the library throws on purpose. Each kind of failure has its own subtype, so
 * callers can catch exactly what they handle, or this type to handle them all.
 *
 * @since 0.1.0
 */
public abstract class MutualPlanException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, naming the field and the value
   */
  protected MutualPlanException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the exception that caused it.
   *
   * @param message what went wrong, naming the field and the value
   * @param cause the underlying failure
   */
  protected MutualPlanException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
