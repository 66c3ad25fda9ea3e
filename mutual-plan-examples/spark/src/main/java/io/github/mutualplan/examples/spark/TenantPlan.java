package io.github.mutualplan.examples.spark;

import io.github.mutualplan.MutualActionPlan;

/**
 * A plan of a tenant, and where it came from for an error: the line it was read from, or how it was made.
 *
 * @param tenant the tenant whose plan it is
 * @param where where the plan came from, such as {@code plans/tenant=acme/part-0.jsonl, the line at byte 1234}
 * @param plan the plan
 */
public record TenantPlan(String tenant, String where, MutualActionPlan plan) {}
