/**
 * The scheduling engine the services share, not exported: a plan's dependency graph as arrays, the forward
 * pass, working-day tables and slips. Nothing here is API.
 */
@NullMarked
package io.github.mutualplan.engine;

import org.jspecify.annotations.NullMarked;
