/**
 * Example jobs on Apache Spark 4 that embed mutual-plan: {@link io.github.mutualplan.examples.spark.PortfolioJob}
 * assesses and forecasts every plan and sums the portfolio up per tenant, owner and close month; {@link
 * io.github.mutualplan.examples.spark.WinLossJob} analyses each tenant's closed deals. Both read JSON lines from
 * folders named by tenant and name the line that they cannot read. See the module's README.md.
 */
@NullMarked
package io.github.mutualplan.examples.spark;

import org.jspecify.annotations.NullMarked;
