/**
 * An example service on Spring Boot 4 that embeds mutual-plan: {@link
 * io.github.mutualplan.examples.springboot.MutualPlanService} starts it, {@link
 * io.github.mutualplan.examples.springboot.PlanController} serves the plans of the caller's tenant from the plan
 * store, {@link io.github.mutualplan.examples.springboot.ProblemHandler} turns the library's exceptions into problem
 * details, and {@link io.github.mutualplan.examples.springboot.ServiceConfiguration} makes the library's parts
 * beans. See README.md, "A Spring Boot service".
 */
@NullMarked
package io.github.mutualplan.examples.springboot;

import org.jspecify.annotations.NullMarked;
