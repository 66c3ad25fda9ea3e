package io.github.mutualplan.examples.springboot;

import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.Texts;
import io.github.mutualplan.store.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Who is calling: the tenant whose plans the request works on, and the stakeholder of the plan who acts.
 *
 * <p>In this example both come from request headers: {@value #TENANT} (default {@value #DEFAULT_TENANT}) and
 * {@value #STAKEHOLDER}, the stakeholder's identifier in the plan, such as {@code alex-kim}. <b>A real service
 * takes them from its authentication</b> (Spring Security's principal, a token's claims: the tenant from the
 * account signed in, the stakeholder from the user's identity mapped to the plan's people), never from a header
 * that anyone can set; only this resolver would change.
 *
 * @param tenant whose plans
 * @param stakeholder who acts; the store's policy decides what they may change
 */
public record Caller(TenantId tenant, StakeholderId stakeholder) {
  /** The header that names the tenant. */
  public static final String TENANT = "X-Tenant";
  /** The tenant of a request without {@value #TENANT}. */
  public static final String DEFAULT_TENANT = "demo";
  /** The header that names the acting stakeholder. */
  public static final String STAKEHOLDER = "X-Stakeholder";

  /**
   * Reads the caller of a request from its headers: a missing {@value #STAKEHOLDER} or a value that is not an
   * identifier is a 400 problem naming the header and the value, escaped and cut short.
   */
  static final class Resolver implements HandlerMethodArgumentResolver {
    @Override
    public boolean supportsParameter(MethodParameter parameter) {
      return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
        NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) throws Exception {
      String stakeholder = request.getHeader(STAKEHOLDER);
      if (stakeholder == null) {
        throw new MissingRequestHeaderException(STAKEHOLDER, parameter);
      }
      String tenant = request.getHeader(TENANT);
      TenantId tenantId;
      try {
        tenantId = TenantId.of(tenant == null ? DEFAULT_TENANT : tenant);
      } catch (IllegalArgumentException e) {
        throw Problems.of(HttpStatus.BAD_REQUEST, "Invalid " + TENANT, TENANT + ": " + Texts.quote(String.valueOf(
            tenant)) + " is not a tenant: 1 to 100 of A-Z a-z 0-9 - _ ., starting with a letter or digit");
      }
      try {
        return new Caller(tenantId, StakeholderId.of(stakeholder));
      } catch (PlanValidationException e) {
        throw Problems.of(HttpStatus.BAD_REQUEST, "Invalid " + STAKEHOLDER, STAKEHOLDER + ": "
            + e.violations().get(0).message());
      }
    }
  }
}
