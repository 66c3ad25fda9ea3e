package io.github.mutualplan.render;

import com.google.common.collect.ImmutableList;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduledCommitment;
import io.github.mutualplan.schedule.Scheduler;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every document of a plan shows, whatever its format: the plan as its audience sees it, a row per
 * commitment with its scheduled dates, a row per milestone with its projected date, the people, and the labels
 * of the document's language. Every built-in format is written from it, and so can a format of your own:
 * give a {@link DocumentWriter} to {@link PlanRenderer#of(RenderOptions, DocumentWriter)}, or make the document
 * yourself. Immutable; its lists cannot be changed.
 *
 * <pre>{@code
 * PlanDocument doc = PlanDocument.of(plan, Optional.of(LocalDate.of(2027, 3, 1)), RenderOptions.defaults());
 * for (PlanDocument.CommitmentRow row : doc.rows(Side.BUYER)) {    // the buyer's pledges, shared ones only
 *   System.out.println(row.commitment().title() + ", " + doc.label(row.status())
 *       + row.finish().map(day -> ", " + doc.label("column.finish") + " " + day).orElse("")
 *       + (row.late() ? " (late)" : ""));
 * }
 * }</pre>
 *
 * <p>For the {@linkplain Audience#BUYER buyer} the document holds only what
 * {@link MutualActionPlan#buyerView()} holds: no internal commitment, milestone or criterion is in
 * {@link #plan()}, {@link #rows()} or {@link #milestones()}. The dates are the whole plan's schedule, internal
 * commitments included, so that the buyer's document shows the same dates as the seller's: an internal step
 * takes time whether the buyer sees it or not.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class PlanDocument {
  private final MutualActionPlan plan;
  private final Schedule schedule;
  private final RenderOptions options;
  private final Labels labels;
  private final Formats formats;
  private final ImmutableList<CommitmentRow> rows;
  private final ImmutableList<MilestoneRow> milestones;
  private final ImmutableList<TimelineGroup> timeline;

  private PlanDocument(MutualActionPlan plan, Schedule schedule, RenderOptions options) {
    this.plan = plan;
    this.schedule = schedule;
    this.options = options;
    this.labels = Labels.of(options.locale());
    this.formats = Formats.localized(options.locale());
    ImmutableList.Builder<CommitmentRow> commitmentRows = ImmutableList.builderWithExpectedSize(
        plan.commitments().size());
    for (Commitment c : plan.commitments()) {
      commitmentRows.add(new CommitmentRow(c, c.accountable().map(this::name), schedule.commitment(c.id())));
    }
    this.rows = commitmentRows.build();
    ImmutableList.Builder<MilestoneRow> milestoneRows = ImmutableList.builderWithExpectedSize(
        plan.milestones().size());
    for (Milestone m : plan.milestones()) {
      LocalDate projected = m.closing() ? schedule.projectedClose()
          : schedule.milestoneDate(m.id()).orElse(m.targetDate());
      milestoneRows.add(new MilestoneRow(m, m.accountable().map(this::name), projected));
    }
    this.milestones = milestoneRows.build();
    this.timeline = timeline(rows, milestones);
  }

  /**
   * The document of a plan, as planned or as of a day, for the options' audience and in their language, with
   * the dates of the plan's schedule on the options' calendars.
   *
   * <pre>{@code
   * PlanDocument forTheTeam = PlanDocument.of(plan, Optional.empty(),
   *     RenderOptions.defaults().withAudience(Audience.INTERNAL).withLocale(new Locale("ru")));
   * }</pre>
   *
   * @param plan the plan
   * @param asOf the day to schedule the plan as of (done commitments at their completion dates, nothing left to
   *     do before it), or empty for the plan as planned
   * @param options for whom, in which language, on which calendars
   * @return the document
   * @throws IllegalStateException for a closing plan and the {@linkplain Audience#BUYER buyer}, who never sees one
   * @throws IllegalArgumentException if the day is outside the years of {@link io.github.mutualplan.PlanLimits}
   * @throws io.github.mutualplan.ScheduleException if the plan cannot be scheduled, for example because
   *     it names a calendar the options' registry does not know
   */
  public static PlanDocument of(MutualActionPlan plan, Optional<LocalDate> asOf, RenderOptions options) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(options, "options");
    if (options.audience() == Audience.BUYER && plan.kind() != PlanKind.MUTUAL_ACTION_PLAN) {
      throw new IllegalStateException("plan '" + plan.id() + "' is a closing plan, which the buyer never sees:"
          + " render it for Audience.INTERNAL, or share it first");
    }
    Scheduler scheduler = Scheduler.of(options.scheduleOptions());
    Schedule schedule = asOf.isPresent() ? scheduler.schedule(plan, asOf.get()) : scheduler.schedule(plan);
    MutualActionPlan view = options.audience() == Audience.BUYER ? plan.buyerView() : plan;
    return new PlanDocument(view, schedule, options);
  }

  /**
   * The plan as the audience sees it: for the buyer, {@link MutualActionPlan#buyerView()}; for the seller's
   * team, the whole plan. Its deal, objectives, people ({@code stakeholders()}), criteria, metrics and
   * sign-offs are the document's.
   */
  public MutualActionPlan plan() {
    return plan;
  }

  /** Who the document is for. */
  public Audience audience() {
    return options.audience();
  }

  /**
   * The locale given in the options. The labels are in its language when the library has it (English and Russian
   * today), else in English.
   */
  public Locale locale() {
    return options.locale();
  }

  /** The day the document is made as of, or empty for the plan as planned. */
  public Optional<LocalDate> asOf() {
    return schedule.asOf();
  }

  /** The day the plan is projected to close, as scheduled. */
  public LocalDate projectedClose() {
    return schedule.projectedClose();
  }

  /**
   * When the document is made: {@link RenderOptions#generatedAt()}, or else the plan's start at midnight UTC,
   * so that the same plan always gives the same document.
   */
  public Instant generatedAt() {
    return options.generatedAt().orElseGet(() -> plan.start().atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** A row per commitment the audience sees, in the plan's order; cancelled ones have no dates. */
  public List<CommitmentRow> rows() {
    return rows;
  }

  /**
   * The rows of the commitments one side owes, in the plan's order.
   *
   * @param side the side
   * @return its rows
   */
  public List<CommitmentRow> rows(Side side) {
    Objects.requireNonNull(side, "side");
    return rows.stream().filter(r -> r.side() == side).collect(ImmutableList.toImmutableList());
  }

  /** A row per milestone the audience sees, in the plan's order. */
  public List<MilestoneRow> milestones() {
    return milestones;
  }

  /**
   * The scheduled commitments grouped by the milestone they lead to, in time order, as the documents' charts draw
   * them: each milestone's group holds the commitments tied to it and every commitment they wait for, directly or
   * through others, that no earlier milestone's group holds (the stage of the plan that leads to it); the
   * commitments that lead to no milestone the audience sees are a last group without one. Groups come by their
   * first day, then their milestone's projected date, then the plan's order; rows within a group by start, then
   * finish, then the plan's order. Cancelled commitments, which have no dates, are left out.
   *
   * @return the groups; a milestone's group may be empty
   */
  public List<TimelineGroup> timeline() {
    return timeline;
  }

  /**
   * A person's name.
   *
   * @param person the person
   * @return their name, or the key when the plan has no such person
   */
  public String name(StakeholderId person) {
    Objects.requireNonNull(person, "person");
    return plan.stakeholder(person).map(Stakeholder::name).orElse(person.key());
  }

  /**
   * The name of a side's organisation.
   *
   * @param side the side
   * @return the buyer's or the seller's organisation
   */
  public String organization(Side side) {
    Objects.requireNonNull(side, "side");
    return side == Side.BUYER ? plan.buyerOrganization() : plan.sellerOrganization();
  }

  /**
   * A label in the document's language, such as {@code column.owner} ("Owner"). The keys are those of
   * {@code labels_en.properties} beside this class: {@code fact.*}, {@code section.*}, {@code column.*},
   * {@code type.*}, {@code value.*} and {@code text.*}.
   *
   * @param key the label's key
   * @return the label
   * @throws IllegalStateException if there is no label with that key
   */
  public String label(String key) {
    return labels.get(Objects.requireNonNull(key, "key"));
  }

  /**
   * A label with its {@code {0}} to {@code {9}} replaced by the arguments, as given, in one pass: for example
   * {@code label("text.scheduled", "2027-03-01", "2027-03-05")} is "Scheduled: 2027-03-01 to 2027-03-05".
   *
   * @param key the label's key, as for {@link #label(String)}
   * @param arguments what replaces {@code {0}}, {@code {1}} and so on
   * @return the label
   * @throws IllegalStateException if there is no label with that key
   */
  public String label(String key, String... arguments) {
    Objects.requireNonNull(key, "key");
    for (String argument : Objects.requireNonNull(arguments, "arguments")) {
      Objects.requireNonNull(argument, "arguments");
    }
    return labels.format(key, arguments);
  }

  /**
   * A day as the document's locale writes it, as the HTML and PDF documents show dates: {@code Jul 12, 2027} in
   * English, {@code 12 июл. 2027 г.} in Russian.
   *
   * @param day the day
   * @return the day, written
   */
  public String date(LocalDate day) {
    return formats.date(Objects.requireNonNull(day, "day"));
  }

  /**
   * The month of a day as the document's locale writes it, as a chart's axis shows months: {@code Jul 2027}.
   *
   * @param day a day of the month
   * @return the month, written
   */
  public String month(LocalDate day) {
    return formats.month(Objects.requireNonNull(day, "day"));
  }

  /**
   * An amount in its currency as the document's locale writes it: {@code $480,000.00} in English,
   * {@code 480 000,00 $} in Russian.
   *
   * @param amount the amount
   * @return the amount, written
   */
  public String money(Money amount) {
    return formats.money(Objects.requireNonNull(amount, "amount"));
  }

  /**
   * The label of a value of the model: a {@link Side}, {@link CommitmentStatus},
   * {@link io.github.mutualplan.PlanStatus}, {@link PlanKind}, {@link io.github.mutualplan.Standing},
   * {@link io.github.mutualplan.CriterionCategory} or {@link io.github.mutualplan.Visibility}.
   *
   * @param value the value
   * @return its label, such as "In progress"
   * @throws IllegalStateException for a value of another type
   */
  public String label(Enum<?> value) {
    return labels.of(Objects.requireNonNull(value, "value"));
  }

  /**
   * The label of a role.
   *
   * @param role the role
   * @return the label of a standard role, such as "Economic buyer", or the key of any other
   */
  public String label(Role role) {
    return labels.of(Objects.requireNonNull(role, "role"));
  }

  /** The schedule the dates are from: the whole plan's, internal commitments included. */
  Schedule schedule() {
    return schedule;
  }

  /** The options the document was made with. */
  RenderOptions options() {
    return options;
  }

  /** How the document writes dates, money and numbers: as its locale does. */
  Formats formats() {
    return formats;
  }

  /** The language the labels are in, such as {@code en} or {@code ru}. */
  String language() {
    return labels.language();
  }

  /** An ISO date, {@code 2027-06-30}, as the formats that programs read back write dates. */
  static String isoDate(LocalDate date) {
    return date.toString();
  }

  private static ImmutableList<TimelineGroup> timeline(List<CommitmentRow> rows, List<MilestoneRow> milestones) {
    Map<CommitmentId, CommitmentRow> byId = new LinkedHashMap<>();
    Map<CommitmentRow, Integer> position = new HashMap<>();
    for (CommitmentRow c : rows) {
      byId.put(c.commitment().id(), c);
      position.put(c, position.size());
    }
    List<MilestoneRow> inTimeOrder = new ArrayList<>(milestones);
    inTimeOrder.sort(Comparator.comparing(MilestoneRow::projected)); // stable: the plan's order on a tie
    Set<CommitmentId> placed = new HashSet<>();
    Map<MilestoneId, List<CommitmentRow>> byMilestone = new HashMap<>();
    for (MilestoneRow m : inTimeOrder) {
      List<CommitmentRow> group = new ArrayList<>();
      Deque<CommitmentId> todo = new ArrayDeque<>();
      for (CommitmentRow c : rows) {
        if (c.commitment().milestone().equals(Optional.of(m.milestone().id()))) {
          todo.add(c.commitment().id());
        }
      }
      while (!todo.isEmpty()) {
        CommitmentRow c = byId.get(todo.poll());
        if (c != null && placed.add(c.commitment().id())) {
          group.add(c);
          todo.addAll(c.commitment().dependsOn());
        }
      }
      byMilestone.put(m.milestone().id(), group);
    }
    Comparator<CommitmentRow> inTime = Comparator.comparing((CommitmentRow c) -> c.start().get())
        .thenComparing(c -> c.finish().get()).thenComparing(position::get);
    List<TimelineGroup> groups = new ArrayList<>();
    for (MilestoneRow m : milestones) {
      List<CommitmentRow> group = Objects.requireNonNull(byMilestone.get(m.milestone().id()), "every milestone");
      group.removeIf(c -> c.start().isEmpty()); // cancelled: no dates
      group.sort(inTime);
      groups.add(new TimelineGroup(Optional.of(m), group));
    }
    List<CommitmentRow> other = rows.stream()
        .filter(c -> !placed.contains(c.commitment().id()) && c.start().isPresent()).sorted(inTime)
        .collect(Collectors.toList());
    if (!other.isEmpty()) {
      groups.add(new TimelineGroup(Optional.empty(), other));
    }
    Map<TimelineGroup, Integer> order = new HashMap<>();
    groups.forEach(g -> order.put(g, order.size()));
    groups.sort(Comparator.comparing(TimelineGroup::first)
        .thenComparing(g -> g.milestone().map(MilestoneRow::projected).orElse(LocalDate.MAX))
        .thenComparing(order::get));
    return ImmutableList.copyOf(groups);
  }

  /** Returns the plan, the audience, the language and the day, not the whole content. */
  @Override
  public String toString() {
    return "PlanDocument{" + plan + ", " + audience() + ", " + locale() + asOf().map(d -> ", as of " + d).orElse("")
        + "}";
  }

  /**
   * The commitments that lead to a milestone, or to none, as {@link #timeline()} groups them.
   *
   * @param milestone the milestone, or empty for the commitments that lead to none
   * @param rows the commitments, in time order
   */
  public record TimelineGroup(Optional<MilestoneRow> milestone, List<CommitmentRow> rows) {
    /** Keeps an unmodifiable copy of the rows. */
    public TimelineGroup {
      Objects.requireNonNull(milestone, "milestone");
      rows = List.copyOf(rows);
    }

    /** The group's first day: its first commitment's start, or its milestone's projected date. */
    LocalDate first() {
      return rows.isEmpty() ? milestone.map(MilestoneRow::projected).orElse(LocalDate.MAX) : rows.get(0).start().get();
    }
  }

  /**
   * A commitment of the document with its scheduled dates. Immutable.
   *
   * <pre>{@code
   * doc.rows().stream().filter(PlanDocument.CommitmentRow::late)
   *     .forEach(row -> System.out.println(row.commitment().title() + " finishes " + row.finish().get()
   *         + ", due " + row.due().get()));
   * }</pre>
   */
  public static final class CommitmentRow {
    private final Commitment commitment;
    private final Optional<String> owner;
    private final Optional<ScheduledCommitment> dates;

    CommitmentRow(Commitment commitment, Optional<String> owner, Optional<ScheduledCommitment> dates) {
      this.commitment = commitment;
      this.owner = owner;
      this.dates = dates;
    }

    /** The commitment, with its key, title, deliverable, dependencies and the rest. */
    public Commitment commitment() {
      return commitment;
    }

    /** The side that owes it. */
    public Side side() {
      return commitment.owingSide();
    }

    /** The name of the person accountable for it, if one is named. */
    public Optional<String> owner() {
      return owner;
    }

    /** The first day it is scheduled on; empty when it is cancelled. */
    public Optional<LocalDate> start() {
      return dates.map(ScheduledCommitment::earlyStart);
    }

    /** The last day it is scheduled on; empty when it is cancelled. */
    public Optional<LocalDate> finish() {
      return dates.map(ScheduledCommitment::earlyFinish);
    }

    /** The day it is due, if it has one. */
    public Optional<LocalDate> due() {
      return commitment.due();
    }

    /** Its dates as scheduled, with its slack; empty when it is cancelled. */
    Optional<ScheduledCommitment> scheduled() {
      return dates;
    }

    /** Where it stands. */
    public CommitmentStatus status() {
      return commitment.status();
    }

    /** Whether it is on the critical path, so that the close moves when it does. */
    public boolean critical() {
      return dates.map(ScheduledCommitment::critical).orElse(false);
    }

    /**
     * Whether it is scheduled to finish after its due date, as the schedule's
     * {@link io.github.mutualplan.schedule.ScheduleConflict.Kind#DUE_DATE_MISSED} says: as of a day, an open
     * commitment due before it is late.
     */
    public boolean late() {
      return due().isPresent() && finish().isPresent() && finish().get().isAfter(due().get());
    }

    /** Returns, for example, {@code security-review: 2027-02-01 to 2027-02-12, due 2027-02-10, late}. */
    @Override
    public String toString() {
      return commitment.id().key() + ": " + start().map(s -> s + " to " + finish().get()).orElse("not scheduled")
          + due().map(d -> ", due " + d).orElse("") + (critical() ? ", critical" : "") + (late() ? ", late" : "");
    }
  }

  /**
   * A milestone of the document with its projected date. Immutable.
   *
   * <pre>{@code
   * for (PlanDocument.MilestoneRow row : doc.milestones()) {
   *   System.out.println(row.milestone().name() + ": " + row.projected() + (row.late() ? ", late" : ""));
   * }
   * }</pre>
   */
  public static final class MilestoneRow {
    private final Milestone milestone;
    private final Optional<String> owner;
    private final LocalDate projected;

    MilestoneRow(Milestone milestone, Optional<String> owner, LocalDate projected) {
      this.milestone = milestone;
      this.owner = owner;
      this.projected = projected;
    }

    /** The milestone, with its key, name, exit criteria and the rest. */
    public Milestone milestone() {
      return milestone;
    }

    /** The name of the person accountable for reaching it, if one is named. */
    public Optional<String> owner() {
      return owner;
    }

    /** The day both sides aim to reach it by. */
    public LocalDate target() {
      return milestone.targetDate();
    }

    /**
     * The day it is projected to be reached: for the closing milestone the projected close, for another the
     * latest finish of its commitments, or its target date when no commitment leads to it.
     */
    public LocalDate projected() {
      return projected;
    }

    /** Whether it is the closing milestone, whose date is the projected close. */
    public boolean closing() {
      return milestone.closing();
    }

    /** Whether it is projected after its target date. */
    public boolean late() {
      return projected.isAfter(target());
    }

    /** Returns, for example, {@code contract-signed: target 2027-06-30, projected 2027-07-02, late}. */
    @Override
    public String toString() {
      return milestone.id().key() + ": target " + target() + ", projected " + projected + (late() ? ", late" : "");
    }
  }
}
