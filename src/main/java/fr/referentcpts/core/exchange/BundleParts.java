package fr.referentcpts.core.exchange;

import fr.referentcpts.core.followup.AnnualReview;
import fr.referentcpts.core.followup.CrisisPlanUpdate;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.followup.RecordedAmendment;
import fr.referentcpts.core.followup.RecordedCrisis;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.MissionAction;
import fr.referentcpts.core.missions.RateOverride;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.core.workflow.HistoryEntry;
import java.util.List;
import java.util.function.Function;

/**
 * The parts of a case bundle compared one by one, each with the key that matches an item of one
 * state to the same item of another: the comparison ({@link Differences}) and the merge
 * ({@link CaseMerge}) use the same keys, so a change chosen is the item it names.
 */
final class BundleParts {
    private BundleParts() {
    }

    /** A list of items of a bundle, matched by {@code key} (unique within one bundle). */
    record Part<T>(String what, Function<CaseBundle, List<T>> items, Function<T, String> key) {
    }

    /** A stage form, compared and taken as a whole; null when never filled. */
    record Form<F extends Record>(String what, Function<WorkflowData, F> form) {
    }

    static final Part<TerritoryCommune> COMMUNES = new Part<>("exchange.item.commune", CaseBundle::territory,
            TerritoryCommune::inseeCode);
    static final Part<Person> PEOPLE = new Part<>("exchange.item.person", CaseBundle::people,
            p -> p.id().toString());
    static final Part<CaseMission> MISSIONS = new Part<>("exchange.item.mission", b -> b.missions().missions(),
            m -> m.mission().name());
    static final Part<MissionAction> ACTIONS = new Part<>("exchange.item.action", b -> b.missions().actions(),
            a -> a.id().toString());
    static final Part<Indicator> INDICATORS = new Part<>("exchange.item.indicator", b -> b.missions().indicators(),
            i -> i.id().toString());
    static final Part<RateOverride> OVERRIDES = new Part<>("exchange.item.override", b -> b.missions().overrides(),
            o -> o.mission() + "/" + o.contractYear());
    static final Part<AttachedFile> DOCUMENTS = new Part<>("exchange.item.document", CaseBundle::documents,
            f -> f.document().id().toString());
    static final Part<WorkflowData.EnteredAmount> ENTERED_AMOUNTS = new Part<>("exchange.item.enteredAmount",
            b -> b.workflow().enteredAmounts(), e -> e.line().code());
    static final Part<HistoryEntry> HISTORY = new Part<>("exchange.item.history", b -> b.workflow().history(),
            h -> h.id().toString());
    static final Part<Meeting> MEETINGS = new Part<>("exchange.item.meeting", b -> b.workflow().meetings(),
            m -> m.id().toString());
    static final Part<AnnualReview> REVIEWS = new Part<>("exchange.item.review", b -> b.workflow().reviews(),
            r -> String.valueOf(r.contractYear()));
    static final Part<PaymentReceived> PAYMENTS = new Part<>("exchange.item.payment", b -> b.workflow().payments(),
            p -> p.id().toString());
    static final Part<RecordedCrisis> CRISES = new Part<>("conflict.item.crisis", b -> b.workflow().crises(),
            c -> c.id().toString());
    static final Part<CrisisPlanUpdate> CRISIS_PLAN = new Part<>("conflict.item.crisisPlan",
            b -> b.workflow().crisisPlan(), p -> String.valueOf(p.contractYear()));
    static final Part<RecordedAmendment> AMENDMENTS = new Part<>("conflict.item.amendment",
            b -> b.workflow().amendments(), a -> a.id().toString());
    static final Part<AnnexFile> ANNEXES = new Part<>("exchange.item.annex", CaseBundle::annexes,
            x -> x.id().toString());

    static final Form<fr.referentcpts.core.workflow.PreProject> PRE_PROJECT = new Form<>("exchange.form.preProject",
            WorkflowData::preProject);
    static final Form<fr.referentcpts.core.workflow.LetterOfIntent> LETTER_OF_INTENT = new Form<>(
            "exchange.form.letterOfIntent", WorkflowData::letterOfIntent);
    static final Form<fr.referentcpts.core.workflow.HealthProject> HEALTH_PROJECT = new Form<>(
            "exchange.form.healthProject", WorkflowData::healthProject);
    static final Form<fr.referentcpts.core.workflow.Negotiation> NEGOTIATION = new Form<>("exchange.form.negotiation",
            WorkflowData::negotiation);
    static final Form<fr.referentcpts.core.followup.FirstPaymentFile> PAYMENT_FILE = new Form<>(
            "conflict.form.paymentFile", WorkflowData::paymentFile);

    static final List<Part<?>> ITEMS = List.of(COMMUNES, PEOPLE, MISSIONS, ACTIONS, INDICATORS, OVERRIDES, DOCUMENTS,
            ENTERED_AMOUNTS, HISTORY, MEETINGS, REVIEWS, PAYMENTS, CRISES, CRISIS_PLAN, AMENDMENTS, ANNEXES);
    static final List<Form<?>> FORMS = List.of(PRE_PROJECT, LETTER_OF_INTENT, HEALTH_PROJECT, NEGOTIATION,
            PAYMENT_FILE);

    /** The item of {@code part} with key {@code key} in {@code bundle}, null when it has none. */
    static <T> T find(Part<T> part, CaseBundle bundle, String key) {
        return part.items().apply(bundle).stream().filter(i -> part.key().apply(i).equals(key)).findFirst()
                .orElse(null);
    }
}
