package io.github.mutualplan.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.mutualplan.CalendarId;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.Deal;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.calendar.CalendarRegistry;
import io.github.mutualplan.calendar.WorkCalendar;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.ScheduledCommitment;
import io.github.mutualplan.schedule.Scheduler;
import io.github.mutualplan.template.testing.TemplateSamplers;
import io.github.mutualplan.testing.Draw;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Templates, rules and instantiation, as properties over generated templates, profiles, people and dates. */
class TemplatePropertiesTest {
  @Test
  void aTemplateWrittenAsYamlOrJsonReadsBackEqual() {
    qt().forAll(Gens.of(TemplateSamplers.templates(25))).checkAssert(template -> {
      for (TemplateFiles.Format format : TemplateFiles.Format.values()) {
        String text = TemplateFiles.write(template, format);
        assertThat(TemplateFiles.readTemplate(text, "template." + format, format)).isEqualTo(template);
      }
    });
  }

  @Test
  void rulesWrittenAsYamlReadBackEqual() {
    Gen<List<RuleDefinition>> rules = in -> TemplateSamplers.rulesFor(Gens.draw(in),
        TemplateSamplers.templates(10).sample(Gens.draw(in)));
    qt().forAll(rules).checkAssert(list -> assertThat(TemplateFiles.readRules(
        TemplateFiles.writeRules(list, TemplateFiles.Format.YAML), "rules.yaml", TemplateFiles.Format.YAML))
        .isEqualTo(list));
  }

  /** A template, a profile, rules that fit the template, people, calendars and an anchor. */
  static Gen<InstantiationRequest> requests() {
    return in -> {
      Draw d = Gens.draw(in);
      PlanTemplate template = TemplateSamplers.templates(25).sample(Gens.draw(in));
      CustomerProfile profile = TemplateSamplers.profiles().sample(Gens.draw(in));
      List<Stakeholder> people = TemplateSamplers.people(d);
      LocalDate start = LocalDate.of(2026, 1, 1).plusDays(d.between(0, 3650));
      Anchor anchor = d.chance(50) ? Anchor.startOn(start) : Anchor.closeBy(start.plusDays(d.between(0, 400)), start);
      WorkCalendar fourDays =
          WorkCalendar.of(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of());
      Optional<StakeholderId> coOwner = people.stream().filter(p -> p.side() == Side.BUYER).map(Stakeholder::id)
          .findFirst().filter(id -> d.chance(70));
      return InstantiationRequest.builder()
          .template(template)
          .rules(TemplateSamplers.rulesFor(d, template))
          .profile(profile)
          .planId(PlanId.of("plan-" + d.between(0, 999)))
          .deal(Deal.of("Account " + d.between(0, 99), profile.dealSize()))
          .sellerOrganization("Acme")
          .people(people)
          .sellerOwner(StakeholderId.of("seller-owner"))
          .buyerCoOwner(coOwner)
          .anchor(anchor)
          .calendars(CalendarRegistry.standard().with(FOUR_DAYS, fourDays))
          .buyerCalendar(d.chance(50) ? FOUR_DAYS : CalendarId.WEEKDAYS)
          .sellerCalendar(d.chance(50) ? CalendarId.EVERY_DAY : CalendarId.WEEKDAYS)
          .zone(ZoneId.of("UTC"))
          .createdAt(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(d.between(0, 1_000_000)))
          .build();
    };
  }

  /** A company calendar of the generated requests: Monday to Thursday. */
  static final CalendarId FOUR_DAYS = CalendarId.of("acme.four-days");

  /** A scheduler of the plan a request made, on the calendars the plan names, resolved as the request did. */
  static Scheduler scheduler(InstantiationRequest request) {
    return Scheduler.of(ScheduleOptions.defaults().withRegistry(request.calendars()));
  }

  @Test
  void anyValidTemplateUnderAnyProfileAtAnyDateGivesAValidFullyDatedPlan() {
    qt().withExamples(500).forAll(requests()).checkAssert(request -> {
      Instantiation made = TemplateInstantiator.standard().instantiate(request);
      MutualActionPlan plan = made.plan();

      assertThat(plan.commitments()).hasSameSizeAs(made.tailoredTemplate().steps());
      for (Commitment c : plan.commitments()) {
        assertThat(c.start()).as("%s starts", c.id()).isPresent();
        assertThat(c.due().get()).isAfterOrEqualTo(c.start().get());
        assertThat(c.start().get()).isAfterOrEqualTo(plan.start());
        assertThat(c.accountable()).isPresent();
      }
      assertThat(plan.start()).isAfterOrEqualTo(request.anchor().start());
      assertThat(plan.milestones()).hasSameSizeAs(made.tailoredTemplate().milestones());
      assertThat(plan.provenance().get().templateId()).isEqualTo(request.template().id());
      assertThat(List.of(plan.buyerCalendar(), plan.sellerCalendar()))
          .containsExactly(request.buyerCalendar(), request.sellerCalendar());
      assertThat(plan.provenance().get().rules()).isEqualTo(made.appliedRules());
      assertThat(TemplateInstantiator.standard().instantiate(request)).as("the same request, the same plan")
          .isEqualTo(made);
    });
  }

  @Test
  void aBackwardPlanMeetsItsTargetCloseWheneverItCanAndSaysByHowMuchWhenItCannot() {
    qt().withExamples(500).forAll(requests().map(r -> r.anchor().isBackward() ? r
        : r.withAnchor(Anchor.closeBy(r.anchor().start().plusDays(120), r.anchor().start()))))
        .checkAssert(request -> {
          Instantiation made = TemplateInstantiator.standard().instantiate(request);
          MutualActionPlan plan = made.plan();
          Schedule schedule = scheduler(request).schedule(plan);
          LocalDate target = request.anchor().targetClose().get();

          assertThat(plan.targetClose()).isEqualTo(target);
          if (made.shortfallDays().isEmpty()) {
            assertThat(schedule.projectedClose()).isBeforeOrEqualTo(target);
            assertThat(schedule.targetReachable()).isTrue();
          } else {
            assertThat(made.shortfallDays().getAsInt()).isPositive().isEqualTo(-schedule.closeSlack());
            assertThat(plan.start()).isEqualTo(request.anchor().start());
          }
        });
  }

  @Test
  void aForwardPlanClosesOnItsProjectedCloseWithEveryMilestoneOnItsStepsLastDay() {
    qt().withExamples(300).forAll(requests().map(r -> r.withAnchor(Anchor.startOn(r.anchor().start()))))
        .checkAssert(request -> {
          MutualActionPlan plan = TemplateInstantiator.standard().instantiate(request).plan();
          Schedule schedule = scheduler(request).schedule(plan);

          assertThat(plan.start()).isEqualTo(request.anchor().start());
          assertThat(plan.targetClose()).isEqualTo(schedule.projectedClose());
          for (Milestone m : plan.milestones()) {
            assertThat(schedule.milestoneDate(m.id())).contains(m.targetDate());
          }
          assertThat(schedule.conflicts()).isEmpty();
        });
  }

  /**
   * An instantiated plan dates every commitment with the schedule (due on its early finish), and an agreed date
   * is one to finish no earlier than: scheduled again, forward or backward, every commitment keeps its dates and
   * nothing is missed.
   */
  @Test
  void anInstantiatedPlanSchedulesEveryCommitmentOnItsOwnDates() {
    qt().withExamples(300).forAll(requests()).checkAssert(request -> {
      MutualActionPlan plan = TemplateInstantiator.standard().instantiate(request).plan();

      Schedule schedule = scheduler(request).schedule(plan);

      for (Commitment c : plan.commitments()) {
        ScheduledCommitment s = schedule.commitment(c.id()).get();
        assertThat(s.earlyStart()).as("%s starts", c.id()).isEqualTo(c.start().get());
        assertThat(s.earlyFinish()).as("%s finishes", c.id()).isEqualTo(c.due().get());
      }
      assertThat(schedule.conflicts()).isEmpty();
    });
  }
}
