package io.github.mutualplan.template;

import com.google.common.collect.ImmutableMap;
import io.github.mutualplan.ComplianceRegime;
import io.github.mutualplan.CriterionCategory;
import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Visibility;
import java.math.BigDecimal;
import java.util.List;

/**
 * The built-in catalogue, compiled from its YAML files (standard-b2b.yaml, startup-fast-track.yaml, smb-velocity.yaml,
 * enterprise-procurement.yaml, public-sector.yaml, healthcare-provider.yaml, rules.yaml in {@code catalogue/}, in the
 * order of {@code index.yaml}) by {@code BuiltInCatalogueWriter}, in the tests: every template and rule as the builder
 * calls that make it, validated as they are built, so that {@link Catalogue#builtIn()} reads and parses no file. Do not
 * edit it: edit the YAML files and write it again (see {@code CATALOGUE.md}); {@code BuiltInCatalogueTest} checks that
 * it makes what reading the files makes.
 */
final class BuiltInCatalogue {
  private BuiltInCatalogue() {}

  /** The templates, in the order of the index. */
  static List<PlanTemplate> templates() {
    return List.of(
        standardB2bTemplate(),
        startupFastTrackTemplate(),
        smbVelocityTemplate(),
        enterpriseProcurementTemplate(),
        publicSectorTemplate(),
        healthcareProviderTemplate());
  }

  /** The rules, file by file in the order of the index. */
  static List<RuleDefinition> rules() {
    return List.of(
        hipaaRule(),
        gdprRule(),
        soc2Rule(),
        formalProcurementRule(),
        dealSizeRule(),
        manyDecisionMakersRule(),
        smallHealthcarePracticeRule());
  }

  /** {@code standard-b2b.yaml}. */
  private static PlanTemplate standardB2bTemplate() {
    return PlanTemplate.builder()
        .id("standard-b2b")
        .version("1.0")
        .name(LocalizedText.of(ImmutableMap.of("en", "Standard B2B deal", "ru", "Стандартная B2B-сделка")))
        .description(LocalizedText.of(ImmutableMap.of(
            "en",
            "The team's standard plan for a mid-market deal: discovery, demo and evaluation, verbal agreement, "
                + "proposal and contract, reviews and negotiation, signature and hand-off to onboarding. Runs about "
                + "five months.",
            "ru",
            "Стандартный план команды для сделки со средним бизнесом: выявление потребностей, демонстрация и "
                + "оценка, устное согласие, предложение и договор, проверки и переговоры, подписание и передача во "
                + "внедрение. Около пяти месяцев.")))
        .requiredRoles(List.of(
            Role.CHAMPION,
            Role.ECONOMIC_BUYER,
            Role.TECHNICAL_EVALUATOR,
            Role.SECURITY,
            Role.LEGAL,
            Role.ACCOUNT_EXECUTIVE,
            Role.SALES_ENGINEER,
            Role.CUSTOMER_SUCCESS))
        .stages(List.of(
            StageTemplate.builder()
                .key("discovery")
                .name(LocalizedText.of(ImmutableMap.of("en", "Discovery", "ru", "Выявление потребностей")))
                .defaultDurationDays(10)
                .build(),
            StageTemplate.builder()
                .key("evaluation")
                .name(LocalizedText.of(ImmutableMap.of("en", "Evaluation", "ru", "Оценка решения")))
                .defaultDurationDays(10)
                .build(),
            StageTemplate.builder()
                .key("negotiation")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Proposal and negotiation",
                    "ru", "Предложение и переговоры")))
                .defaultDurationDays(10)
                .build(),
            StageTemplate.builder()
                .key("closing")
                .name(LocalizedText.of(ImmutableMap.of("en", "Closing", "ru", "Закрытие сделки")))
                .defaultDurationDays(5)
                .build(),
            StageTemplate.builder()
                .key("onboarding")
                .name(LocalizedText.of(ImmutableMap.of("en", "Onboarding", "ru", "Внедрение")))
                .defaultDurationDays(10)
                .build()))
        .milestones(List.of(
            MilestoneTemplate.builder()
                .key("demo-completed")
                .name(LocalizedText.of(ImmutableMap.of("en", "Demo completed", "ru", "Демонстрация проведена")))
                .exitCriteria(List.of(
                    LocalizedText.of(ImmutableMap.of(
                        "en", "The buyer's key scenarios were shown",
                        "ru", "Показаны ключевые сценарии клиента")),
                    LocalizedText.of(ImmutableMap.of(
                        "en", "The buying team agreed on the next steps",
                        "ru", "Команда клиента согласовала следующие шаги"))))
                .closing(false)
                .visibility(Visibility.SHARED)
                .build(),
            MilestoneTemplate.builder()
                .key("verbal-agreement")
                .name(LocalizedText.of(ImmutableMap.of("en", "Verbal agreement", "ru", "Устное согласие")))
                .exitCriteria(List.of(
                    LocalizedText.of(ImmutableMap.of(
                        "en", "The economic buyer confirmed the intent to buy",
                        "ru", "Владелец бюджета подтвердил намерение купить")),
                    LocalizedText.of(ImmutableMap.of(
                        "en", "The decision criteria are met or accepted",
                        "ru", "Критерии принятия решения выполнены или приняты"))))
                .closing(false)
                .visibility(Visibility.SHARED)
                .build(),
            MilestoneTemplate.builder()
                .key("security-approved")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Security review passed",
                    "ru", "Проверка безопасности пройдена")))
                .exitCriteria(List.of(LocalizedText.of(ImmutableMap.of(
                    "en", "The security team signed off",
                    "ru", "Служба ИБ дала положительное заключение"))))
                .closing(false)
                .visibility(Visibility.SHARED)
                .build(),
            MilestoneTemplate.builder()
                .key("contract-signed")
                .name(LocalizedText.of(ImmutableMap.of("en", "Contract signed", "ru", "Договор подписан")))
                .exitCriteria(List.of(
                    LocalizedText.of(ImmutableMap.of(
                        "en", "Both sides signed the contract",
                        "ru", "Договор подписан обеими сторонами")),
                    LocalizedText.of(ImmutableMap.of(
                        "en", "The deal is marked closed-won in the CRM",
                        "ru", "Сделка отмечена в CRM как выигранная"))))
                .closing(true)
                .visibility(Visibility.SHARED)
                .build(),
            MilestoneTemplate.builder()
                .key("go-live")
                .name(LocalizedText.of(ImmutableMap.of("en", "Go-live", "ru", "Запуск в эксплуатацию")))
                .exitCriteria(List.of(
                    LocalizedText.of(ImmutableMap.of(
                        "en", "Users work in the product",
                        "ru", "Пользователи работают в системе")),
                    LocalizedText.of(ImmutableMap.of(
                        "en", "The baselines of the success metrics are recorded",
                        "ru", "Зафиксированы исходные значения метрик успеха"))))
                .closing(false)
                .visibility(Visibility.SHARED)
                .build()))
        .steps(List.of(
            StepTemplate.builder()
                .key("discovery-workshop")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Discovery workshop",
                    "ru", "Встреча по выявлению потребностей")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Summary of goals, requirements and decision process",
                    "ru", "Резюме целей, требований и порядка принятия решения")))
                .side(Side.SELLER)
                .ownerRole(Role.ACCOUNT_EXECUTIVE)
                .durationDays(10)
                .estimate(DurationEstimate.of(5, 10, 15))
                .stage("discovery")
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("requirements-shared")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Share requirements and baseline data",
                    "ru", "Предоставить требования и исходные данные")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Requirements list and current-process figures",
                    "ru", "Список требований и показатели текущего процесса")))
                .side(Side.BUYER)
                .ownerRole(Role.CHAMPION)
                .estimate(DurationEstimate.of(5, 10, 20))
                .dependsOn(List.of("discovery-workshop"))
                .stage("discovery")
                .tags(List.of("technical"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("solution-demo")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Demo on the buyer's scenarios",
                    "ru", "Демонстрация на сценариях клиента")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Demo recording and answers to open questions",
                    "ru", "Запись демонстрации и ответы на открытые вопросы")))
                .side(Side.SELLER)
                .ownerRole(Role.SALES_ENGINEER)
                .durationDays(5)
                .estimate(DurationEstimate.of(3, 5, 10))
                .dependsOn(List.of("requirements-shared"))
                .milestone("demo-completed")
                .stage("evaluation")
                .tags(List.of("technical"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("technical-evaluation")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Technical evaluation",
                    "ru", "Техническая оценка решения")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Evaluation results against the requirements",
                    "ru", "Результаты оценки по списку требований")))
                .side(Side.BUYER)
                .ownerRole(Role.TECHNICAL_EVALUATOR)
                .durationDays(25)
                .estimate(DurationEstimate.of(15, 25, 40))
                .dependsOn(List.of("solution-demo"))
                .stage("evaluation")
                .tags(List.of("technical"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("business-case")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Build the business case",
                    "ru", "Подготовить экономическое обоснование")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Business case with an ROI agreed with the seller",
                    "ru", "Обоснование с расчётом ROI, согласованным с продавцом")))
                .side(Side.BUYER)
                .ownerRole(Role.CHAMPION)
                .estimate(DurationEstimate.of(5, 10, 20))
                .dependsOn(List.of("technical-evaluation"))
                .stage("evaluation")
                .tags(List.of("commercial"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("vendor-selection")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Confirm the choice of vendor",
                    "ru", "Подтвердить выбор поставщика")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Verbal agreement to move to a contract",
                    "ru", "Устное согласие перейти к договору")))
                .side(Side.BUYER)
                .ownerRole(Role.ECONOMIC_BUYER)
                .durationDays(5)
                .estimate(DurationEstimate.of(3, 5, 10))
                .dependsOn(List.of("business-case"))
                .milestone("verbal-agreement")
                .stage("evaluation")
                .tags(List.of("commercial"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("proposal")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Send the proposal and contract",
                    "ru", "Направить коммерческое предложение и договор")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Proposal, order form and draft contract",
                    "ru", "КП, спецификация и проект договора")))
                .side(Side.SELLER)
                .ownerRole(Role.ACCOUNT_EXECUTIVE)
                .durationDays(5)
                .estimate(DurationEstimate.of(3, 5, 8))
                .dependsOn(List.of("vendor-selection"))
                .stage("negotiation")
                .tags(List.of("commercial"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("proposal-review")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Review the proposal and give feedback",
                    "ru", "Рассмотреть предложение и дать обратную связь")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Written feedback on price and scope",
                    "ru", "Письменные замечания по цене и объёму")))
                .side(Side.BUYER)
                .ownerRole(Role.ECONOMIC_BUYER)
                .estimate(DurationEstimate.of(5, 10, 15))
                .dependsOn(List.of("proposal"))
                .stage("negotiation")
                .tags(List.of("commercial"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("security-review")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Security review",
                    "ru", "Проверка информационной безопасности")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Security team sign-off",
                    "ru", "Заключение службы ИБ")))
                .side(Side.BUYER)
                .ownerRole(Role.SECURITY)
                .durationDays(15)
                .estimate(DurationEstimate.of(10, 15, 30))
                .dependsOn(List.of("proposal"))
                .milestone("security-approved")
                .stage("negotiation")
                .tags(List.of("security"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("contract-review")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Legal review of the contract",
                    "ru", "Юридическая экспертиза договора")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Redlines returned to the seller",
                    "ru", "Протокол разногласий передан продавцу")))
                .side(Side.BUYER)
                .ownerRole(Role.LEGAL)
                .durationDays(20)
                .estimate(DurationEstimate.of(10, 20, 35))
                .dependsOn(List.of("proposal"))
                .stage("negotiation")
                .tags(List.of("legal"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("negotiation")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Resolve objections and agree the final terms",
                    "ru", "Снять возражения и согласовать финальные условия")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Final contract version agreed by both sides",
                    "ru", "Финальная редакция договора согласована сторонами")))
                .side(Side.SELLER)
                .ownerRole(Role.ACCOUNT_EXECUTIVE)
                .estimate(DurationEstimate.of(5, 10, 20))
                .dependsOn(List.of("proposal-review", "security-review", "contract-review"))
                .stage("negotiation")
                .tags(List.of("commercial", "legal"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("budget-approval")
                .title(LocalizedText.of(ImmutableMap.of("en", "Approve the budget", "ru", "Утвердить бюджет")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Budget for the purchase approved",
                    "ru", "Бюджет на закупку утверждён")))
                .side(Side.BUYER)
                .ownerRole(Role.ECONOMIC_BUYER)
                .durationDays(10)
                .estimate(DurationEstimate.of(5, 10, 20))
                .dependsOn(List.of("business-case"))
                .stage("negotiation")
                .tags(List.of("commercial"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("contract-signature")
                .title(LocalizedText.of(ImmutableMap.of("en", "Sign the contract", "ru", "Подписать договор")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Contract signed by the authorised signatory",
                    "ru", "Договор подписан уполномоченным лицом")))
                .side(Side.BUYER)
                .ownerRole(Role.ECONOMIC_BUYER)
                .durationDays(5)
                .estimate(DurationEstimate.of(2, 5, 10))
                .dependsOn(List.of("negotiation", "budget-approval"))
                .milestone("contract-signed")
                .stage("closing")
                .tags(List.of("legal"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("kickoff-meeting")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Hand-off and kickoff meeting",
                    "ru", "Передача клиента и стартовая встреча")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Onboarding plan with dates and owners",
                    "ru", "План внедрения со сроками и ответственными")))
                .side(Side.SELLER)
                .ownerRole(Role.CUSTOMER_SUCCESS)
                .durationDays(5)
                .estimate(DurationEstimate.of(3, 5, 10))
                .dependsOn(List.of("contract-signature"))
                .stage("onboarding")
                .tags(List.of("onboarding"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("go-live-readiness")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Complete onboarding and go live",
                    "ru", "Завершить внедрение и запуститься")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Users trained and working in the product",
                    "ru", "Пользователи обучены и работают в системе")))
                .side(Side.BUYER)
                .ownerRole(Role.CHAMPION)
                .durationDays(20)
                .estimate(DurationEstimate.of(10, 20, 40))
                .dependsOn(List.of("kickoff-meeting"))
                .milestone("go-live")
                .stage("onboarding")
                .tags(List.of("onboarding"))
                .visibility(Visibility.SHARED)
                .build()))
        .criteria(List.of(
            CriterionTemplate.builder()
                .key("functional-fit")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Covers the required scenarios",
                    "ru", "Покрытие требуемых сценариев")))
                .category(CriterionCategory.FUNCTIONAL)
                .weight(30)
                .ownerRole(Role.CHAMPION)
                .build(),
            CriterionTemplate.builder()
                .key("integration")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Integration with current systems",
                    "ru", "Интеграция с текущими системами")))
                .category(CriterionCategory.TECHNICAL)
                .weight(20)
                .ownerRole(Role.TECHNICAL_EVALUATOR)
                .build(),
            CriterionTemplate.builder()
                .key("total-cost")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Total cost of ownership within budget",
                    "ru", "Совокупная стоимость владения в рамках бюджета")))
                .category(CriterionCategory.COMMERCIAL)
                .weight(25)
                .ownerRole(Role.ECONOMIC_BUYER)
                .build(),
            CriterionTemplate.builder()
                .key("time-to-value")
                .name(LocalizedText.of(ImmutableMap.of("en", "Time to value", "ru", "Срок получения результата")))
                .category(CriterionCategory.IMPLEMENTATION)
                .weight(15)
                .ownerRole(Role.CHAMPION)
                .build(),
            CriterionTemplate.builder()
                .key("data-security")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Data security requirements met",
                    "ru", "Соответствие требованиям к защите данных")))
                .category(CriterionCategory.COMPLIANCE)
                .weight(10)
                .ownerRole(Role.SECURITY)
                .build()))
        .objectives(List.of(
            ObjectiveTemplate.builder()
                .key("improve-productivity")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Raise the team's productivity",
                    "ru", "Повысить производительность команды")))
                .description(LocalizedText.of(ImmutableMap.of(
                    "en", "Less manual work in the process the product covers",
                    "ru", "Меньше ручной работы в процессе, который покрывает продукт")))
                .build(),
            ObjectiveTemplate.builder()
                .key("reduce-operating-cost")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Reduce operating cost",
                    "ru", "Снизить операционные затраты")))
                .build()))
        .metrics(List.of(
            MetricTemplate.builder()
                .key("hours-saved")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Hours saved per user per week",
                    "ru", "Сэкономленные часы на пользователя в неделю")))
                .unit(LocalizedText.of(ImmutableMap.of("en", "h", "ru", "ч")))
                .objective("improve-productivity")
                .measuredDaysAfterClose(90)
                .build(),
            MetricTemplate.builder()
                .key("user-adoption")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Share of licensed users active every week",
                    "ru", "Доля лицензий, используемых еженедельно")))
                .unit(LocalizedText.of(ImmutableMap.of("en", "%", "ru", "%")))
                .objective("improve-productivity")
                .measuredDaysAfterClose(90)
                .build(),
            MetricTemplate.builder()
                .key("cost-reduction")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Operating cost reduction",
                    "ru", "Снижение операционных затрат")))
                .unit(LocalizedText.of(ImmutableMap.of("en", "%", "ru", "%")))
                .objective("reduce-operating-cost")
                .measuredDaysAfterClose(180)
                .build(),
            MetricTemplate.builder()
                .key("roi")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Return on investment",
                    "ru", "Окупаемость инвестиций (ROI)")))
                .unit(LocalizedText.of(ImmutableMap.of("en", "%", "ru", "%")))
                .objective("reduce-operating-cost")
                .measuredDaysAfterClose(180)
                .build()))
        .build();
  }

  /** {@code startup-fast-track.yaml}. */
  private static PlanTemplate startupFastTrackTemplate() {
    return PlanTemplate.builder()
        .id("startup-fast-track")
        .version("1.0")
        .name(LocalizedText.of(ImmutableMap.of("en", "Startup fast track", "ru", "Ускоренная сделка со стартапом")))
        .description(LocalizedText.of(ImmutableMap.of(
            "en",
            "A short, intensive cycle for a startup whose small team decides quickly: a quick demo, a two-week trial, "
                + "a fast-track proposal review and a tight decision timeline. Runs about five weeks.",
            "ru",
            "Короткий интенсивный цикл для стартапа, небольшая команда которого быстро принимает решения: быстрая "
                + "демонстрация, двухнедельный пилот, ускоренное рассмотрение предложения и сжатые сроки решения. "
                + "Около пяти недель.")))
        .requiredRoles(List.of(
            Role.CHAMPION,
            Role.ECONOMIC_BUYER,
            Role.TECHNICAL_EVALUATOR,
            Role.ACCOUNT_EXECUTIVE,
            Role.SALES_ENGINEER,
            Role.CUSTOMER_SUCCESS))
        .stages(List.of(
            StageTemplate.builder()
                .key("discovery")
                .name(LocalizedText.of(ImmutableMap.of("en", "Discovery", "ru", "Выявление потребностей")))
                .defaultDurationDays(2)
                .build(),
            StageTemplate.builder()
                .key("evaluation")
                .name(LocalizedText.of(ImmutableMap.of("en", "Evaluation", "ru", "Оценка решения")))
                .defaultDurationDays(5)
                .build(),
            StageTemplate.builder()
                .key("decision")
                .name(LocalizedText.of(ImmutableMap.of("en", "Decision", "ru", "Принятие решения")))
                .defaultDurationDays(2)
                .build(),
            StageTemplate.builder()
                .key("onboarding")
                .name(LocalizedText.of(ImmutableMap.of("en", "Onboarding", "ru", "Внедрение")))
                .defaultDurationDays(5)
                .build()))
        .milestones(List.of(
            MilestoneTemplate.builder()
                .key("demo-completed")
                .name(LocalizedText.of(ImmutableMap.of("en", "Demo completed", "ru", "Демонстрация проведена")))
                .exitCriteria(List.of(LocalizedText.of(ImmutableMap.of(
                    "en", "The demo covered the startup's main use case",
                    "ru", "Демонстрация охватила основную задачу стартапа"))))
                .closing(false)
                .visibility(Visibility.SHARED)
                .build(),
            MilestoneTemplate.builder()
                .key("decision-made")
                .name(LocalizedText.of(ImmutableMap.of("en", "Decision made", "ru", "Решение принято")))
                .exitCriteria(List.of(LocalizedText.of(ImmutableMap.of(
                    "en", "The founders said yes by the agreed date",
                    "ru", "Основатели дали согласие в оговорённый срок"))))
                .closing(false)
                .visibility(Visibility.SHARED)
                .build(),
            MilestoneTemplate.builder()
                .key("contract-signed")
                .name(LocalizedText.of(ImmutableMap.of("en", "Contract signed", "ru", "Договор подписан")))
                .exitCriteria(List.of(LocalizedText.of(ImmutableMap.of(
                    "en", "The order form is signed electronically",
                    "ru", "Договор подписан электронной подписью"))))
                .closing(true)
                .visibility(Visibility.SHARED)
                .build(),
            MilestoneTemplate.builder()
                .key("go-live")
                .name(LocalizedText.of(ImmutableMap.of("en", "First value", "ru", "Первый результат")))
                .exitCriteria(List.of(LocalizedText.of(ImmutableMap.of(
                    "en", "The first use case runs in the product",
                    "ru", "Первая задача решается в продукте"))))
                .closing(false)
                .visibility(Visibility.SHARED)
                .build()))
        .steps(List.of(
            StepTemplate.builder()
                .key("discovery-call")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Discovery call with the founders",
                    "ru", "Звонок с основателями по выявлению потребностей")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Goals, must-haves and decision date agreed",
                    "ru", "Согласованы цели, обязательные требования и дата решения")))
                .side(Side.SELLER)
                .ownerRole(Role.ACCOUNT_EXECUTIVE)
                .durationDays(3)
                .estimate(DurationEstimate.of(2, 3, 5))
                .stage("discovery")
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("quick-demo")
                .title(LocalizedText.of(ImmutableMap.of("en", "Quick demo", "ru", "Быстрая демонстрация")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Demo on the startup's use case within two days",
                    "ru", "Демонстрация на задаче стартапа в течение двух дней")))
                .side(Side.SELLER)
                .ownerRole(Role.SALES_ENGINEER)
                .estimate(DurationEstimate.of(1, 2, 3))
                .dependsOn(List.of("discovery-call"))
                .milestone("demo-completed")
                .stage("discovery")
                .tags(List.of("technical"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("trial")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Hands-on trial on own data",
                    "ru", "Пилот на собственных данных")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Trial results on the agreed use case",
                    "ru", "Результаты пилота на согласованной задаче")))
                .side(Side.BUYER)
                .ownerRole(Role.TECHNICAL_EVALUATOR)
                .durationDays(10)
                .estimate(DurationEstimate.of(5, 10, 15))
                .dependsOn(List.of("quick-demo"))
                .stage("evaluation")
                .tags(List.of("technical"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("trial-feedback")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Give feedback on the trial",
                    "ru", "Дать обратную связь по пилоту")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Feedback within one working day",
                    "ru", "Обратная связь в течение одного рабочего дня")))
                .side(Side.BUYER)
                .ownerRole(Role.CHAMPION)
                .durationDays(1)
                .estimate(DurationEstimate.of(1, 1, 3))
                .dependsOn(List.of("trial"))
                .stage("evaluation")
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("proposal")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Send the fast-track proposal",
                    "ru", "Направить предложение по ускоренной схеме")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "One-page proposal and standard order form",
                    "ru", "Одностраничное КП и стандартный договор")))
                .side(Side.SELLER)
                .ownerRole(Role.ACCOUNT_EXECUTIVE)
                .durationDays(1)
                .estimate(DurationEstimate.of(1, 1, 2))
                .dependsOn(List.of("trial-feedback"))
                .stage("decision")
                .tags(List.of("commercial"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("proposal-review")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Fast-track proposal review",
                    "ru", "Ускоренное рассмотрение предложения")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Questions or approval within two days",
                    "ru", "Вопросы или одобрение в течение двух дней")))
                .side(Side.BUYER)
                .ownerRole(Role.ECONOMIC_BUYER)
                .estimate(DurationEstimate.of(1, 2, 5))
                .dependsOn(List.of("proposal"))
                .stage("decision")
                .tags(List.of("commercial"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("objection-call")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Close open questions on a call",
                    "ru", "Снять оставшиеся вопросы на созвоне")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Price and terms agreed",
                    "ru", "Цена и условия согласованы")))
                .side(Side.SELLER)
                .ownerRole(Role.ACCOUNT_EXECUTIVE)
                .durationDays(1)
                .estimate(DurationEstimate.of(1, 1, 3))
                .dependsOn(List.of("proposal-review"))
                .stage("decision")
                .tags(List.of("commercial"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("final-decision")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Final decision by the agreed date",
                    "ru", "Окончательное решение в согласованный срок")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "A clear yes or no from the founders",
                    "ru", "Чёткое «да» или «нет» от основателей")))
                .side(Side.BUYER)
                .ownerRole(Role.ECONOMIC_BUYER)
                .estimate(DurationEstimate.of(1, 2, 4))
                .dependsOn(List.of("objection-call"))
                .milestone("decision-made")
                .stage("decision")
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("contract-signature")
                .title(LocalizedText.of(ImmutableMap.of("en", "Sign the order form", "ru", "Подписать договор")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Order form signed electronically",
                    "ru", "Договор подписан электронной подписью")))
                .side(Side.BUYER)
                .ownerRole(Role.ECONOMIC_BUYER)
                .durationDays(1)
                .estimate(DurationEstimate.of(1, 1, 3))
                .dependsOn(List.of("final-decision"))
                .milestone("contract-signed")
                .stage("decision")
                .tags(List.of("legal"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("kickoff")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Onboarding kickoff",
                    "ru", "Стартовая встреча по внедрению")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Accounts created and first use case planned",
                    "ru", "Учётные записи созданы и запланирована первая задача")))
                .side(Side.SELLER)
                .ownerRole(Role.CUSTOMER_SUCCESS)
                .durationDays(2)
                .estimate(DurationEstimate.of(1, 2, 3))
                .dependsOn(List.of("contract-signature"))
                .stage("onboarding")
                .tags(List.of("onboarding"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("first-value")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Team live on the product",
                    "ru", "Команда начала работать в продукте")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "The first use case runs in production",
                    "ru", "Первая задача решается в рабочем режиме")))
                .side(Side.BUYER)
                .ownerRole(Role.CHAMPION)
                .durationDays(10)
                .estimate(DurationEstimate.of(5, 10, 15))
                .dependsOn(List.of("kickoff"))
                .milestone("go-live")
                .stage("onboarding")
                .tags(List.of("onboarding"))
                .visibility(Visibility.SHARED)
                .build()))
        .criteria(List.of(
            CriterionTemplate.builder()
                .key("time-to-value")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Time to first value",
                    "ru", "Срок получения первого результата")))
                .category(CriterionCategory.IMPLEMENTATION)
                .weight(30)
                .ownerRole(Role.CHAMPION)
                .build(),
            CriterionTemplate.builder()
                .key("ease-of-use")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Easy for the team to adopt",
                    "ru", "Простота освоения командой")))
                .category(CriterionCategory.FUNCTIONAL)
                .weight(25)
                .ownerRole(Role.END_USER)
                .build(),
            CriterionTemplate.builder()
                .key("price")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Price that fits the startup's budget",
                    "ru", "Цена в пределах бюджета стартапа")))
                .category(CriterionCategory.COMMERCIAL)
                .weight(25)
                .ownerRole(Role.ECONOMIC_BUYER)
                .build(),
            CriterionTemplate.builder()
                .key("stack-fit")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Works with the current stack",
                    "ru", "Совместимость с текущим стеком")))
                .category(CriterionCategory.TECHNICAL)
                .weight(20)
                .ownerRole(Role.TECHNICAL_EVALUATOR)
                .build()))
        .objectives(List.of(
            ObjectiveTemplate.builder()
                .key("ship-faster")
                .title(LocalizedText.of(ImmutableMap.of("en", "Ship faster", "ru", "Ускорить выпуск продукта")))
                .build(),
            ObjectiveTemplate.builder()
                .key("scale-without-hiring")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Scale without extra hires",
                    "ru", "Расти без найма дополнительных сотрудников")))
                .build()))
        .metrics(List.of(
            MetricTemplate.builder()
                .key("time-to-first-value")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Days from signature to first value",
                    "ru", "Дней от подписания до первого результата")))
                .unit(LocalizedText.of(ImmutableMap.of("en", "days", "ru", "дн.")))
                .objective("ship-faster")
                .measuredDaysAfterClose(30)
                .build(),
            MetricTemplate.builder()
                .key("weekly-active-users")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Share of the team active every week",
                    "ru", "Доля команды, активной еженедельно")))
                .unit(LocalizedText.of(ImmutableMap.of("en", "%", "ru", "%")))
                .objective("ship-faster")
                .measuredDaysAfterClose(60)
                .build(),
            MetricTemplate.builder()
                .key("hours-saved")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Hours saved per week",
                    "ru", "Сэкономленные часы в неделю")))
                .unit(LocalizedText.of(ImmutableMap.of("en", "h", "ru", "ч")))
                .objective("scale-without-hiring")
                .measuredDaysAfterClose(90)
                .build()))
        .build();
  }

  /** {@code smb-velocity.yaml}. */
  private static PlanTemplate smbVelocityTemplate() {
    return PlanTemplate.builder()
        .id("smb-velocity")
        .version("1.0")
        .name(LocalizedText.of(ImmutableMap.of("en", "Small business", "ru", "Сделка с малым бизнесом")))
        .description(LocalizedText.of(ImmutableMap.of(
            "en",
            "A quick cycle for a small business where the owner decides, alone or with one or two people: demo, trial "
                + "with the team, simple proposal, owner's decision, signature and setup. Runs about two months.",
            "ru",
            "Быстрый цикл для малого бизнеса, где решение принимает владелец сам или вместе с одним-двумя "
                + "сотрудниками: демонстрация, пробный период, простое предложение, решение владельца, подписание и "
                + "настройка. Около двух месяцев.")))
        .requiredRoles(List.of(
            Role.CHAMPION,
            Role.ECONOMIC_BUYER,
            Role.END_USER,
            Role.ACCOUNT_EXECUTIVE,
            Role.SALES_ENGINEER,
            Role.CUSTOMER_SUCCESS))
        .stages(List.of(
            StageTemplate.builder()
                .key("discovery")
                .name(LocalizedText.of(ImmutableMap.of("en", "Discovery", "ru", "Выявление потребностей")))
                .defaultDurationDays(3)
                .build(),
            StageTemplate.builder()
                .key("evaluation")
                .name(LocalizedText.of(ImmutableMap.of("en", "Evaluation", "ru", "Оценка решения")))
                .defaultDurationDays(5)
                .build(),
            StageTemplate.builder()
                .key("closing")
                .name(LocalizedText.of(ImmutableMap.of("en", "Closing", "ru", "Закрытие сделки")))
                .defaultDurationDays(3)
                .build(),
            StageTemplate.builder()
                .key("onboarding")
                .name(LocalizedText.of(ImmutableMap.of("en", "Onboarding", "ru", "Внедрение")))
                .defaultDurationDays(5)
                .build()))
        .milestones(List.of(
            MilestoneTemplate.builder()
                .key("demo-completed")
                .name(LocalizedText.of(ImmutableMap.of("en", "Demo completed", "ru", "Демонстрация проведена")))
                .exitCriteria(List.of(LocalizedText.of(ImmutableMap.of(
                    "en", "The demo covered the customer's daily tasks",
                    "ru", "Демонстрация охватила повседневные задачи клиента"))))
                .closing(false)
                .visibility(Visibility.SHARED)
                .build(),
            MilestoneTemplate.builder()
                .key("verbal-agreement")
                .name(LocalizedText.of(ImmutableMap.of("en", "Verbal agreement", "ru", "Устное согласие")))
                .exitCriteria(List.of(LocalizedText.of(ImmutableMap.of(
                    "en", "The owner agreed to buy",
                    "ru", "Владелец согласился на покупку"))))
                .closing(false)
                .visibility(Visibility.SHARED)
                .build(),
            MilestoneTemplate.builder()
                .key("contract-signed")
                .name(LocalizedText.of(ImmutableMap.of("en", "Contract signed", "ru", "Договор подписан")))
                .exitCriteria(List.of(
                    LocalizedText.of(ImmutableMap.of("en", "The contract is signed", "ru", "Договор подписан")),
                    LocalizedText.of(ImmutableMap.of(
                        "en", "The first invoice is issued",
                        "ru", "Выставлен первый счёт"))))
                .closing(true)
                .visibility(Visibility.SHARED)
                .build(),
            MilestoneTemplate.builder()
                .key("go-live")
                .name(LocalizedText.of(ImmutableMap.of("en", "Go-live", "ru", "Запуск")))
                .exitCriteria(List.of(LocalizedText.of(ImmutableMap.of(
                    "en", "The team works in the product every day",
                    "ru", "Команда ежедневно работает в продукте"))))
                .closing(false)
                .visibility(Visibility.SHARED)
                .build()))
        .steps(List.of(
            StepTemplate.builder()
                .key("discovery-call")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Discovery call with the owner",
                    "ru", "Звонок с владельцем бизнеса")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Needs, budget range and decision date",
                    "ru", "Потребности, рамки бюджета и дата решения")))
                .side(Side.SELLER)
                .ownerRole(Role.ACCOUNT_EXECUTIVE)
                .durationDays(5)
                .estimate(DurationEstimate.of(3, 5, 8))
                .stage("discovery")
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("product-demo")
                .title(LocalizedText.of(ImmutableMap.of("en", "Product demo", "ru", "Демонстрация продукта")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Demo on the customer's daily tasks",
                    "ru", "Демонстрация на повседневных задачах клиента")))
                .side(Side.SELLER)
                .ownerRole(Role.SALES_ENGINEER)
                .estimate(DurationEstimate.of(2, 3, 5))
                .dependsOn(List.of("discovery-call"))
                .milestone("demo-completed")
                .stage("discovery")
                .tags(List.of("technical"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("free-trial")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Trial with the team",
                    "ru", "Пробный период с командой")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "The team tried its main tasks",
                    "ru", "Команда опробовала свои основные задачи")))
                .side(Side.BUYER)
                .ownerRole(Role.END_USER)
                .durationDays(15)
                .estimate(DurationEstimate.of(10, 15, 20))
                .dependsOn(List.of("product-demo"))
                .stage("evaluation")
                .tags(List.of("technical"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("reference-call")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Talk to a reference customer",
                    "ru", "Поговорить с действующим клиентом")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Call held with a customer of similar size",
                    "ru", "Проведён разговор с клиентом схожего масштаба")))
                .side(Side.BUYER)
                .ownerRole(Role.CHAMPION)
                .durationDays(3)
                .estimate(DurationEstimate.of(2, 3, 7))
                .dependsOn(List.of("product-demo"))
                .stage("evaluation")
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("proposal")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Send the proposal",
                    "ru", "Направить коммерческое предложение")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Price quote and standard terms",
                    "ru", "Расчёт стоимости и стандартные условия")))
                .side(Side.SELLER)
                .ownerRole(Role.ACCOUNT_EXECUTIVE)
                .durationDays(2)
                .estimate(DurationEstimate.of(1, 2, 4))
                .dependsOn(List.of("free-trial", "reference-call"))
                .stage("closing")
                .tags(List.of("commercial"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("proposal-review")
                .title(LocalizedText.of(ImmutableMap.of("en", "Review the proposal", "ru", "Рассмотреть предложение")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Questions or approval",
                    "ru", "Вопросы или одобрение")))
                .side(Side.BUYER)
                .ownerRole(Role.ECONOMIC_BUYER)
                .durationDays(5)
                .estimate(DurationEstimate.of(3, 5, 10))
                .dependsOn(List.of("proposal"))
                .stage("closing")
                .tags(List.of("commercial"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("terms-agreed")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Answer questions and agree the terms",
                    "ru", "Ответить на вопросы и согласовать условия")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Final price, plan and start date",
                    "ru", "Итоговая цена, тариф и дата старта")))
                .side(Side.SELLER)
                .ownerRole(Role.ACCOUNT_EXECUTIVE)
                .estimate(DurationEstimate.of(1, 3, 7))
                .dependsOn(List.of("proposal-review"))
                .stage("closing")
                .tags(List.of("commercial"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("owner-decision")
                .title(LocalizedText.of(ImmutableMap.of("en", "Owner's decision", "ru", "Решение владельца бизнеса")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Go-ahead from the owner",
                    "ru", "Согласие владельца на покупку")))
                .side(Side.BUYER)
                .ownerRole(Role.ECONOMIC_BUYER)
                .estimate(DurationEstimate.of(1, 3, 7))
                .dependsOn(List.of("terms-agreed"))
                .milestone("verbal-agreement")
                .stage("closing")
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("contract-signature")
                .title(LocalizedText.of(ImmutableMap.of("en", "Sign the contract", "ru", "Подписать договор")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Contract signed and first invoice accepted",
                    "ru", "Договор подписан и первый счёт принят к оплате")))
                .side(Side.BUYER)
                .ownerRole(Role.ECONOMIC_BUYER)
                .estimate(DurationEstimate.of(1, 3, 7))
                .dependsOn(List.of("owner-decision"))
                .milestone("contract-signed")
                .stage("closing")
                .tags(List.of("legal"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("account-setup")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Set up the account",
                    "ru", "Настроить учётную запись клиента")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Account configured and data imported",
                    "ru", "Учётная запись настроена и данные загружены")))
                .side(Side.SELLER)
                .ownerRole(Role.CUSTOMER_SUCCESS)
                .durationDays(3)
                .estimate(DurationEstimate.of(2, 3, 5))
                .dependsOn(List.of("contract-signature"))
                .stage("onboarding")
                .tags(List.of("onboarding"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("team-training")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Attend the onboarding training",
                    "ru", "Пройти обучение работе с продуктом")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "All users trained and active",
                    "ru", "Все пользователи обучены и работают")))
                .side(Side.BUYER)
                .ownerRole(Role.CHAMPION)
                .estimate(DurationEstimate.of(3, 5, 10))
                .dependsOn(List.of("account-setup"))
                .milestone("go-live")
                .stage("onboarding")
                .tags(List.of("onboarding"))
                .visibility(Visibility.SHARED)
                .build()))
        .criteria(List.of(
            CriterionTemplate.builder()
                .key("price")
                .name(LocalizedText.of(ImmutableMap.of("en", "Price and payment terms", "ru", "Цена и условия оплаты")))
                .category(CriterionCategory.COMMERCIAL)
                .weight(35)
                .ownerRole(Role.ECONOMIC_BUYER)
                .build(),
            CriterionTemplate.builder()
                .key("ease-of-use")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Easy to use without long training",
                    "ru", "Простота работы без долгого обучения")))
                .category(CriterionCategory.FUNCTIONAL)
                .weight(30)
                .ownerRole(Role.END_USER)
                .build(),
            CriterionTemplate.builder()
                .key("fast-setup")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Up and running in days",
                    "ru", "Запуск за несколько дней")))
                .category(CriterionCategory.IMPLEMENTATION)
                .weight(20)
                .ownerRole(Role.CHAMPION)
                .build(),
            CriterionTemplate.builder()
                .key("support")
                .name(LocalizedText.of(ImmutableMap.of("en", "Responsive support", "ru", "Оперативная поддержка")))
                .category(CriterionCategory.FUNCTIONAL)
                .weight(15)
                .ownerRole(Role.CHAMPION)
                .build()))
        .objectives(List.of(
            ObjectiveTemplate.builder()
                .key("save-time")
                .title(LocalizedText.of(ImmutableMap.of("en", "Save staff time", "ru", "Сэкономить время сотрудников")))
                .build(),
            ObjectiveTemplate.builder()
                .key("grow-revenue")
                .title(LocalizedText.of(ImmutableMap.of("en", "Grow revenue", "ru", "Увеличить выручку")))
                .build()))
        .metrics(List.of(
            MetricTemplate.builder()
                .key("active-users")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Share of staff active every week",
                    "ru", "Доля сотрудников, активных еженедельно")))
                .unit(LocalizedText.of(ImmutableMap.of("en", "%", "ru", "%")))
                .objective("save-time")
                .measuredDaysAfterClose(30)
                .build(),
            MetricTemplate.builder()
                .key("hours-saved")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Hours saved per week",
                    "ru", "Сэкономленные часы в неделю")))
                .unit(LocalizedText.of(ImmutableMap.of("en", "h", "ru", "ч")))
                .objective("save-time")
                .measuredDaysAfterClose(60)
                .build(),
            MetricTemplate.builder()
                .key("revenue-growth")
                .name(LocalizedText.of(ImmutableMap.of("en", "Revenue growth", "ru", "Рост выручки")))
                .unit(LocalizedText.of(ImmutableMap.of("en", "%", "ru", "%")))
                .objective("grow-revenue")
                .measuredDaysAfterClose(180)
                .build()))
        .build();
  }

  /** {@code enterprise-procurement.yaml}. */
  private static PlanTemplate enterpriseProcurementTemplate() {
    return PlanTemplate.builder()
        .id("enterprise-procurement")
        .version("1.1")
        .name(LocalizedText.of(ImmutableMap.of("en", "Enterprise formal procurement", "ru", "Корпоративная закупка")))
        .description(LocalizedText.of(ImmutableMap.of(
            "en",
            "A large enterprise that buys through formal procurement with many approvals: RFP, proof of concept, "
                + "business case, steering committee, security, legal and commercial reviews, vendor registration, "
                + "executive approval, signature, then the purchase order. Runs about ten months before signature.",
            "ru",
            "Крупная компания с формальным процессом закупок и многочисленными согласованиями: запрос предложений, "
                + "пилотный проект, экономическое обоснование, управляющий комитет, проверки ИБ, юристов и "
                + "закупщиков, регистрация поставщика, одобрение руководства, подписание, затем заказ на закупку. "
                + "Около десяти месяцев до подписания.")))
        .requiredRoles(List.of(
            Role.CHAMPION,
            Role.ECONOMIC_BUYER,
            Role.DECISION_MAKER,
            Role.TECHNICAL_EVALUATOR,
            Role.SECURITY,
            Role.LEGAL,
            Role.PROCUREMENT,
            Role.EXECUTIVE_SPONSOR,
            Role.ACCOUNT_EXECUTIVE,
            Role.SALES_ENGINEER,
            Role.CUSTOMER_SUCCESS))
        .stages(List.of(
            StageTemplate.builder()
                .key("discovery")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Discovery and RFP",
                    "ru", "Выявление потребностей и RFP")))
                .defaultDurationDays(20)
                .build(),
            StageTemplate.builder()
                .key("evaluation")
                .name(LocalizedText.of(ImmutableMap.of("en", "Evaluation", "ru", "Оценка решения")))
                .defaultDurationDays(20)
                .build(),
            StageTemplate.builder()
                .key("approvals")
                .name(LocalizedText.of(ImmutableMap.of("en", "Reviews and approvals", "ru", "Проверки и согласования")))
                .defaultDurationDays(15)
                .build(),
            StageTemplate.builder()
                .key("contracting")
                .name(LocalizedText.of(ImmutableMap.of("en", "Contracting", "ru", "Заключение договора")))
                .defaultDurationDays(10)
                .build(),
            StageTemplate.builder()
                .key("onboarding")
                .name(LocalizedText.of(ImmutableMap.of("en", "Implementation", "ru", "Внедрение")))
                .defaultDurationDays(20)
                .build()))
        .milestones(List.of(
            MilestoneTemplate.builder()
                .key("demo-completed")
                .name(LocalizedText.of(ImmutableMap.of("en", "Demo completed", "ru", "Демонстрация проведена")))
                .exitCriteria(List.of(LocalizedText.of(ImmutableMap.of(
                    "en", "The buying committee saw its scenarios",
                    "ru", "Закупочная комиссия увидела свои сценарии"))))
                .closing(false)
                .visibility(Visibility.SHARED)
                .build(),
            MilestoneTemplate.builder()
                .key("technical-win")
                .name(LocalizedText.of(ImmutableMap.of("en", "Technical win", "ru", "Техническая оценка пройдена")))
                .exitCriteria(List.of(LocalizedText.of(ImmutableMap.of(
                    "en", "The proof of concept met the agreed success criteria",
                    "ru", "Пилот выполнил согласованные критерии успеха"))))
                .closing(false)
                .visibility(Visibility.SHARED)
                .build(),
            MilestoneTemplate.builder()
                .key("verbal-agreement")
                .name(LocalizedText.of(ImmutableMap.of("en", "Vendor of choice", "ru", "Поставщик выбран")))
                .exitCriteria(List.of(
                    LocalizedText.of(ImmutableMap.of(
                        "en", "The steering committee chose the seller",
                        "ru", "Управляющий комитет выбрал продавца")),
                    LocalizedText.of(ImmutableMap.of(
                        "en", "An executive sponsor backs the project",
                        "ru", "У проекта есть спонсор из руководства"))))
                .closing(false)
                .visibility(Visibility.SHARED)
                .build(),
            MilestoneTemplate.builder()
                .key("security-approved")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Security review passed",
                    "ru", "Проверка безопасности пройдена")))
                .exitCriteria(List.of(LocalizedText.of(ImmutableMap.of(
                    "en", "The security team signed off",
                    "ru", "Служба ИБ дала положительное заключение"))))
                .closing(false)
                .visibility(Visibility.SHARED)
                .build(),
            MilestoneTemplate.builder()
                .key("approvals-complete")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "All approvals obtained",
                    "ru", "Все согласования получены")))
                .exitCriteria(List.of(LocalizedText.of(ImmutableMap.of(
                    "en", "Security, legal, procurement and finance signed the approval sheet",
                    "ru", "ИБ, юристы, закупки и финансы подписали лист согласования"))))
                .closing(false)
                .visibility(Visibility.SHARED)
                .build(),
            MilestoneTemplate.builder()
                .key("contract-signed")
                .name(LocalizedText.of(ImmutableMap.of("en", "Contract signed", "ru", "Договор подписан")))
                .exitCriteria(List.of(
                    LocalizedText.of(ImmutableMap.of(
                        "en", "The contract is signed by the authorised signatories",
                        "ru", "Договор подписан уполномоченными лицами")),
                    LocalizedText.of(ImmutableMap.of(
                        "en", "The purchase order number is known",
                        "ru", "Номер заказа на закупку получен"))))
                .closing(true)
                .visibility(Visibility.SHARED)
                .build(),
            MilestoneTemplate.builder()
                .key("go-live")
                .name(LocalizedText.of(ImmutableMap.of("en", "Go-live", "ru", "Запуск в промышленную эксплуатацию")))
                .exitCriteria(List.of(LocalizedText.of(ImmutableMap.of(
                    "en", "The first business units work in the product",
                    "ru", "Первые подразделения работают в системе"))))
                .closing(false)
                .visibility(Visibility.SHARED)
                .build()))
        .steps(List.of(
            StepTemplate.builder()
                .key("discovery-workshops")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Discovery workshops with the business units",
                    "ru", "Рабочие встречи с бизнес-подразделениями")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Requirements, stakeholders and buying process mapped",
                    "ru", "Описаны требования, участники закупки и порядок принятия решения")))
                .side(Side.SELLER)
                .ownerRole(Role.ACCOUNT_EXECUTIVE)
                .estimate(DurationEstimate.of(15, 20, 30))
                .stage("discovery")
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("rfp-response")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Answer the request for proposal",
                    "ru", "Ответить на запрос предложений (RFP)")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Complete RFP answer submitted on time",
                    "ru", "Полный ответ на RFP подан в срок")))
                .side(Side.SELLER)
                .ownerRole(Role.ACCOUNT_EXECUTIVE)
                .estimate(DurationEstimate.of(15, 20, 25))
                .dependsOn(List.of("discovery-workshops"))
                .stage("discovery")
                .tags(List.of("commercial", "technical"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("solution-demo")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Demo to the buying committee",
                    "ru", "Демонстрация закупочной комиссии")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Scripted demo on the buyer's scenarios",
                    "ru", "Демонстрация по сценариям заказчика")))
                .side(Side.SELLER)
                .ownerRole(Role.SALES_ENGINEER)
                .durationDays(10)
                .estimate(DurationEstimate.of(5, 10, 15))
                .dependsOn(List.of("rfp-response"))
                .milestone("demo-completed")
                .stage("evaluation")
                .tags(List.of("technical"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("proof-of-concept")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Run the proof of concept",
                    "ru", "Провести пилотный проект")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Pilot report against the success criteria",
                    "ru", "Отчёт о пилоте по критериям успеха")))
                .side(Side.BUYER)
                .ownerRole(Role.TECHNICAL_EVALUATOR)
                .durationDays(40)
                .estimate(DurationEstimate.of(25, 40, 60))
                .dependsOn(List.of("solution-demo"))
                .milestone("technical-win")
                .stage("evaluation")
                .tags(List.of("technical"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("business-case")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Build the business case with an executive sponsor",
                    "ru", "Подготовить экономическое обоснование со спонсором проекта")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Business case signed off by the executive sponsor",
                    "ru", "Обоснование одобрено спонсором проекта")))
                .side(Side.BUYER)
                .ownerRole(Role.CHAMPION)
                .durationDays(25)
                .estimate(DurationEstimate.of(15, 25, 40))
                .dependsOn(List.of("proof-of-concept"))
                .stage("evaluation")
                .tags(List.of("commercial"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("vendor-selection")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Steering committee selects the vendor",
                    "ru", "Управляющий комитет выбирает поставщика")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Choice of vendor confirmed in writing",
                    "ru", "Выбор поставщика подтверждён письменно")))
                .side(Side.BUYER)
                .ownerRole(Role.DECISION_MAKER)
                .durationDays(15)
                .estimate(DurationEstimate.of(10, 15, 30))
                .dependsOn(List.of("business-case"))
                .milestone("verbal-agreement")
                .stage("evaluation")
                .tags(List.of("commercial"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("proposal")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Send the final proposal and contract",
                    "ru", "Направить финальное предложение и договор")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Final offer, order form and master agreement draft",
                    "ru", "Финальное КП, спецификация и проект рамочного договора")))
                .side(Side.SELLER)
                .ownerRole(Role.ACCOUNT_EXECUTIVE)
                .estimate(DurationEstimate.of(5, 10, 15))
                .dependsOn(List.of("vendor-selection"))
                .stage("contracting")
                .tags(List.of("commercial"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("security-review")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Security review",
                    "ru", "Проверка информационной безопасности")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Security team sign-off",
                    "ru", "Заключение службы ИБ")))
                .side(Side.BUYER)
                .ownerRole(Role.SECURITY)
                .durationDays(30)
                .estimate(DurationEstimate.of(20, 30, 50))
                .dependsOn(List.of("proposal"))
                .milestone("security-approved")
                .stage("approvals")
                .tags(List.of("security"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("legal-review")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Legal review and redlines",
                    "ru", "Юридическая экспертиза и протокол разногласий")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Master agreement agreed by both legal teams",
                    "ru", "Рамочный договор согласован юристами сторон")))
                .side(Side.BUYER)
                .ownerRole(Role.LEGAL)
                .durationDays(40)
                .estimate(DurationEstimate.of(20, 40, 70))
                .dependsOn(List.of("proposal"))
                .stage("approvals")
                .tags(List.of("legal"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("commercial-negotiation")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Negotiate price and terms with procurement",
                    "ru", "Согласовать цену и условия с отделом закупок")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Final price and payment terms agreed",
                    "ru", "Итоговая цена и условия оплаты согласованы")))
                .side(Side.SELLER)
                .ownerRole(Role.ACCOUNT_EXECUTIVE)
                .durationDays(20)
                .estimate(DurationEstimate.of(10, 20, 35))
                .dependsOn(List.of("proposal"))
                .stage("approvals")
                .tags(List.of("commercial", "procurement"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("vendor-registration")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Register the seller as a supplier",
                    "ru", "Зарегистрировать продавца как поставщика")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Supplier record and bank details approved",
                    "ru", "Карточка поставщика и банковские реквизиты утверждены")))
                .side(Side.BUYER)
                .ownerRole(Role.PROCUREMENT)
                .estimate(DurationEstimate.of(10, 15, 30))
                .dependsOn(List.of("proposal"))
                .stage("approvals")
                .tags(List.of("procurement"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("executive-approval")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Executive and finance approval",
                    "ru", "Согласование с руководством и финансовой службой")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Signed approval sheet",
                    "ru", "Подписанный лист согласования")))
                .side(Side.BUYER)
                .ownerRole(Role.ECONOMIC_BUYER)
                .durationDays(20)
                .estimate(DurationEstimate.of(10, 20, 40))
                .dependsOn(List.of("security-review", "legal-review", "commercial-negotiation"))
                .milestone("approvals-complete")
                .stage("approvals")
                .tags(List.of("commercial"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("contract-signature")
                .title(LocalizedText.of(ImmutableMap.of("en", "Sign the contract", "ru", "Подписать договор")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Contract signed by the authorised signatories",
                    "ru", "Договор подписан уполномоченными лицами")))
                .side(Side.BUYER)
                .ownerRole(Role.ECONOMIC_BUYER)
                .estimate(DurationEstimate.of(5, 10, 20))
                .dependsOn(List.of("executive-approval"))
                .milestone("contract-signed")
                .stage("contracting")
                .tags(List.of("legal"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("purchase-order")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Issue the purchase order",
                    "ru", "Оформить заказ на закупку")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Purchase order number sent to the seller",
                    "ru", "Номер заказа передан продавцу")))
                .side(Side.BUYER)
                .ownerRole(Role.PROCUREMENT)
                .estimate(DurationEstimate.of(5, 10, 20))
                .dependsOn(List.of("contract-signature", "vendor-registration"))
                .stage("contracting")
                .tags(List.of("procurement"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("implementation-kickoff")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Implementation kickoff",
                    "ru", "Стартовое совещание по внедрению")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Project plan and project team named",
                    "ru", "Утверждены план проекта и состав команды")))
                .side(Side.SELLER)
                .ownerRole(Role.CUSTOMER_SUCCESS)
                .durationDays(10)
                .estimate(DurationEstimate.of(5, 10, 15))
                .dependsOn(List.of("purchase-order"))
                .stage("onboarding")
                .tags(List.of("onboarding"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("production-rollout")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Roll out to the first business units",
                    "ru", "Развернуть решение в первых подразделениях")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "First business units live and trained",
                    "ru", "Первые подразделения обучены и работают в системе")))
                .side(Side.BUYER)
                .ownerRole(Role.CHAMPION)
                .durationDays(40)
                .estimate(DurationEstimate.of(25, 40, 70))
                .dependsOn(List.of("implementation-kickoff"))
                .milestone("go-live")
                .stage("onboarding")
                .tags(List.of("onboarding"))
                .visibility(Visibility.SHARED)
                .build()))
        .criteria(List.of(
            CriterionTemplate.builder()
                .key("functional-fit")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Covers the requirements of the RFP",
                    "ru", "Соответствие требованиям RFP")))
                .category(CriterionCategory.FUNCTIONAL)
                .weight(25)
                .ownerRole(Role.CHAMPION)
                .build(),
            CriterionTemplate.builder()
                .key("integration")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Integration with the enterprise landscape",
                    "ru", "Интеграция с корпоративным ИТ-ландшафтом")))
                .category(CriterionCategory.TECHNICAL)
                .weight(20)
                .ownerRole(Role.TECHNICAL_EVALUATOR)
                .build(),
            CriterionTemplate.builder()
                .key("security-compliance")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Security and certification requirements met",
                    "ru", "Соответствие требованиям безопасности и сертификации")))
                .category(CriterionCategory.COMPLIANCE)
                .weight(20)
                .ownerRole(Role.SECURITY)
                .build(),
            CriterionTemplate.builder()
                .key("total-cost")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Total cost of ownership",
                    "ru", "Совокупная стоимость владения")))
                .category(CriterionCategory.COMMERCIAL)
                .weight(20)
                .ownerRole(Role.PROCUREMENT)
                .build(),
            CriterionTemplate.builder()
                .key("implementation-risk")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Implementation plan and risk",
                    "ru", "План и риски внедрения")))
                .category(CriterionCategory.IMPLEMENTATION)
                .weight(15)
                .ownerRole(Role.EXECUTIVE_SPONSOR)
                .build()))
        .objectives(List.of(
            ObjectiveTemplate.builder()
                .key("reduce-operating-cost")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Reduce operating cost",
                    "ru", "Снизить операционные затраты")))
                .build(),
            ObjectiveTemplate.builder()
                .key("standardise-process")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "One process across the business units",
                    "ru", "Единый процесс во всех подразделениях")))
                .description(LocalizedText.of(ImmutableMap.of(
                    "en", "Replace local tools and manual workarounds",
                    "ru", "Заменить локальные инструменты и ручные обходные решения")))
                .build()))
        .metrics(List.of(
            MetricTemplate.builder()
                .key("units-live")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Share of business units live",
                    "ru", "Доля подразделений, перешедших на систему")))
                .unit(LocalizedText.of(ImmutableMap.of("en", "%", "ru", "%")))
                .objective("standardise-process")
                .measuredDaysAfterClose(180)
                .build(),
            MetricTemplate.builder()
                .key("process-cycle-time")
                .name(LocalizedText.of(ImmutableMap.of("en", "Process cycle time", "ru", "Длительность процесса")))
                .unit(LocalizedText.of(ImmutableMap.of("en", "days", "ru", "дн.")))
                .objective("standardise-process")
                .measuredDaysAfterClose(180)
                .build(),
            MetricTemplate.builder()
                .key("cost-reduction")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Operating cost reduction",
                    "ru", "Снижение операционных затрат")))
                .unit(LocalizedText.of(ImmutableMap.of("en", "%", "ru", "%")))
                .objective("reduce-operating-cost")
                .measuredDaysAfterClose(365)
                .build(),
            MetricTemplate.builder()
                .key("roi")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Return on investment",
                    "ru", "Окупаемость инвестиций (ROI)")))
                .unit(LocalizedText.of(ImmutableMap.of("en", "%", "ru", "%")))
                .objective("reduce-operating-cost")
                .measuredDaysAfterClose(365)
                .build()))
        .build();
  }

  /** {@code public-sector.yaml}. */
  private static PlanTemplate publicSectorTemplate() {
    return PlanTemplate.builder()
        .id("public-sector")
        .version("1.0")
        .name(LocalizedText.of(ImmutableMap.of("en", "Public sector tender", "ru", "Государственная закупка")))
        .description(LocalizedText.of(ImmutableMap.of(
            "en",
            "A public body that buys by tender within its budget cycle: engagement before the tender, budget, tender "
                + "notice, bid, evaluation panel, award, standstill period and a contract on the tender's terms. Runs "
                + "about a year.",
            "ru",
            "Государственный заказчик, который закупает через конкурентную процедуру в рамках бюджетного цикла: "
                + "работа до объявления закупки, бюджет, извещение, заявка, оценка комиссией, определение "
                + "победителя, срок на обжалование и контракт на условиях закупки. Около года.")))
        .requiredRoles(List.of(
            Role.CHAMPION,
            Role.ECONOMIC_BUYER,
            Role.DECISION_MAKER,
            Role.PROCUREMENT,
            Role.SECURITY,
            Role.LEGAL,
            Role.ACCOUNT_EXECUTIVE,
            Role.SALES_ENGINEER,
            Role.CUSTOMER_SUCCESS))
        .stages(List.of(
            StageTemplate.builder()
                .key("engagement")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Engagement before the tender",
                    "ru", "Работа до объявления закупки")))
                .defaultDurationDays(25)
                .build(),
            StageTemplate.builder()
                .key("tender")
                .name(LocalizedText.of(ImmutableMap.of("en", "Tender", "ru", "Конкурентная процедура")))
                .defaultDurationDays(25)
                .build(),
            StageTemplate.builder()
                .key("evaluation")
                .name(LocalizedText.of(ImmutableMap.of("en", "Bid evaluation", "ru", "Рассмотрение и оценка заявок")))
                .defaultDurationDays(30)
                .build(),
            StageTemplate.builder()
                .key("contracting")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Award and contract",
                    "ru", "Определение победителя и контракт")))
                .defaultDurationDays(10)
                .build(),
            StageTemplate.builder()
                .key("onboarding")
                .name(LocalizedText.of(ImmutableMap.of("en", "Delivery", "ru", "Исполнение контракта")))
                .defaultDurationDays(20)
                .build()))
        .milestones(List.of(
            MilestoneTemplate.builder()
                .key("budget-secured")
                .name(LocalizedText.of(ImmutableMap.of("en", "Budget secured", "ru", "Финансирование предусмотрено")))
                .exitCriteria(List.of(LocalizedText.of(ImmutableMap.of(
                    "en", "The funds are in the approved budget",
                    "ru", "Средства заложены в утверждённый бюджет"))))
                .closing(false)
                .visibility(Visibility.SHARED)
                .build(),
            MilestoneTemplate.builder()
                .key("demo-completed")
                .name(LocalizedText.of(ImmutableMap.of("en", "Demo completed", "ru", "Демонстрация проведена")))
                .exitCriteria(List.of(LocalizedText.of(ImmutableMap.of(
                    "en", "The panel saw the solution as the tender requires",
                    "ru", "Комиссия ознакомилась с решением в порядке, предусмотренном закупкой"))))
                .closing(false)
                .visibility(Visibility.SHARED)
                .build(),
            MilestoneTemplate.builder()
                .key("contract-awarded")
                .name(LocalizedText.of(ImmutableMap.of("en", "Contract awarded", "ru", "Победитель определён")))
                .exitCriteria(List.of(LocalizedText.of(ImmutableMap.of(
                    "en", "The award decision is published",
                    "ru", "Итоговый протокол опубликован"))))
                .closing(false)
                .visibility(Visibility.SHARED)
                .build(),
            MilestoneTemplate.builder()
                .key("contract-signed")
                .name(LocalizedText.of(ImmutableMap.of("en", "Contract signed", "ru", "Контракт подписан")))
                .exitCriteria(List.of(
                    LocalizedText.of(ImmutableMap.of(
                        "en", "Both sides signed the contract",
                        "ru", "Контракт подписан обеими сторонами")),
                    LocalizedText.of(ImmutableMap.of(
                        "en", "The contract is entered in the public register",
                        "ru", "Контракт внесён в реестр контрактов"))))
                .closing(true)
                .visibility(Visibility.SHARED)
                .build(),
            MilestoneTemplate.builder()
                .key("go-live")
                .name(LocalizedText.of(ImmutableMap.of("en", "Service accepted", "ru", "Услуги приняты")))
                .exitCriteria(List.of(LocalizedText.of(ImmutableMap.of(
                    "en", "The acceptance certificate is signed",
                    "ru", "Акт приёмки подписан"))))
                .closing(false)
                .visibility(Visibility.SHARED)
                .build()))
        .steps(List.of(
            StepTemplate.builder()
                .key("market-engagement")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Pre-tender engagement and answer to the request for information",
                    "ru", "Предварительные консультации и ответ на запрос информации")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "The buyer knows the solution and its market price",
                    "ru", "Заказчик знает решение и его рыночную цену")))
                .side(Side.SELLER)
                .ownerRole(Role.ACCOUNT_EXECUTIVE)
                .estimate(DurationEstimate.of(15, 25, 40))
                .stage("engagement")
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("budget-allocation")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Secure the funds in the budget cycle",
                    "ru", "Заложить средства в бюджет")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Funds for the purchase in the approved budget",
                    "ru", "Средства на закупку предусмотрены в утверждённом бюджете")))
                .side(Side.BUYER)
                .ownerRole(Role.ECONOMIC_BUYER)
                .durationDays(80)
                .estimate(DurationEstimate.of(40, 80, 160))
                .dependsOn(List.of("market-engagement"))
                .milestone("budget-secured")
                .stage("engagement")
                .tags(List.of("commercial"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("tender-preparation")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Prepare and publish the tender",
                    "ru", "Подготовить и разместить извещение о закупке")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Tender notice and specification published",
                    "ru", "Извещение и техническое задание опубликованы")))
                .side(Side.BUYER)
                .ownerRole(Role.PROCUREMENT)
                .estimate(DurationEstimate.of(15, 25, 50))
                .dependsOn(List.of("budget-allocation"))
                .stage("tender")
                .tags(List.of("procurement"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("proposal")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Prepare and submit the bid",
                    "ru", "Подготовить и подать заявку")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Compliant bid submitted before the deadline",
                    "ru", "Заявка по всем требованиям подана в срок")))
                .side(Side.SELLER)
                .ownerRole(Role.ACCOUNT_EXECUTIVE)
                .estimate(DurationEstimate.of(20, 25, 30))
                .dependsOn(List.of("tender-preparation"))
                .stage("tender")
                .tags(List.of("commercial", "legal"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("solution-demo")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Demo to the evaluation panel",
                    "ru", "Демонстрация комиссии")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Demo as the tender rules set out",
                    "ru", "Демонстрация по правилам закупки")))
                .side(Side.SELLER)
                .ownerRole(Role.SALES_ENGINEER)
                .durationDays(5)
                .estimate(DurationEstimate.of(3, 5, 10))
                .dependsOn(List.of("proposal"))
                .milestone("demo-completed")
                .stage("evaluation")
                .tags(List.of("technical"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("security-review")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Security and data-protection review",
                    "ru", "Проверка защиты информации и персональных данных")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Certificates and data location checked",
                    "ru", "Проверены сертификаты и место хранения данных")))
                .side(Side.BUYER)
                .ownerRole(Role.SECURITY)
                .durationDays(20)
                .estimate(DurationEstimate.of(15, 20, 40))
                .dependsOn(List.of("proposal"))
                .stage("evaluation")
                .tags(List.of("security", "compliance"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("bid-evaluation")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Panel scores the bids",
                    "ru", "Комиссия рассматривает и оценивает заявки")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Evaluation report",
                    "ru", "Протокол рассмотрения и оценки заявок")))
                .side(Side.BUYER)
                .ownerRole(Role.DECISION_MAKER)
                .durationDays(40)
                .estimate(DurationEstimate.of(20, 40, 80))
                .dependsOn(List.of("solution-demo", "security-review"))
                .stage("evaluation")
                .tags(List.of("procurement"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("contract-award")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Award the contract",
                    "ru", "Подвести итоги и определить победителя")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Award decision published",
                    "ru", "Итоговый протокол опубликован")))
                .side(Side.BUYER)
                .ownerRole(Role.ECONOMIC_BUYER)
                .estimate(DurationEstimate.of(5, 10, 20))
                .dependsOn(List.of("bid-evaluation"))
                .milestone("contract-awarded")
                .stage("contracting")
                .tags(List.of("procurement"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("standstill-period")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Standstill period for challenges",
                    "ru", "Срок на обжалование итогов")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "No challenge lodged or every challenge dismissed",
                    "ru", "Жалоб нет или все жалобы отклонены")))
                .side(Side.BUYER)
                .ownerRole(Role.PROCUREMENT)
                .estimate(DurationEstimate.of(8, 10, 20))
                .dependsOn(List.of("contract-award"))
                .stage("contracting")
                .tags(List.of("procurement", "legal"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("performance-guarantee")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Provide the performance guarantee",
                    "ru", "Предоставить обеспечение исполнения контракта")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Bank guarantee or deposit provided",
                    "ru", "Банковская гарантия или денежное обеспечение предоставлены")))
                .side(Side.SELLER)
                .ownerRole(Role.ACCOUNT_EXECUTIVE)
                .durationDays(5)
                .estimate(DurationEstimate.of(3, 5, 10))
                .dependsOn(List.of("contract-award"))
                .stage("contracting")
                .tags(List.of("commercial", "legal"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("contract-finalisation")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Finalise the contract on the tender's terms",
                    "ru", "Подготовить контракт на условиях закупки")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Contract ready for signature",
                    "ru", "Проект контракта готов к подписанию")))
                .side(Side.BUYER)
                .ownerRole(Role.LEGAL)
                .durationDays(20)
                .estimate(DurationEstimate.of(10, 20, 30))
                .dependsOn(List.of("standstill-period"))
                .stage("contracting")
                .tags(List.of("legal"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("contract-signature")
                .title(LocalizedText.of(ImmutableMap.of("en", "Sign the contract", "ru", "Подписать контракт")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Contract signed and entered in the register",
                    "ru", "Контракт подписан и внесён в реестр")))
                .side(Side.BUYER)
                .ownerRole(Role.ECONOMIC_BUYER)
                .durationDays(5)
                .estimate(DurationEstimate.of(3, 5, 10))
                .dependsOn(List.of("contract-finalisation", "performance-guarantee"))
                .milestone("contract-signed")
                .stage("contracting")
                .tags(List.of("legal"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("implementation-kickoff")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Delivery kickoff",
                    "ru", "Стартовое совещание по исполнению контракта")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Delivery schedule agreed",
                    "ru", "График исполнения согласован")))
                .side(Side.SELLER)
                .ownerRole(Role.CUSTOMER_SUCCESS)
                .durationDays(10)
                .estimate(DurationEstimate.of(5, 10, 15))
                .dependsOn(List.of("contract-signature"))
                .stage("onboarding")
                .tags(List.of("onboarding"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("acceptance")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Accept the delivered service",
                    "ru", "Принять оказанные услуги")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Signed acceptance certificate",
                    "ru", "Подписанный акт приёмки")))
                .side(Side.BUYER)
                .ownerRole(Role.CHAMPION)
                .estimate(DurationEstimate.of(15, 20, 40))
                .dependsOn(List.of("implementation-kickoff"))
                .milestone("go-live")
                .stage("onboarding")
                .tags(List.of("onboarding"))
                .visibility(Visibility.SHARED)
                .build()))
        .criteria(List.of(
            CriterionTemplate.builder()
                .key("price")
                .name(LocalizedText.of(ImmutableMap.of("en", "Contract price", "ru", "Цена контракта")))
                .category(CriterionCategory.COMMERCIAL)
                .weight(40)
                .ownerRole(Role.PROCUREMENT)
                .build(),
            CriterionTemplate.builder()
                .key("specification-fit")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Meets the technical specification",
                    "ru", "Соответствие техническому заданию")))
                .category(CriterionCategory.FUNCTIONAL)
                .weight(25)
                .ownerRole(Role.DECISION_MAKER)
                .build(),
            CriterionTemplate.builder()
                .key("data-protection")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Data protection and certification",
                    "ru", "Защита данных и сертификация")))
                .category(CriterionCategory.COMPLIANCE)
                .weight(20)
                .ownerRole(Role.SECURITY)
                .build(),
            CriterionTemplate.builder()
                .key("supplier-experience")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Experience with similar contracts",
                    "ru", "Опыт исполнения аналогичных контрактов")))
                .category(CriterionCategory.IMPLEMENTATION)
                .weight(15)
                .ownerRole(Role.DECISION_MAKER)
                .build()))
        .objectives(List.of(
            ObjectiveTemplate.builder()
                .key("improve-public-service")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Improve the public service",
                    "ru", "Повысить качество государственной услуги")))
                .build(),
            ObjectiveTemplate.builder()
                .key("value-for-money")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Value for public money",
                    "ru", "Эффективное расходование бюджетных средств")))
                .build()))
        .metrics(List.of(
            MetricTemplate.builder()
                .key("service-time")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Time to deliver the service",
                    "ru", "Срок предоставления услуги")))
                .unit(LocalizedText.of(ImmutableMap.of("en", "days", "ru", "дн.")))
                .objective("improve-public-service")
                .measuredDaysAfterClose(180)
                .build(),
            MetricTemplate.builder()
                .key("citizen-satisfaction")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Citizen satisfaction",
                    "ru", "Удовлетворённость граждан")))
                .unit(LocalizedText.of(ImmutableMap.of("en", "%", "ru", "%")))
                .objective("improve-public-service")
                .measuredDaysAfterClose(365)
                .build(),
            MetricTemplate.builder()
                .key("cost-per-case")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Reduction of the cost per case",
                    "ru", "Снижение стоимости обработки одного обращения")))
                .unit(LocalizedText.of(ImmutableMap.of("en", "%", "ru", "%")))
                .objective("value-for-money")
                .measuredDaysAfterClose(365)
                .build()))
        .build();
  }

  /** {@code healthcare-provider.yaml}. */
  private static PlanTemplate healthcareProviderTemplate() {
    return PlanTemplate.builder()
        .id("healthcare-provider")
        .version("1.0")
        .name(LocalizedText.of(ImmutableMap.of("en", "Health system", "ru", "Крупное медицинское учреждение")))
        .description(LocalizedText.of(ImmutableMap.of(
            "en",
            "A large health system with a thorough evaluation: demos and reviews in many clinical departments, "
                + "comprehensive documentation, IT, security and compliance reviews, a value analysis committee, the "
                + "budget cycle and contracting. Runs twelve to fifteen months.",
            "ru",
            "Крупное медицинское учреждение с тщательной оценкой: демонстрации и заключения многих клинических "
                + "отделений, исчерпывающая документация, проверки ИТ, ИБ и комплаенс, комиссия по оценке "
                + "эффективности, бюджетный цикл и договор. Двенадцать–пятнадцать месяцев.")))
        .requiredRoles(List.of(
            Role.CHAMPION,
            Role.ECONOMIC_BUYER,
            Role.DECISION_MAKER,
            Role.TECHNICAL_EVALUATOR,
            Role.SECURITY,
            Role.COMPLIANCE,
            Role.LEGAL,
            Role.ACCOUNT_EXECUTIVE,
            Role.SALES_ENGINEER,
            Role.CUSTOMER_SUCCESS))
        .stages(List.of(
            StageTemplate.builder()
                .key("discovery")
                .name(LocalizedText.of(ImmutableMap.of("en", "Discovery", "ru", "Выявление потребностей")))
                .defaultDurationDays(30)
                .build(),
            StageTemplate.builder()
                .key("clinical-evaluation")
                .name(LocalizedText.of(ImmutableMap.of("en", "Clinical evaluation", "ru", "Клиническая оценка")))
                .defaultDurationDays(40)
                .build(),
            StageTemplate.builder()
                .key("reviews")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "IT, security and compliance reviews",
                    "ru", "Проверки ИТ, ИБ и комплаенс")))
                .defaultDurationDays(40)
                .build(),
            StageTemplate.builder()
                .key("approvals")
                .name(LocalizedText.of(ImmutableMap.of("en", "Committee and budget", "ru", "Комиссия и бюджет")))
                .defaultDurationDays(40)
                .build(),
            StageTemplate.builder()
                .key("contracting")
                .name(LocalizedText.of(ImmutableMap.of("en", "Contracting", "ru", "Заключение договора")))
                .defaultDurationDays(20)
                .build(),
            StageTemplate.builder()
                .key("onboarding")
                .name(LocalizedText.of(ImmutableMap.of("en", "Implementation", "ru", "Внедрение")))
                .defaultDurationDays(30)
                .build()))
        .milestones(List.of(
            MilestoneTemplate.builder()
                .key("demo-completed")
                .name(LocalizedText.of(ImmutableMap.of("en", "Demos completed", "ru", "Демонстрации проведены")))
                .exitCriteria(List.of(LocalizedText.of(ImmutableMap.of(
                    "en", "Every department concerned saw its workflows",
                    "ru", "Каждое заинтересованное отделение увидело свои процессы"))))
                .closing(false)
                .visibility(Visibility.SHARED)
                .build(),
            MilestoneTemplate.builder()
                .key("reviews-passed")
                .name(LocalizedText.of(ImmutableMap.of("en", "Reviews passed", "ru", "Проверки пройдены")))
                .exitCriteria(List.of(
                    LocalizedText.of(ImmutableMap.of(
                        "en", "IT, security and compliance signed off",
                        "ru", "ИТ, ИБ и комплаенс дали положительные заключения")),
                    LocalizedText.of(ImmutableMap.of(
                        "en", "The value analysis committee recommends the purchase",
                        "ru", "Комиссия рекомендовала закупку"))))
                .closing(false)
                .visibility(Visibility.SHARED)
                .build(),
            MilestoneTemplate.builder()
                .key("contract-signed")
                .name(LocalizedText.of(ImmutableMap.of("en", "Contract signed", "ru", "Договор подписан")))
                .exitCriteria(List.of(LocalizedText.of(ImmutableMap.of(
                    "en", "The contract is signed by the health system's authorised signatory",
                    "ru", "Договор подписан уполномоченным лицом учреждения"))))
                .closing(true)
                .visibility(Visibility.SHARED)
                .build(),
            MilestoneTemplate.builder()
                .key("go-live")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Go-live in the first departments",
                    "ru", "Запуск в первых отделениях")))
                .exitCriteria(List.of(LocalizedText.of(ImmutableMap.of(
                    "en", "Clinical staff are trained and use the system",
                    "ru", "Персонал обучен и работает в системе"))))
                .closing(false)
                .visibility(Visibility.SHARED)
                .build()))
        .steps(List.of(
            StepTemplate.builder()
                .key("stakeholder-discovery")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Discovery with clinical, IT and finance leaders",
                    "ru", "Встречи с руководителями клинических служб, ИТ и финансов")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Map of departments, stakeholders and approval path",
                    "ru", "Карта отделений, участников и порядка согласования")))
                .side(Side.SELLER)
                .ownerRole(Role.ACCOUNT_EXECUTIVE)
                .estimate(DurationEstimate.of(20, 30, 45))
                .stage("discovery")
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("clinical-demo")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Demos for the clinical departments",
                    "ru", "Демонстрации для клинических отделений")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "A demo in each department on its own workflows",
                    "ru", "Демонстрация в каждом отделении на его процессах")))
                .side(Side.SELLER)
                .ownerRole(Role.SALES_ENGINEER)
                .durationDays(15)
                .estimate(DurationEstimate.of(10, 15, 25))
                .dependsOn(List.of("stakeholder-discovery"))
                .milestone("demo-completed")
                .stage("clinical-evaluation")
                .tags(List.of("technical"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("documentation-package")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Send the full documentation package",
                    "ru", "Передать полный пакет документации")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Clinical evidence, certificates, security and integration documents",
                    "ru", "Клинические данные, сертификаты, документы по безопасности и интеграции")))
                .side(Side.SELLER)
                .ownerRole(Role.SALES_ENGINEER)
                .durationDays(10)
                .estimate(DurationEstimate.of(5, 10, 15))
                .dependsOn(List.of("stakeholder-discovery"))
                .stage("clinical-evaluation")
                .tags(List.of("compliance", "technical"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("clinical-review")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Departments review the fit with clinical workflows",
                    "ru", "Отделения оценивают соответствие клиническим процессам")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Written feedback from every department",
                    "ru", "Письменные заключения всех отделений")))
                .side(Side.BUYER)
                .ownerRole(Role.CHAMPION)
                .durationDays(60)
                .estimate(DurationEstimate.of(40, 60, 100))
                .dependsOn(List.of("clinical-demo"))
                .stage("clinical-evaluation")
                .tags(List.of("technical"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("proposal")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Send the proposal",
                    "ru", "Направить коммерческое предложение")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Pricing, implementation plan and draft contract",
                    "ru", "Цена, план внедрения и проект договора")))
                .side(Side.SELLER)
                .ownerRole(Role.ACCOUNT_EXECUTIVE)
                .durationDays(10)
                .estimate(DurationEstimate.of(5, 10, 15))
                .dependsOn(List.of("clinical-review", "documentation-package"))
                .stage("reviews")
                .tags(List.of("commercial"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("it-review")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "IT review of the EHR integration and infrastructure",
                    "ru", "Проверка ИТ-службой интеграции с МИС и инфраструктуры")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "IT architecture sign-off",
                    "ru", "Заключение ИТ-службы по архитектуре")))
                .side(Side.BUYER)
                .ownerRole(Role.TECHNICAL_EVALUATOR)
                .durationDays(60)
                .estimate(DurationEstimate.of(40, 60, 90))
                .dependsOn(List.of("proposal"))
                .stage("reviews")
                .tags(List.of("technical"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("security-review")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Information security review",
                    "ru", "Проверка информационной безопасности")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Security team sign-off",
                    "ru", "Заключение службы ИБ")))
                .side(Side.BUYER)
                .ownerRole(Role.SECURITY)
                .estimate(DurationEstimate.of(25, 40, 60))
                .dependsOn(List.of("proposal"))
                .stage("reviews")
                .tags(List.of("security"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("compliance-review")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Compliance and patient data protection review",
                    "ru", "Проверка соответствия требованиям и защиты данных пациентов")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Compliance sign-off",
                    "ru", "Заключение службы комплаенс")))
                .side(Side.BUYER)
                .ownerRole(Role.COMPLIANCE)
                .estimate(DurationEstimate.of(25, 40, 70))
                .dependsOn(List.of("proposal", "documentation-package"))
                .stage("reviews")
                .tags(List.of("compliance", "legal"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("value-analysis")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Value analysis committee with all departments",
                    "ru", "Комиссия по оценке эффективности с участием всех отделений")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Committee recommendation to buy",
                    "ru", "Рекомендация комиссии к закупке")))
                .side(Side.BUYER)
                .ownerRole(Role.DECISION_MAKER)
                .estimate(DurationEstimate.of(20, 40, 80))
                .dependsOn(List.of("it-review", "security-review", "compliance-review"))
                .milestone("reviews-passed")
                .stage("approvals")
                .tags(List.of("commercial"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("budget-approval")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Approve the budget in the budget cycle",
                    "ru", "Утвердить бюджет в бюджетном цикле")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Funds for the purchase approved",
                    "ru", "Средства на закупку утверждены")))
                .side(Side.BUYER)
                .ownerRole(Role.ECONOMIC_BUYER)
                .durationDays(70)
                .estimate(DurationEstimate.of(40, 70, 140))
                .dependsOn(List.of("value-analysis"))
                .stage("approvals")
                .tags(List.of("commercial"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("contract-review")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Legal review of the contract",
                    "ru", "Юридическая экспертиза договора")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Redlines returned to the seller",
                    "ru", "Протокол разногласий передан продавцу")))
                .side(Side.BUYER)
                .ownerRole(Role.LEGAL)
                .durationDays(45)
                .estimate(DurationEstimate.of(25, 45, 80))
                .dependsOn(List.of("value-analysis"))
                .stage("contracting")
                .tags(List.of("legal"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("negotiation")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Agree the final terms",
                    "ru", "Согласовать финальные условия")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Final contract version agreed",
                    "ru", "Финальная редакция договора согласована")))
                .side(Side.SELLER)
                .ownerRole(Role.ACCOUNT_EXECUTIVE)
                .durationDays(25)
                .estimate(DurationEstimate.of(15, 25, 40))
                .dependsOn(List.of("contract-review"))
                .stage("contracting")
                .tags(List.of("commercial", "legal"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("contract-signature")
                .title(LocalizedText.of(ImmutableMap.of("en", "Sign the contract", "ru", "Подписать договор")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Contract signed by the authorised signatory",
                    "ru", "Договор подписан уполномоченным лицом")))
                .side(Side.BUYER)
                .ownerRole(Role.ECONOMIC_BUYER)
                .durationDays(10)
                .estimate(DurationEstimate.of(5, 10, 20))
                .dependsOn(List.of("budget-approval", "negotiation"))
                .milestone("contract-signed")
                .stage("contracting")
                .tags(List.of("legal"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("implementation-kickoff")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Implementation kickoff with all departments",
                    "ru", "Стартовое совещание по внедрению со всеми отделениями")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Implementation plan per department",
                    "ru", "План внедрения по отделениям")))
                .side(Side.SELLER)
                .ownerRole(Role.CUSTOMER_SUCCESS)
                .durationDays(15)
                .estimate(DurationEstimate.of(10, 15, 25))
                .dependsOn(List.of("contract-signature"))
                .stage("onboarding")
                .tags(List.of("onboarding"))
                .visibility(Visibility.SHARED)
                .build(),
            StepTemplate.builder()
                .key("clinical-go-live")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Go live in the first departments",
                    "ru", "Запуститься в первых отделениях")))
                .deliverable(LocalizedText.of(ImmutableMap.of(
                    "en", "Staff trained and using the system",
                    "ru", "Персонал обучен и работает в системе")))
                .side(Side.BUYER)
                .ownerRole(Role.CHAMPION)
                .durationDays(60)
                .estimate(DurationEstimate.of(40, 60, 100))
                .dependsOn(List.of("implementation-kickoff"))
                .milestone("go-live")
                .stage("onboarding")
                .tags(List.of("onboarding"))
                .visibility(Visibility.SHARED)
                .build()))
        .criteria(List.of(
            CriterionTemplate.builder()
                .key("clinical-workflow-fit")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Fit with clinical workflows",
                    "ru", "Соответствие клиническим процессам")))
                .category(CriterionCategory.FUNCTIONAL)
                .weight(25)
                .ownerRole(Role.CHAMPION)
                .build(),
            CriterionTemplate.builder()
                .key("ehr-integration")
                .name(LocalizedText.of(ImmutableMap.of("en", "Integration with the EHR", "ru", "Интеграция с МИС")))
                .category(CriterionCategory.TECHNICAL)
                .weight(20)
                .ownerRole(Role.TECHNICAL_EVALUATOR)
                .build(),
            CriterionTemplate.builder()
                .key("patient-data-protection")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Patient data protection and regulatory compliance",
                    "ru", "Защита данных пациентов и соответствие нормативным требованиям")))
                .category(CriterionCategory.COMPLIANCE)
                .weight(25)
                .ownerRole(Role.COMPLIANCE)
                .build(),
            CriterionTemplate.builder()
                .key("total-cost")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Total cost of ownership",
                    "ru", "Совокупная стоимость владения")))
                .category(CriterionCategory.COMMERCIAL)
                .weight(15)
                .ownerRole(Role.ECONOMIC_BUYER)
                .build(),
            CriterionTemplate.builder()
                .key("implementation-effort")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Burden on clinical staff during implementation",
                    "ru", "Нагрузка на медицинский персонал при внедрении")))
                .category(CriterionCategory.IMPLEMENTATION)
                .weight(15)
                .ownerRole(Role.DECISION_MAKER)
                .build()))
        .objectives(List.of(
            ObjectiveTemplate.builder()
                .key("reduce-documentation-time")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Cut clinicians' documentation time",
                    "ru", "Сократить время врачей на документацию")))
                .build(),
            ObjectiveTemplate.builder()
                .key("improve-patient-flow")
                .title(LocalizedText.of(ImmutableMap.of(
                    "en", "Improve patient flow",
                    "ru", "Улучшить поток пациентов")))
                .build()))
        .metrics(List.of(
            MetricTemplate.builder()
                .key("documentation-time")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Documentation time per patient",
                    "ru", "Время на документацию на одного пациента")))
                .unit(LocalizedText.of(ImmutableMap.of("en", "min", "ru", "мин")))
                .objective("reduce-documentation-time")
                .measuredDaysAfterClose(180)
                .build(),
            MetricTemplate.builder()
                .key("staff-adoption")
                .name(LocalizedText.of(ImmutableMap.of(
                    "en", "Share of clinical staff using the system",
                    "ru", "Доля персонала, работающего в системе")))
                .unit(LocalizedText.of(ImmutableMap.of("en", "%", "ru", "%")))
                .objective("reduce-documentation-time")
                .measuredDaysAfterClose(180)
                .build(),
            MetricTemplate.builder()
                .key("patient-wait-time")
                .name(LocalizedText.of(ImmutableMap.of("en", "Patient waiting time", "ru", "Время ожидания пациента")))
                .unit(LocalizedText.of(ImmutableMap.of("en", "min", "ru", "мин")))
                .objective("improve-patient-flow")
                .measuredDaysAfterClose(365)
                .build()))
        .build();
  }

  /** The rule {@code hipaa}. */
  private static RuleDefinition hipaaRule() {
    return RuleDefinition.builder()
        .id("hipaa")
        .order(100)
        .when(RuleCondition.builder().complianceRegimes(List.of(ComplianceRegime.HIPAA)).build())
        .reason(LocalizedText.of(ImmutableMap.of(
            "en",
            "The buyer handles US protected health information: HIPAA requires a business associate agreement and a "
                + "security risk assessment before signature",
            "ru",
            "Клиент работает с медицинскими данными, защищёнными HIPAA (США): до подписания нужны оценка рисков "
                + "безопасности и соглашение с деловым партнёром (BAA)")))
        .operations(List.of(
            ImmutableTemplateOperation.AddStep.builder()
                .step(StepTemplate.builder()
                    .key("security-risk-assessment")
                    .title(LocalizedText.of(ImmutableMap.of(
                        "en", "Security risk assessment of the seller",
                        "ru", "Оценка рисков безопасности продавца")))
                    .deliverable(LocalizedText.of(ImmutableMap.of(
                        "en", "Risk assessment of the handling of health information",
                        "ru", "Оценка рисков при обработке медицинских данных")))
                    .side(Side.BUYER)
                    .ownerRole(Role.SECURITY)
                    .durationDays(15)
                    .estimate(DurationEstimate.of(10, 15, 30))
                    .dependsOn(List.of("proposal"))
                    .tags(List.of("security", "compliance"))
                    .visibility(Visibility.SHARED)
                    .build())
                .feeds("contract-signature")
                .build(),
            ImmutableTemplateOperation.AddStep.builder()
                .step(StepTemplate.builder()
                    .key("business-associate-agreement")
                    .title(LocalizedText.of(ImmutableMap.of(
                        "en", "Sign the business associate agreement",
                        "ru", "Подписать соглашение с деловым партнёром (BAA)")))
                    .deliverable(LocalizedText.of(ImmutableMap.of(
                        "en", "BAA signed by both sides",
                        "ru", "BAA подписано обеими сторонами")))
                    .side(Side.BUYER)
                    .ownerRole(Role.LEGAL)
                    .durationDays(10)
                    .estimate(DurationEstimate.of(5, 10, 25))
                    .dependsOn(List.of("proposal"))
                    .tags(List.of("legal", "compliance"))
                    .visibility(Visibility.SHARED)
                    .build())
                .feeds("contract-signature")
                .build(),
            ImmutableTemplateOperation.AddCriterion.builder()
                .criterion(CriterionTemplate.builder()
                    .key("hipaa")
                    .name(LocalizedText.of(ImmutableMap.of(
                        "en", "HIPAA compliance",
                        "ru", "Соответствие требованиям HIPAA")))
                    .category(CriterionCategory.COMPLIANCE)
                    .weight(20)
                    .ownerRole(Role.COMPLIANCE)
                    .build())
                .build(),
            ImmutableTemplateOperation.RequireRole.builder().role(Role.COMPLIANCE).build(),
            ImmutableTemplateOperation.RequireRole.builder().role(Role.LEGAL).build(),
            ImmutableTemplateOperation.RequireRole.builder().role(Role.SECURITY).build()))
        .build();
  }

  /** The rule {@code gdpr}. */
  private static RuleDefinition gdprRule() {
    return RuleDefinition.builder()
        .id("gdpr")
        .order(110)
        .when(RuleCondition.builder().complianceRegimes(List.of(ComplianceRegime.GDPR)).build())
        .reason(LocalizedText.of(ImmutableMap.of(
            "en",
            "The buyer has the seller process personal data of people in the EU: GDPR requires a data processing "
                + "agreement",
            "ru",
            "Продавец будет обрабатывать персональные данные жителей ЕС по поручению клиента: GDPR требует договора "
                + "об обработке данных (DPA)")))
        .operations(List.of(
            ImmutableTemplateOperation.AddStep.builder()
                .step(StepTemplate.builder()
                    .key("data-processing-agreement")
                    .title(LocalizedText.of(ImmutableMap.of(
                        "en", "Sign the data processing agreement",
                        "ru", "Подписать договор об обработке персональных данных (DPA)")))
                    .deliverable(LocalizedText.of(ImmutableMap.of(
                        "en", "DPA with the list of sub-processors signed",
                        "ru", "DPA с перечнем субобработчиков подписан")))
                    .side(Side.BUYER)
                    .ownerRole(Role.LEGAL)
                    .durationDays(10)
                    .estimate(DurationEstimate.of(5, 10, 20))
                    .tags(List.of("legal", "compliance"))
                    .visibility(Visibility.SHARED)
                    .build())
                .before("contract-signature")
                .build(),
            ImmutableTemplateOperation.AddCriterion.builder()
                .criterion(CriterionTemplate.builder()
                    .key("gdpr")
                    .name(LocalizedText.of(ImmutableMap.of(
                        "en", "GDPR compliance",
                        "ru", "Соответствие требованиям GDPR")))
                    .category(CriterionCategory.COMPLIANCE)
                    .weight(15)
                    .ownerRole(Role.LEGAL)
                    .build())
                .build(),
            ImmutableTemplateOperation.RequireRole.builder().role(Role.LEGAL).build()))
        .build();
  }

  /** The rule {@code soc-2}. */
  private static RuleDefinition soc2Rule() {
    return RuleDefinition.builder()
        .id("soc-2")
        .order(120)
        .when(RuleCondition.builder().complianceRegimes(List.of(ComplianceRegime.SOC_2)).build())
        .reason(LocalizedText.of(ImmutableMap.of(
            "en",
            "The buyer requires SOC 2 assurance: the seller completes the security questionnaire and shares its SOC 2 "
                + "report",
            "ru",
            "Клиент требует подтверждения по SOC 2: продавец заполняет опросник по безопасности и предоставляет "
                + "отчёт SOC 2")))
        .operations(List.of(
            ImmutableTemplateOperation.AddStep.builder()
                .step(StepTemplate.builder()
                    .key("security-questionnaire")
                    .title(LocalizedText.of(ImmutableMap.of(
                        "en", "Complete the security questionnaire",
                        "ru", "Заполнить опросник по безопасности")))
                    .deliverable(LocalizedText.of(ImmutableMap.of(
                        "en", "Answered questionnaire and the SOC 2 Type II report under NDA",
                        "ru", "Заполненный опросник и отчёт SOC 2 Type II под NDA")))
                    .side(Side.SELLER)
                    .ownerRole(Role.SALES_ENGINEER)
                    .durationDays(5)
                    .estimate(DurationEstimate.of(2, 5, 10))
                    .tags(List.of("security", "compliance"))
                    .visibility(Visibility.SHARED)
                    .build())
                .after("proposal")
                .build(),
            ImmutableTemplateOperation.AddCriterion.builder()
                .criterion(CriterionTemplate.builder()
                    .key("soc-2")
                    .name(LocalizedText.of(ImmutableMap.of("en", "SOC 2 report accepted", "ru", "Отчёт SOC 2 принят")))
                    .category(CriterionCategory.COMPLIANCE)
                    .weight(10)
                    .ownerRole(Role.SECURITY)
                    .build())
                .build(),
            ImmutableTemplateOperation.RequireRole.builder().role(Role.SALES_ENGINEER).build(),
            ImmutableTemplateOperation.RequireRole.builder().role(Role.SECURITY).build()))
        .build();
  }

  /** The rule {@code formal-procurement}. */
  private static RuleDefinition formalProcurementRule() {
    return RuleDefinition.builder()
        .id("formal-procurement")
        .order(200)
        .when(RuleCondition.builder().buyingProcesses(List.of(BuyingProcess.FORMAL_PROCUREMENT)).build())
        .reason(LocalizedText.of(ImmutableMap.of(
            "en",
            "The buyer buys through formal procurement: the seller must be registered as a supplier, and the purchase "
                + "order, issued once the contract is signed, comes before the kickoff",
            "ru",
            "У клиента формальный процесс закупок: продавца нужно зарегистрировать как поставщика, а после "
                + "подписания договора и до начала внедрения оформить заказ на закупку")))
        .operations(List.of(
            ImmutableTemplateOperation.AddStep.builder()
                .step(StepTemplate.builder()
                    .key("vendor-registration")
                    .title(LocalizedText.of(ImmutableMap.of(
                        "en", "Register the seller as a supplier",
                        "ru", "Зарегистрировать продавца как поставщика")))
                    .deliverable(LocalizedText.of(ImmutableMap.of(
                        "en", "Supplier record and bank details approved",
                        "ru", "Карточка поставщика и банковские реквизиты утверждены")))
                    .side(Side.BUYER)
                    .ownerRole(Role.PROCUREMENT)
                    .durationDays(15)
                    .estimate(DurationEstimate.of(10, 15, 30))
                    .dependsOn(List.of("proposal"))
                    .tags(List.of("procurement"))
                    .visibility(Visibility.SHARED)
                    .build())
                .build(),
            ImmutableTemplateOperation.AddStep.builder()
                .step(StepTemplate.builder()
                    .key("purchase-order")
                    .title(LocalizedText.of(ImmutableMap.of(
                        "en", "Issue the purchase order",
                        "ru", "Оформить заказ на закупку")))
                    .deliverable(LocalizedText.of(ImmutableMap.of(
                        "en", "Purchase order number sent to the seller",
                        "ru", "Номер заказа передан продавцу")))
                    .side(Side.BUYER)
                    .ownerRole(Role.PROCUREMENT)
                    .durationDays(10)
                    .estimate(DurationEstimate.of(5, 10, 20))
                    .dependsOn(List.of("vendor-registration"))
                    .tags(List.of("procurement"))
                    .visibility(Visibility.SHARED)
                    .build())
                .after("contract-signature")
                .build(),
            ImmutableTemplateOperation.RequireRole.builder().role(Role.PROCUREMENT).build()))
        .build();
  }

  /** The rule {@code deal-size}. */
  private static RuleDefinition dealSizeRule() {
    return RuleDefinition.builder()
        .id("deal-size")
        .order(300)
        .when(RuleCondition.builder()
            .minDealSize(ImmutableMap.of(
                "USD", new BigDecimal("100000"),
                "EUR", new BigDecimal("90000"),
                "GBP", new BigDecimal("80000")))
            .build())
        .reason(LocalizedText.of(ImmutableMap.of(
            "en",
            "A large deal: the sales manager approves the discount and terms before the contract goes for signature",
            "ru", "Крупная сделка: руководитель отдела продаж утверждает скидку и условия до подписания договора")))
        .operations(List.of(
            ImmutableTemplateOperation.AddStep.builder()
                .step(StepTemplate.builder()
                    .key("discount-approval")
                    .title(LocalizedText.of(ImmutableMap.of(
                        "en", "Approve the discount and terms",
                        "ru", "Утвердить скидку и условия")))
                    .deliverable(LocalizedText.of(ImmutableMap.of(
                        "en", "Deal desk approval recorded in the CRM",
                        "ru", "Одобрение условий сделки зафиксировано в CRM")))
                    .side(Side.SELLER)
                    .ownerRole(Role.SALES_MANAGER)
                    .durationDays(3)
                    .estimate(DurationEstimate.of(1, 3, 5))
                    .tags(List.of("commercial"))
                    .visibility(Visibility.INTERNAL)
                    .build())
                .before("contract-signature")
                .build(),
            ImmutableTemplateOperation.RequireRole.builder().role(Role.SALES_MANAGER).build()))
        .build();
  }

  /** The rule {@code many-decision-makers}. */
  private static RuleDefinition manyDecisionMakersRule() {
    return RuleDefinition.builder()
        .id("many-decision-makers")
        .order(400)
        .when(RuleCondition.builder().minDecisionMakers(5).build())
        .reason(LocalizedText.of(ImmutableMap.of(
            "en",
            "Five or more people decide: each department reviews the decision, and technical and commercial steps "
                + "take longer",
            "ru",
            "Решение принимают пять и более человек: каждое подразделение согласует решение, а технические и "
                + "коммерческие шаги занимают больше времени")))
        .operations(List.of(
            ImmutableTemplateOperation.AddStep.builder()
                .step(StepTemplate.builder()
                    .key("department-reviews")
                    .title(LocalizedText.of(ImmutableMap.of(
                        "en", "Reviews by each department",
                        "ru", "Согласование с каждым подразделением")))
                    .deliverable(LocalizedText.of(ImmutableMap.of(
                        "en", "Sign-off from every decision maker",
                        "ru", "Согласие каждого лица, принимающего решение")))
                    .side(Side.BUYER)
                    .ownerRole(Role.DECISION_MAKER)
                    .durationDays(10)
                    .estimate(DurationEstimate.of(5, 10, 20))
                    .visibility(Visibility.SHARED)
                    .build())
                .before("contract-signature")
                .build(),
            ImmutableTemplateOperation.ScaleDurations.builder()
                .factor(1.2)
                .tags(List.of("technical", "commercial"))
                .build(),
            ImmutableTemplateOperation.RequireRole.builder().role(Role.DECISION_MAKER).build()))
        .build();
  }

  /** The rule {@code small-healthcare-practice}. */
  private static RuleDefinition smallHealthcarePracticeRule() {
    return RuleDefinition.builder()
        .id("small-healthcare-practice")
        .order(900)
        .when(RuleCondition.builder()
            .templates(List.of("healthcare-provider"))
            .industries(List.of("healthcare"))
            .segments(List.of(Segment.STARTUP, Segment.SMB))
            .build())
        .reason(LocalizedText.of(ImmutableMap.of(
            "en",
            "A physician office or small practice buys in 60 to 90 days, not in the 12 to 18 months of a health "
                + "system: every step is shortened",
            "ru",
            "Частная клиника или небольшая практика принимает решение за 60–90 дней, а не за 12–18 месяцев, как "
                + "крупное медицинское учреждение: все шаги сокращены")))
        .operations(List.of(ImmutableTemplateOperation.ScaleDurations.builder().factor(0.15).build()))
        .build();
  }
}
