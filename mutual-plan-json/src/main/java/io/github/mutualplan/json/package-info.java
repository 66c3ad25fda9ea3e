/**
 * JSON for mutual-plan: {@link io.github.mutualplan.json.PlanJson} writes and reads plans, histories, events,
 * risk reports and forecasts as versioned documents; {@link io.github.mutualplan.json.MutualPlanModule} gives
 * the same JSON to an {@code ObjectMapper} of your own.
 *
 * <h2>The document format, version 3</h2>
 *
 * <p>A document is an object with three keys: {@code format} names its kind, {@code version} the version of
 * the format, and one more key holds the content:
 *
 * <pre>{@code
 * {
 *   "format": "mutual-plan/plan",
 *   "version": 3,
 *   "plan": {
 *     "id": "northwind-claims-2027",
 *     "title": "Northwind Health: claims automation",
 *     "deal": {"accountName": "Northwind Health", "value": {"amount": "480000.00", "currency": "USD"}},
 *     "start": "2027-01-11",
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <table>
 *   <caption>The kinds of document</caption>
 *   <tr><th>format</th><th>content key</th><th>content</th></tr>
 *   <tr><td>{@code mutual-plan/plan}</td><td>{@code plan}</td><td>a plan</td></tr>
 *   <tr><td>{@code mutual-plan/history}</td><td>{@code history}</td>
 *       <td>{@code {"first": plan, "events": [event...]}}</td></tr>
 *   <tr><td>{@code mutual-plan/event}</td><td>{@code event}</td><td>an event</td></tr>
 *   <tr><td>{@code mutual-plan/risk-report}</td><td>{@code riskReport}</td><td>a risk report</td></tr>
 *   <tr><td>{@code mutual-plan/forecast}</td><td>{@code forecast}</td><td>a close forecast</td></tr>
 * </table>
 *
 * <p>The content is the model key for key: each object has the keys of its type's accessors, in their order
 * ({@code id}, {@code title}, {@code deal}, ... for a plan). Absent optional values and empty lists are left
 * out; values with a default in the model ({@code status}, {@code visibility}, {@code fixed}, ...) are always
 * written. Dates are ISO dates ({@code "2027-03-01"}), instants ISO-8601 in UTC
 * ({@code "2027-03-01T09:30:00Z"}), time zones their ids, currencies their ISO 4217 codes, amounts decimal
 * texts that keep their scale ({@code "480000.00"}), enums their constants' names ({@code "IN_PROGRESS"}),
 * identifiers and roles their keys ({@code "security-review"}). A forecast's {@code closeDays} and
 * {@code criticality} are objects keyed by date and by commitment key.
 *
 * <p>Plan changes and events carry a {@code "type"} with our own names, written first:
 * {@code add-commitment}, {@code update-commitment}, {@code remove-commitment}, {@code reorder-commitments},
 * {@code start-commitment}, {@code complete-commitment}, {@code block-commitment}, {@code cancel-commitment},
 * {@code reschedule-commitment}, {@code note-commitment}, {@code assign-responsibility},
 * {@code remove-responsibility} (the item as {@code "commitment"} or {@code "milestone"}),
 * {@code add-stakeholder}, {@code update-stakeholder}, {@code grant-role}, {@code revoke-role},
 * {@code add-decision-criterion}, {@code update-decision-criterion}, {@code assess-criterion},
 * {@code add-milestone}, {@code update-milestone}, {@code add-objective}, {@code add-success-metric},
 * {@code set-calendar}, {@code change-target-close}, {@code share-plan}, {@code sign-off-plan}, {@code close-plan},
 * {@code record-measurement}, {@code reopen-plan}; and the events {@code change-applied}, {@code sign-offs-went-stale},
 * {@code plan-agreed}. For example
 * {@code {"type": "reschedule-commitment", "commitment": "security-review", "due": "2027-03-26"}}.
 *
 * <p><b>Versions.</b> This library writes version {@value io.github.mutualplan.json.PlanJson#FORMAT_VERSION}
 * and reads every version up to it; a document of a newer version fails with a message that says so. Version 2
 * added a plan's {@code buyerCalendar} and {@code sellerCalendar} (calendar names, {@code "weekdays"} when
 * missing, as in every version-1 document) and the {@code set-calendar} change. Version 3 made a closure's and a
 * {@code close-plan} change's {@code reason} a close reason ({@code {"key": "competitor", "outcome":
 * "CLOSED_LOST"}}) beside an optional free-text {@code note}, and added a success metric's {@code measurements},
 * the {@code record-measurement} change, and a commitment's and a {@code start-commitment} change's optional
 * {@code startedOn} (the day work on it started, an ISO date). A version-2 {@code reason} was a free text: it is read as the
 * {@code note} of the reason {@code other} of the plan's status (of the change's {@code outcome}), never lost
 * and never null; a closure read alone (not in a plan) needs the version-3 form. Keys
 * may come in any order (a database may sort them); a type that does not come first costs a copy of its
 * object, and problems inside it are placed at the object's start.
 */
@NullMarked
package io.github.mutualplan.json;

import org.jspecify.annotations.NullMarked;
